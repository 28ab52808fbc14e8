from django.core.management.base import BaseCommand

from masthead.page_cache.invalidation import bump


class Command(BaseCommand):
    help = (
        "Invalidate every cached page (app, shared copies, and frontend caches "
        "through their purge): run after deploying new templates or code."
    )

    def handle(self, *args, **options):
        bump({"all"})
        self.stdout.write("Every cached page is now stale; each renders anew.")
