from django.core.management.base import BaseCommand

from masthead.demo.loader import DemoLoader


class Command(BaseCommand):
    help = (
        "Load The Meridian Review, the demo magazine (does nothing if already loaded)."
    )

    def handle(self, *args, **options):
        DemoLoader(stdout=self.stdout).load()
