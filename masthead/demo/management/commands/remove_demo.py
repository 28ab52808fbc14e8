from django.core.management.base import BaseCommand, CommandError

from masthead.demo import removal


class Command(BaseCommand):
    help = (
        "Remove the demo magazine: exactly the pages, images and settings load_demo "
        "created or changed, and nothing an editor added since."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="List what would go; change nothing."
        )
        parser.add_argument(
            "--no-input",
            "--noinput",
            action="store_false",
            dest="interactive",
            help="Do not ask for confirmation.",
        )

    def handle(self, *args, dry_run, interactive, **options):
        plan = removal.plan()
        if plan.empty:
            self.stdout.write(
                "There is no demo content to remove (only what load_demo recorded "
                "is removed; a demo loaded by an older masthead is not recorded)."
            )
            return
        for line in plan.lines():
            self.stdout.write(f"  {line}")
        summary = (
            f"{len(plan.pages)} pages (with what they hold), {len(plan.images)} "
            f"images, {len(plan.others)} other records, {len(plan.restores)} "
            "settings to restore"
        )
        if dry_run:
            self.stdout.write(f"Dry run: would remove {summary}. Nothing changed.")
            return
        if interactive:
            answer = input(f"Remove {summary}? Type 'yes' to continue: ")
            if answer.strip().lower() != "yes":
                raise CommandError("Cancelled; nothing removed.")
        done = removal.execute(plan)
        kept = f"; kept {len(done['kept'])} in use" if done["kept"] else ""
        self.stdout.write(
            f"Removed {done['pages']} pages and {done['images']} images of the "
            f"demo{kept}."
        )
