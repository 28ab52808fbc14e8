from django import forms
from django.conf import settings
from django.db import models
from django.utils import timezone
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable


class IssueStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    SCHEDULED = "scheduled", "Scheduled"
    SENDING = "sending", "Sending"
    PAUSED = "paused", "Paused"
    SENT = "sent", "Sent"
    CANCELLED = "cancelled", "Cancelled"


class NewsletterIssue(ClusterableModel):
    """One edition of a newsletter: drafted by the worker, edited and sent by staff."""

    newsletter = models.ForeignKey(
        "newsletter.NewsletterList", on_delete=models.PROTECT, related_name="issues"
    )
    subject = models.CharField(max_length=200)
    intro = RichTextField(
        blank=True, features=["bold", "italic", "link"], help_text="The editor's note."
    )
    period_start = models.DateTimeField(help_text="Stories published from…")
    period_end = models.DateTimeField(help_text="…until.")
    status = models.CharField(
        max_length=20,
        choices=IssueStatus.choices,
        default=IssueStatus.DRAFT,
        db_index=True,
    )
    scheduled_at = models.DateTimeField(
        null=True, blank=True, help_text="When the worker starts sending."
    )
    created_at = models.DateTimeField(default=timezone.now)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    sent_at = models.DateTimeField(
        null=True, blank=True, help_text="When sending finished; the archive date."
    )
    sections = ParentalManyToManyField(
        "sections.SectionPage",
        blank=True,
        related_name="+",
        verbose_name="Segment: readers of these sections",
        help_text="Leave empty to send to the whole list. Chosen sections send the "
        "issue only to the list's subscribers who picked one of them.",
    )

    panels = [
        FieldPanel("newsletter"),
        FieldPanel("subject"),
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("period_start"), FieldPanel("period_end")], heading="Period"
        ),
        FieldPanel("sections", widget=forms.CheckboxSelectMultiple),
        InlinePanel("items", label="Stories", help_text="Drag to reorder."),
    ]

    class Meta:
        ordering = ["-period_end", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["newsletter", "period_end"], name="one_issue_per_period"
            )
        ]

    def __str__(self):
        return self.subject

    @property
    def is_editable(self):
        return self.status in {IssueStatus.DRAFT, IssueStatus.SCHEDULED}

    @property
    def slug(self):
        """The issue's name in links (``utm_campaign``): list, date and id."""
        day = timezone.localtime(self.period_end).date() if self.period_end else ""
        return f"{self.newsletter.slug}-{day}-{self.pk}"


class IssueItem(Orderable):
    """A story in an issue, in the editors' order, optionally with its own blurb."""

    issue = ParentalKey(NewsletterIssue, on_delete=models.CASCADE, related_name="items")
    article = models.ForeignKey(
        "articles.ArticlePage", on_delete=models.CASCADE, related_name="+"
    )
    blurb = models.TextField(blank=True, help_text="Leave blank to use the dek.")

    panels = [FieldPanel("article"), FieldPanel("blurb")]
