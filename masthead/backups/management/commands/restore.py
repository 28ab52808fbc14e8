from django.core.management.base import BaseCommand, CommandError

from masthead.backups.errors import BackupError
from masthead.backups.restore import restore_backup


class Command(BaseCommand):
    help = (
        "Restore an archive made by `backup` into this instance (its database and "
        "MEDIA_ROOT), which must be empty unless --force. The archive is checked "
        "whole before anything changes. A SQLite backup also restores into "
        "PostgreSQL: the move. Stop the web server, worker and scheduler first. "
        "See docs/operations.md."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="The archive `backup` wrote.")
        parser.add_argument(
            "--force",
            action="store_true",
            help="Replace the content of an instance that is not empty.",
        )
        parser.add_argument(
            "--check",
            action="store_true",
            help="Only check the archive (checksums, schema, database) and stop.",
        )

    def handle(self, *args, archive, force, check, **options):
        self.verbosity = options["verbosity"]
        try:
            restore_backup(archive, force=force, check_only=check, report=self.say)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc

    def say(self, message):
        if self.verbosity:
            self.stdout.write(message)
