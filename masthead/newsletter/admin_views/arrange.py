"""The "Arrange stories" screen of a draft issue: order, cut, add, blurbs, intro.

The page holds the whole arrangement as one form: the chosen stories in order
(a hidden ``article`` input each, with an optional ``blurb-<id>``), the intro,
and below them the rest of the week (disabled inputs until added).
``static/newsletter/arrange.js`` moves the list items (drag and drop, buttons,
"keep the first N"); saving is one CSRF-protected POST that is checked as a
whole and written in one transaction, or not at all.
"""

from django import forms
from django.db import transaction
from django.http import JsonResponse
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.decorators import method_decorator
from django.utils.functional import cached_property
from django.views import View
from django.views.decorators.cache import never_cache
from wagtail.admin import messages
from wagtail.admin.rich_text import get_rich_text_editor_widget
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets import HeaderButton

from masthead.articles import queries
from masthead.newsletter import drafting
from masthead.newsletter.admin_views.common import ISSUES, issue_url
from masthead.newsletter.admin_views.issue_sending import IssueActionMixin
from masthead.newsletter.models import IssueItem, IssueStatus, NewsletterIssue

MAX_STORIES = 100
MAX_BLURB = 1000
SEARCH_RESULTS = 20


class IntroForm(forms.Form):
    intro = forms.CharField(
        required=False,
        label="Intro",
        help_text="The editor’s note at the top of the mail.",
        widget=get_rich_text_editor_widget(features=["bold", "italic", "link"]),
    )


class Arrangement:
    """The posted arrangement, checked: ``errors`` says what is wrong with it."""

    def __init__(self, data):
        self.errors = []
        self.ids = []
        self.blurbs = {}
        raw = data.getlist("article")
        if len(raw) > MAX_STORIES:
            self.errors.append(
                f"An issue holds at most {MAX_STORIES} stories; this one had "
                f"{len(raw)}."
            )
            raw = raw[:MAX_STORIES]
        for value in raw:
            try:
                pk = int(value)
            except (TypeError, ValueError):
                self.errors.append(f"“{str(value)[:40]}” is not a story.")
                continue
            if pk in self.ids:
                self.errors.append(f"Story #{pk} is in the list twice.")
                continue
            self.ids.append(pk)
            blurb = data.get(f"blurb-{pk}", "").strip()
            if len(blurb) > MAX_BLURB:
                self.errors.append(
                    f"The blurb of story #{pk} is longer than {MAX_BLURB} characters."
                )
            self.blurbs[pk] = blurb
        public = {
            article.pk: article
            for article in queries.published_articles()
            .filter(pk__in=self.ids)
            .prefetch_related(None)
            .defer_streamfields()
        }
        for pk in self.ids:
            if pk not in public:
                self.errors.append(
                    f"Story #{pk} does not exist or is not published, so it "
                    "cannot go in the newsletter."
                )
        self.articles = [public[pk] for pk in self.ids if pk in public]


def _entry(article, blurb="", reason="", views=0):
    return {
        "article": article,
        "blurb": blurb,
        "reason": reason,
        "views": views,
    }


@method_decorator(never_cache, name="dispatch")
class ArrangeView(IssueActionMixin, WagtailAdminTemplateMixin, View):
    template_name = "newsletter/admin/arrange.html"
    header_icon = "list-ol"
    actions = ("change",)

    def get_page_title(self):
        return "Arrange stories"

    def get_page_subtitle(self):
        return str(self.issue)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse(f"{ISSUES}:index"), "label": "Newsletter issues"},
            {"url": issue_url("status", self.issue), "label": str(self.issue)},
            {"url": "", "label": "Arrange stories"},
        ]

    @cached_property
    def header_buttons(self):
        return [
            HeaderButton(
                "Preview",
                url=issue_url("preview", self.issue),
                icon_name="view",
                attrs={"target": "_blank", "rel": "noopener"},
            ),
            HeaderButton(
                "Send or schedule",
                url=issue_url("status", self.issue),
                icon_name="mail",
            ),
        ]

    def not_editable(self):
        messages.error(
            self.request,
            f"“{self.issue}” is {self.issue.get_status_display().lower()}; its "
            "stories can no longer change.",
        )
        return self.back()

    def page(self, chosen, intro_form, status=200):
        ranked = drafting.ranked_roundup(self.issue.period_start, self.issue.period_end)
        reasons = {article.pk: (reason, views) for article, reason, views in ranked}
        chosen_ids = {entry["article"].pk for entry in chosen}
        for entry in chosen:
            reason, views = reasons.get(entry["article"].pk, ("", 0))
            entry.update(reason=reason, views=views)
        candidates = [
            _entry(article, reason=reason, views=views)
            for article, reason, views in ranked
            if article.pk not in chosen_ids
        ]
        queries.attach_sections([e["article"] for e in [*chosen, *candidates]])
        context = self.get_context_data(
            issue=self.issue,
            chosen=chosen,
            candidates=candidates,
            intro_form=intro_form,
            media=intro_form.media,
            keep_default=min(drafting.roundup_size(), max(len(chosen), 1)),
            max_stories=MAX_STORIES,
            search_url=issue_url("arrange_search", self.issue),
        )
        return self.render_to_response(context, status=status)

    def get(self, request):
        if not self.issue.is_editable:
            return self.not_editable()
        items = self.issue.items.select_related("article").order_by("sort_order", "pk")
        chosen = [_entry(item.article, item.blurb) for item in items]
        return self.page(chosen, IntroForm(initial={"intro": self.issue.intro}))

    def post(self, request):
        if not self.issue.is_editable:
            return self.not_editable()
        arrangement = Arrangement(request.POST)
        intro_form = IntroForm(request.POST)
        if arrangement.errors or not intro_form.is_valid():
            for error in arrangement.errors:
                messages.error(request, error)
            messages.error(request, "Nothing was saved.")
            chosen = [
                _entry(article, arrangement.blurbs.get(article.pk, ""))
                for article in arrangement.articles
            ]
            return self.page(chosen, intro_form, status=400)
        with transaction.atomic():
            issue = NewsletterIssue.objects.select_for_update().get(pk=self.issue.pk)
            if issue.status not in (IssueStatus.DRAFT, IssueStatus.SCHEDULED):
                # Sending started while the editor was arranging.
                self.issue = issue
                return self.not_editable()
            issue.items.all().delete()
            IssueItem.objects.bulk_create(
                IssueItem(
                    issue=issue,
                    article=article,
                    sort_order=order,
                    blurb=arrangement.blurbs.get(article.pk, ""),
                )
                for order, article in enumerate(arrangement.articles)
            )
            NewsletterIssue.objects.filter(pk=issue.pk).update(
                intro=intro_form.cleaned_data["intro"]
            )
        count = len(arrangement.articles)
        messages.success(request, f"Saved: {count} stor{'y' if count == 1 else 'ies'}.")
        return redirect(issue_url("arrange", self.issue))


class ArrangeSearchView(IssueActionMixin, View):
    """Published stories whose headline contains ``q`` (JSON), newest first."""

    actions = ("change",)

    @method_decorator(never_cache)
    def get(self, request):
        query = request.GET.get("q", "").strip()[:100]
        if len(query) < 2:
            return JsonResponse({"results": [], "error": "Type at least 2 letters."})
        articles = list(
            queries.published_articles()
            .filter(title__icontains=query)
            .prefetch_related(None)
            .defer_streamfields()[:SEARCH_RESULTS]
        )
        queries.attach_sections(articles)
        return JsonResponse(
            {
                "results": [
                    {
                        "id": article.pk,
                        "title": article.title,
                        "section": article.section.title if article.section else "",
                        "date": article.first_published_at.date().isoformat()
                        if article.first_published_at
                        else "",
                        "dek": article.dek,
                    }
                    for article in articles
                ]
            }
        )


urlpatterns = [
    path("arrange/<int:pk>/", ArrangeView.as_view(), name="arrange"),
    path(
        "arrange/<int:pk>/search/",
        ArrangeSearchView.as_view(),
        name="arrange_search",
    ),
]
