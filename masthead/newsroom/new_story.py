"""The admin's "New story" form: a draft story in one step, section chosen here.

Instead of walking the page tree to a section and adding a child page, the
writer names the story and picks its section (only sections where Wagtail lets
them add pages are offered: a section editor sees their sections only), and
may give everything else the story needs at once: dek, writers and their role,
tags, top photo, a first body, an inline photo and the time it goes live. The
story is created as a draft owned by the writer, and the page editor opens.
With a time to go live, someone who may publish in the section schedules it
right here; anyone else keeps the time on the draft for whoever approves it.
"""

import re
from html import escape

from django import forms
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Q
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.views import View
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets import AdminDateTimeInput
from wagtail.images import get_image_model
from wagtail.images.fields import WagtailImageField
from wagtail.log_actions import log
from wagtail.models import Collection
from wagtail.permissions import policy_registry

from masthead.articles.models import ArticleAuthor, ArticlePage, ArticleType
from masthead.authors.models import AuthorPage
from masthead.sections.models import SectionPage

URL_NAME = "masthead_new_story"
PULL_QUOTE_MARK = ">"


def sections_for(user):
    """The sections where ``user`` may add a story, in the site's order."""
    return [
        section
        for section in SectionPage.objects.order_by("path")
        if section.permissions_for_user(user).can_add_subpage()
    ]


def can_add_story(user):
    return bool(sections_for(user))


def split_names(text):
    return [name.strip() for name in re.split(r"[,;\n]", text or "") if name.strip()]


def body_blocks(text, inline_photo=None):
    """Stream blocks from plain text: paragraphs split on blank lines; a
    paragraph starting with ">" is a pull quote. The inline photo goes after
    the first paragraph."""
    blocks = []
    for chunk in re.split(r"\n\s*\n", (text or "").strip()):
        chunk = " ".join(chunk.split())
        if not chunk:
            continue
        if chunk.startswith(PULL_QUOTE_MARK):
            quote = chunk.removeprefix(PULL_QUOTE_MARK).strip()
            if quote:
                blocks.append(("pullquote", quote))
        else:
            blocks.append(("paragraph", f"<p>{escape(chunk)}</p>"))
    if inline_photo is not None:
        at = 1 if blocks else 0
        blocks.insert(
            at, ("image", {"image": inline_photo, "caption": "", "credit": ""})
        )
    return blocks


def alt_text_field(photo):
    return forms.CharField(
        label=f"{photo}: alt text",
        # The image model's limits: a longer text must be refused here, not
        # fail in the database.
        max_length=get_image_model()._meta.get_field("alt_text").max_length,
        required=False,
        help_text="What the photo shows, for readers who cannot see it.",
    )


def credit_field(photo, help_text=""):
    return forms.CharField(
        label=f"{photo}: credit",
        max_length=get_image_model()._meta.get_field("credit").max_length,
        required=False,
        help_text=help_text,
    )


class NewStoryForm(forms.Form):
    title = forms.CharField(
        label="Headline",
        max_length=255,
        help_text="The story’s title as readers see it, on its page and in "
        "every listing.",
    )
    section = forms.ModelChoiceField(
        queryset=SectionPage.objects.none(),
        empty_label=None,
        help_text="Where the story appears; it gives the story its label and "
        "web address.",
    )
    article_type = forms.ChoiceField(
        label="Story type",
        choices=ArticleType.choices,
        initial=ArticleType.ANALYSIS,
        help_text="Shown before the section in the label, e.g. “Analysis | Europe”.",
    )
    dek = forms.CharField(
        label="Dek",
        max_length=300,
        required=False,
        help_text="One sentence under the headline that tells readers why to read on.",
    )
    writers = forms.CharField(
        label="Writers",
        required=False,
        help_text="Names as on their writer pages, separated by commas, in "
        "byline order. None for a piece credited to the magazine.",
    )
    role = forms.CharField(
        label="Role in the byline",
        max_length=60,
        required=False,
        help_text="Optional, before the names, e.g. “Reporting by”.",
    )
    tags = forms.CharField(
        label="Tags",
        required=False,
        help_text="Topics, separated by commas; each has its own page.",
    )
    top_photo = WagtailImageField(
        label="Top photo",
        required=False,
        help_text="The large photo under the dek, also shown in listings.",
    )
    top_photo_alt = alt_text_field("Top photo")
    top_photo_credit = credit_field(
        "Top photo", help_text="Agency / photographer, printed under the photo."
    )
    body = forms.CharField(
        label="Body",
        required=False,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text="A first draft: a blank line between paragraphs; start a "
        "paragraph with “>” to make it a pull quote. Continue in the editor.",
    )
    inline_photo = WagtailImageField(
        label="Photo in the body",
        required=False,
        help_text="Placed after the first paragraph.",
    )
    inline_photo_alt = alt_text_field("Photo in the body")
    inline_photo_credit = credit_field("Photo in the body")
    go_live_at = forms.DateTimeField(
        label="Publish at",
        required=False,
        widget=AdminDateTimeInput,
        help_text="Leave empty to keep the story a draft. If you may publish "
        "in the section, the story is scheduled; otherwise the time waits on "
        "the draft for the editor who approves it.",
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        allowed = sections_for(user)
        self.fields["section"].queryset = SectionPage.objects.filter(
            pk__in=[section.pk for section in allowed]
        ).order_by("path")
        images = policy_registry.get_by_type(get_image_model())
        self.may_upload = images.user_has_permission(user, "add")
        if not self.may_upload:
            for name in ("top_photo", "inline_photo"):
                self.fields[name].disabled = True
                self.fields[name].help_text = "You may not upload photos."

    def clean_writers(self):
        names = split_names(self.cleaned_data["writers"])
        if not names:
            return []
        matching = Q(title__in=names)
        for name in names:
            matching |= Q(title__iexact=name)
        found = {}
        for author in AuthorPage.objects.filter(matching):
            found.setdefault(author.title.casefold(), author)
        missing = [name for name in names if name.casefold() not in found]
        if missing:
            raise forms.ValidationError(
                "No writer page is called %(names)s. Check the spelling, or "
                "add the writer first.",
                params={"names": ", ".join(f"“{name}”" for name in missing)},
            )
        writers = []
        for name in names:
            author = found[name.casefold()]
            if author not in writers:
                writers.append(author)
        return writers

    def clean_tags(self):
        tags = {}
        for name in split_names(self.cleaned_data["tags"]):
            tags.setdefault(name.casefold(), name[:100])
        return list(tags.values())[:20]

    def clean_go_live_at(self):
        when = self.cleaned_data["go_live_at"]
        if when is not None and when <= timezone.now():
            raise forms.ValidationError("Choose a time in the future.")
        return when

    def clean(self):
        data = super().clean()
        for photo in ("top_photo", "inline_photo"):
            if data.get(photo) and not data.get(f"{photo}_alt", "").strip():
                self.add_error(
                    f"{photo}_alt",
                    "Describe the photo: readers who cannot see it hear this instead.",
                )
        return data


def _unique_slug(section, title):
    base = slugify(title)[:70].strip("-") or "story"
    taken = set(
        section.get_children()
        .filter(slug__startswith=base)
        .values_list("slug", flat=True)
    )
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug


def _save_photo(upload, alt, credit, user):
    image = get_image_model()(
        title=alt[:255],
        file=upload,
        alt_text=alt.strip(),
        credit=credit.strip(),
        uploaded_by_user=user,
        collection=Collection.get_first_root_node(),
    )
    image._set_image_file_metadata()
    image.save()
    return image


@transaction.atomic
def create_story(data, user):
    section = data["section"]
    top = inline = None
    if data.get("top_photo"):
        top = _save_photo(
            data["top_photo"], data["top_photo_alt"], data["top_photo_credit"], user
        )
    if data.get("inline_photo"):
        inline = _save_photo(
            data["inline_photo"],
            data["inline_photo_alt"],
            data["inline_photo_credit"],
            user,
        )
    story = ArticlePage(
        title=data["title"].strip(),
        slug=_unique_slug(section, data["title"]),
        dek=" ".join(data.get("dek", "").split()),
        article_type=data["article_type"],
        top_image=top,
        body=body_blocks(data.get("body"), inline),
        go_live_at=data.get("go_live_at"),
        owner=user,
        live=False,
    )
    story.article_authors = [
        ArticleAuthor(author=author, role=data.get("role", "").strip(), sort_order=n)
        for n, author in enumerate(data.get("writers") or [])
    ]
    story.tags.set(data.get("tags") or [])
    section.add_child(instance=story)
    revision = story.save_revision(user=user, log_action=False)
    log(instance=story, action="wagtail.create", user=user, revision=revision)
    if story.go_live_at and story.permissions_for_user(user).can_publish():
        # A future go-live makes Wagtail schedule the revision, not publish it.
        revision.publish(user=user)
    return story


class NewStoryView(WagtailAdminTemplateMixin, View):
    template_name = "newsroom/admin/new_story.html"
    page_title = "New story"
    header_icon = "doc-full-inverse"

    def dispatch(self, request, *args, **kwargs):
        if not can_add_story(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def render(self, form, status=200):
        return self.render_to_response(self.get_context_data(form=form), status=status)

    def get(self, request):
        initial = {}
        section = request.GET.get("section", "")
        if section.isdigit():
            initial["section"] = int(section)
        return self.render(NewStoryForm(user=request.user, initial=initial))

    def post(self, request):
        form = NewStoryForm(request.POST, request.FILES, user=request.user)
        if not form.is_valid():
            return self.render(form, status=400)
        story = create_story(form.cleaned_data, request.user)
        return redirect(reverse("wagtailadmin_pages:edit", args=[story.pk]))
