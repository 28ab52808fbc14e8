from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from masthead.newsletter import drafting
from masthead.newsletter.models import NewsletterList


class Command(BaseCommand):
    help = (
        "Draft the round-up issue of a list from the stories published since its "
        "last issue. Without --force, only when the weekly slot "
        "(NEWSLETTER_ROUNDUP_WEEKDAY, NEWSLETTER_ROUNDUP_TIME) has passed."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--list", dest="slug", default="weekly", help="The list’s slug."
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help="Draft now even if the weekly slot has not come yet.",
        )

    def handle(self, *args, slug, force, **options):
        try:
            newsletter = NewsletterList.objects.get(slug=slug)
        except NewsletterList.DoesNotExist as exc:
            raise CommandError(f"No newsletter list with the slug {slug!r}.") from exc
        now = timezone.now()
        if not force and drafting.due_roundup_time(now, newsletter) is None:
            next_at = timezone.localtime(drafting.next_slot(now))
            self.stdout.write(
                f"No round-up due for {newsletter.slug}; the next is due "
                f"{next_at:%A %d %B %Y %H:%M %Z}. Use --force to draft one now."
            )
            return
        issue = drafting.draft_roundup(newsletter, now)
        if issue is None:
            self.stdout.write(
                f"An issue of {newsletter.slug} already covers this week; "
                "nothing drafted."
            )
            return
        self.stdout.write(
            self.style.SUCCESS(
                f"Drafted issue {issue.pk} “{issue.subject}” with "
                f"{issue.items.count()} items."
            )
        )
