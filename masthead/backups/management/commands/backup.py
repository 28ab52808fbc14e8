from django.core.management.base import BaseCommand, CommandError

from masthead.backups.create import make_backup
from masthead.backups.errors import BackupError


class Command(BaseCommand):
    help = (
        "Write one archive (tar.gz) holding the database, the media files and a "
        "manifest with checksums: everything `restore` needs. See "
        "docs/operations.md."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output", "-o", required=True, help="The archive to write."
        )
        parser.add_argument(
            "--force", action="store_true", help="Replace the file if it exists."
        )
        parser.add_argument(
            "--skip-renditions",
            action="store_true",
            help="Leave out image renditions (smaller; made again on demand).",
        )

    def handle(self, *args, output, force, skip_renditions, **options):
        self.verbosity = options["verbosity"]
        try:
            make_backup(
                output,
                overwrite=force,
                skip_renditions=skip_renditions,
                report=self.say,
            )
        except BackupError as exc:
            raise CommandError(str(exc)) from exc

    def say(self, message):
        if self.verbosity:
            self.stdout.write(message)
