import os
import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from masthead.core import public_url


class Command(BaseCommand):
    help = (
        "Create the first admin account if there is none, printing its login once. "
        "ADMIN_USERNAME, ADMIN_EMAIL and ADMIN_PASSWORD override the defaults."
    )

    def handle(self, *args, **options):
        User = get_user_model()
        if User.objects.filter(is_superuser=True).exists():
            return
        username = os.environ.get("ADMIN_USERNAME", "admin")
        password = os.environ.get("ADMIN_PASSWORD") or secrets.token_urlsafe(12)
        email = os.environ.get("ADMIN_EMAIL", "admin@localhost")
        User.objects.create_superuser(username=username, email=email, password=password)
        self.stdout.write(
            self.style.SUCCESS(
                f"\n  Editors' desk: {public_url.base_url()}/admin/\n"
                f"  username: {username}\n  password: {password}\n"
                "  (shown once; change it in the admin under Account)\n"
            )
        )
