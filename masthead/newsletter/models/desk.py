"""The newsletter desk: editors' picks, seed lists for test sends, the welcome mail."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting
from wagtail.fields import RichTextField

MAX_SEED_ADDRESSES = 50


class RoundupPick(models.Model):
    """A story an editor wants in the next round-up: drafts put picks first."""

    article = models.ForeignKey(
        "articles.ArticlePage",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name="story",
    )
    note = models.CharField(
        max_length=200, blank=True, help_text="Why (for the other editors)."
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    panels = [FieldPanel("article"), FieldPanel("note")]

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = "round-up pick"
        constraints = [
            models.UniqueConstraint(fields=["article"], name="one_pick_per_story")
        ]

    def __str__(self):
        return self.article.title


def split_addresses(text):
    """Addresses in ``text``, one per line or separated by commas/semicolons."""
    for separator in ",;":
        text = text.replace(separator, "\n")
    return [line.strip() for line in text.splitlines() if line.strip()]


class SeedList(models.Model):
    """Named addresses that get test sends: the editors, a Gmail and an Outlook box."""

    name = models.CharField(max_length=100, unique=True)
    addresses = models.TextField(
        help_text=f"One address per line (at most {MAX_SEED_ADDRESSES})."
    )

    panels = [FieldPanel("name"), FieldPanel("addresses")]

    class Meta:
        ordering = ["name"]
        verbose_name = "seed list"

    def __str__(self):
        return self.name

    def address_list(self):
        return split_addresses(self.addresses)

    def clean(self):
        from masthead.newsletter.sending.proofs import check_addresses

        _, errors = check_addresses(self.address_list(), limit=MAX_SEED_ADDRESSES)
        if errors:
            raise ValidationError({"addresses": errors})


DEFAULT_WELCOME_SUBJECT = "Welcome to {site}"
DEFAULT_WELCOME_BODY = (
    "<p>Thank you for confirming your subscription. Every week our editors choose "
    "the stories worth your time: analysis and reporting from our correspondents, "
    "the arguments of the week, and the short news items you may have missed.</p>"
    "<p>You can choose your newsletters and the sections you care most about at "
    "any time with the link at the bottom of every mail, and leave with one "
    "click.</p>"
    "<p>Welcome aboard.</p>"
)


class WelcomeMail(BaseGenericSetting):
    """The mail each newly confirmed subscriber gets, once.

    One row for the whole install (``WelcomeMail.load()``), edited under
    Newsletter → Welcome mail by whoever may edit issues.
    """

    enabled = models.BooleanField(
        default=True, help_text="Send it to every newly confirmed subscriber."
    )
    subject = models.CharField(
        max_length=200,
        default=DEFAULT_WELCOME_SUBJECT,
        help_text="“{site}” is replaced by the magazine’s name.",
    )
    body = RichTextField(
        features=["bold", "italic", "link"], default=DEFAULT_WELCOME_BODY
    )

    panels = [FieldPanel("enabled"), FieldPanel("subject"), FieldPanel("body")]

    class Meta:
        verbose_name = "welcome mail"
