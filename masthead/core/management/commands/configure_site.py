import os
from urllib.parse import urlsplit

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Site


class Command(BaseCommand):
    help = (
        "Point the default site at its public address (BASE_URL, or "
        "http://127.0.0.1:$PORT), so absolute links in pages, feeds and sitemaps work."
    )

    def add_arguments(self, parser):
        port = os.environ.get("PORT", "8000")
        parser.add_argument(
            "--base-url", default=settings.BASE_URL or f"http://127.0.0.1:{port}"
        )

    def handle(self, *args, base_url, **options):
        parts = urlsplit(base_url)
        if parts.scheme not in {"http", "https"} or not parts.hostname:
            raise CommandError(
                f"BASE_URL must look like https://news.example, not {base_url!r}"
            )
        port = parts.port or (443 if parts.scheme == "https" else 80)
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            raise CommandError("There is no default site; run migrate first.")
        if (site.hostname, site.port) != (parts.hostname, port):
            site.hostname, site.port = parts.hostname, port
            site.save()
            self.stdout.write(f"Default site now answers as {site.root_url}")
