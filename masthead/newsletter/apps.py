from django.apps import AppConfig


class NewsletterConfig(AppConfig):
    name = "masthead.newsletter"
    label = "newsletter"

    def ready(self):
        # Connect the bounce/complaint receiver to django-anymail's tracking signal.
        from masthead.newsletter import webhooks  # noqa: F401
