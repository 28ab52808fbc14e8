"""The "New story" form: a draft in the chosen section, in one step."""

import io
from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image
from wagtail.models import Revision

from masthead.articles.models import ArticlePage
from tests.factories import AuthorFactory
from tests.newsroom.conftest import assert_refused, client_for

URL = "/admin/new-story/"


def photo(name="photo.png", colour=(30, 90, 150)):
    buffer = io.BytesIO()
    Image.new("RGB", (640, 400), colour).save(buffer, "PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def offered_sections(response):
    return [s.pk for s in response.context["form"].fields["section"].queryset]


@pytest.fixture
def reporter(db):
    return AuthorFactory(title="Tomás Ibarra", slug="tomas-ibarra")


def test_a_contributor_is_offered_every_section(contributor, section, other_section):
    response = client_for(contributor).get(URL)
    assert response.status_code == 200
    assert offered_sections(response) == [section.pk, other_section.pk]


def test_a_section_editor_is_offered_their_sections_only(
    section_editor, section, other_section
):
    client = client_for(section_editor)
    assert offered_sections(client.get(URL)) == [section.pk]
    response = client.post(URL, {"title": "Elsewhere", "section": other_section.pk})
    assert response.status_code == 400
    assert "section" in response.context["form"].errors
    assert not ArticlePage.objects.filter(title="Elsewhere").exists()


def test_someone_who_cannot_add_stories_is_refused(newsletter_editor, section):
    client = client_for(newsletter_editor)
    assert_refused(client.get(URL))
    assert_refused(client.post(URL, {"title": "Nope", "section": section.pk}))
    assert not ArticlePage.objects.filter(title="Nope").exists()
    assert "New story" not in client.get("/admin/").content.decode()


def test_anonymous_visitors_are_sent_to_sign_in(client, section):
    response = client.get(URL)
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_a_bare_story_is_a_draft_owned_by_its_writer(contributor, section):
    response = client_for(contributor).post(
        URL,
        {"title": "Ferry strike ends", "section": section.pk, "article_type": "news"},
    )
    story = ArticlePage.objects.get(title="Ferry strike ends")
    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/{story.pk}/edit/"
    assert story.get_parent().pk == section.pk
    assert story.owner == contributor
    assert not story.live and story.has_unpublished_changes
    assert story.article_type == "news"
    assert story.slug == "ferry-strike-ends"
    assert story.latest_revision is not None


def test_the_whole_story_in_one_form_is_scheduled(editor, section, author, reporter):
    go_live = timezone.now() + timedelta(days=2)
    response = client_for(editor).post(
        URL,
        {
            "title": "Port strike spreads north",
            "section": section.pk,
            "article_type": "reporting",
            "dek": "Dockers in three more ports walked out on Monday.",
            "writers": "hana testwriter, Tomás Ibarra",
            "role": "Reporting by",
            "tags": "Ports, Labour, ports",
            "top_photo": photo("top.png"),
            "top_photo_alt": "Idle cranes over an empty quay",
            "top_photo_credit": "Agency / A. Photographer",
            "body": "The strike spread on Monday.\n\n> We will not go back.\n\n"
            "Talks resume on Friday.",
            "inline_photo": photo("inline.png", (200, 60, 60)),
            "inline_photo_alt": "Pickets at the gate",
            "inline_photo_credit": "",
            "go_live_at": timezone.localtime(go_live).strftime("%Y-%m-%d %H:%M"),
        },
    )
    assert response.status_code == 302, response.context["form"].errors
    story = ArticlePage.objects.get(title="Port strike spreads north")
    assert not story.live
    revision = Revision.page_revisions.get(object_id=str(story.pk))
    assert revision.approved_go_live_at is not None
    scheduled = revision.as_object()
    assert scheduled.dek == "Dockers in three more ports walked out on Monday."
    credits = list(scheduled.article_authors.all())
    assert [(c.author_id, c.role) for c in credits] == [
        (author.pk, "Reporting by"),
        (reporter.pk, "Reporting by"),
    ]
    assert sorted(scheduled.tags.names()) == ["Labour", "Ports"]
    top = scheduled.top_image
    assert (top.alt_text, top.credit) == (
        "Idle cranes over an empty quay",
        "Agency / A. Photographer",
    )
    kinds = [block.block_type for block in scheduled.body]
    assert kinds == ["paragraph", "image", "pullquote", "paragraph"]
    assert scheduled.body[1].value["image"].alt_text == "Pickets at the gate"
    assert scheduled.body[2].value == "We will not go back."


def test_a_contributor_time_waits_on_the_draft(contributor, section):
    go_live = timezone.now() + timedelta(days=1)
    client_for(contributor).post(
        URL,
        {
            "title": "Budget vote delayed",
            "section": section.pk,
            "article_type": "news",
            "go_live_at": timezone.localtime(go_live).strftime("%Y-%m-%d %H:%M"),
        },
    )
    story = ArticlePage.objects.get(title="Budget vote delayed")
    assert story.go_live_at is not None
    assert not Revision.page_revisions.filter(
        object_id=str(story.pk), approved_go_live_at__isnull=False
    ).exists()


@pytest.mark.parametrize(
    "change, field",
    [
        ({"title": ""}, "title"),
        ({"section": "999999"}, "section"),
        ({"section": "not-a-number"}, "section"),
        ({"article_type": "gossip"}, "article_type"),
        ({"writers": "Nobody Atall"}, "writers"),
        ({"go_live_at": "2001-01-01 10:00"}, "go_live_at"),
        ({"go_live_at": "next tuesday"}, "go_live_at"),
        ({"top_photo": "photo"}, "top_photo_alt"),
        ({"top_photo": "text"}, "top_photo"),
        # Longer than the image model keeps: refused, not a database error.
        ({"top_photo": "photo", "top_photo_alt": "a" * 401}, "top_photo_alt"),
        ({"top_photo": "photo", "top_photo_credit": "c" * 256}, "top_photo_credit"),
    ],
)
def test_bad_input_is_a_form_error_and_nothing_is_written(
    editor, section, change, field
):
    data = {"title": "Fine headline", "section": section.pk, "article_type": "news"}
    data.update(change)
    if data.get("top_photo") == "photo":
        data["top_photo"] = photo()
    elif data.get("top_photo") == "text":
        data["top_photo"] = SimpleUploadedFile("notes.png", b"not an image")
    response = client_for(editor).post(URL, data)
    assert response.status_code == 400
    assert field in response.context["form"].errors
    assert not ArticlePage.objects.filter(title="Fine headline").exists()


def test_two_stories_with_one_headline_get_two_addresses(editor, section):
    client = client_for(editor)
    for _ in range(2):
        client.post(
            URL, {"title": "Same", "section": section.pk, "article_type": "news"}
        )
    assert sorted(
        ArticlePage.objects.filter(title="Same").values_list("slug", flat=True)
    ) == [
        "same",
        "same-2",
    ]
