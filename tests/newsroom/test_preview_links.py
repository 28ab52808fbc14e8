"""Embargoed previews: a secret, expiring, revocable link to a draft.

Editors make a link from the story's action menu; anyone with it reads the
latest draft without an account; nothing about it is indexed or cached; and
making, revoking and every opening are logged where an editor can see them.
"""

import datetime
import re
import secrets

import pytest
from django.test import Client
from django.utils import timezone
from freezegun import freeze_time
from wagtail.models import PageLogEntry

from masthead.newsroom import preview_links
from masthead.newsroom.models import PreviewLink
from tests.factories import ArticleFactory
from tests.newsroom.conftest import assert_refused, client_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft(section, author):
    return ArticleFactory(
        parent=section,
        title="Embargoed: the ministry's draft budget",
        slug="draft-budget",
        dek="What the leaked figures say about defence spending.",
        authors=[author],
        live=False,
    )


def manage_url(page):
    return f"/admin/newsroom/preview-links/{page.pk}/"


def make_link(editor, page, **data):
    response = client_for(editor).post(
        manage_url(page), {"days": "", "note": "", **data}
    )
    assert response.status_code == 201, response.content.decode()[:3000]
    html = response.content.decode()
    url = re.search(r'id="new-preview-url"[^>]*value="([^"]+)"', html).group(1)
    return url, html


def path_of(url):
    return url[url.index("/preview/") :]


def assert_private(response):
    assert response["X-Robots-Tag"].startswith("noindex")
    cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
    assert {"no-store", "private"} <= cache_control
    assert response.get("X-Page-Cache") != "hit"
    assert '<meta name="robots" content="noindex' in response.content.decode()


def test_an_editor_makes_a_link_and_anyone_with_it_reads_the_draft(editor, draft):
    url, html = make_link(editor, draft, days="3", note="Dr. Lena Hartmann")
    assert "shown only this once" in html

    link = PreviewLink.objects.get()
    token = path_of(url).split("/")[2]
    # The token is random, not stored, and says nothing about the page.
    assert len(token) == 43
    assert token not in link.token_digest and link.token_digest != token
    assert link.created_by == editor
    assert link.note == "Dr. Lena Hartmann"
    expected_expiry = timezone.now() + datetime.timedelta(days=3)
    assert abs((link.expires_at - expected_expiry).total_seconds()) < 60

    reader = Client()  # no account, no session
    response = reader.get(path_of(url))
    assert response.status_code == 200
    page_html = response.content.decode()
    assert "Embargoed: the ministry&#x27;s draft budget" in page_html
    assert "Embargoed preview — not for publication" in page_html
    assert_private(response)
    # A draft gets no share metadata and no drawn social card.
    assert "og:title" not in page_html and "/social-cards/" not in page_html

    reader.get(path_of(url))
    link.refresh_from_db()
    assert link.view_count == 2
    assert link.last_viewed_at is not None

    actions = list(
        PageLogEntry.objects.filter(page=draft)
        .order_by("timestamp", "pk")
        .values_list("action", "user")
    )
    assert (preview_links.CREATED, editor.pk) in actions
    assert actions.count((preview_links.VIEWED, None)) == 2

    # The editor sees who made it and how often it was opened.
    listing = client_for(editor).get(manage_url(draft)).content.decode()
    assert "Dr. Lena Hartmann" in listing
    assert "2 times" in listing
    assert "editor" in listing
    assert token not in listing  # shown once only


def test_the_link_shows_the_latest_revision_not_the_live_one(editor, story):
    url, _ = make_link(editor, story)
    story.title = "Typhoon season: seawalls fail their first test"
    story.save_revision()  # a draft on top of the live story

    html = Client().get(path_of(url)).content.decode()
    assert "seawalls fail their first test" in html
    live = Client().get(story.url).content.decode()
    assert "seawalls fail their first test" not in live


def test_the_default_expiry_and_the_longest_allowed(editor, draft, settings):
    settings.PREVIEW_LINK_DEFAULT_DAYS = 7
    settings.PREVIEW_LINK_MAX_DAYS = 30
    make_link(editor, draft)  # days left blank: the default
    link = PreviewLink.objects.get()
    assert (link.expires_at - link.created_at) == datetime.timedelta(days=7)
    form = client_for(editor).get(manage_url(draft)).content.decode()
    assert 'value="7"' in form and 'max="30"' in form


@pytest.mark.parametrize("days", ["0", "31", "-2", "seven", "2.5"])
def test_bad_expiry_is_refused_with_a_message_and_makes_nothing(
    editor, draft, settings, days
):
    settings.PREVIEW_LINK_MAX_DAYS = 30
    response = client_for(editor).post(manage_url(draft), {"days": days, "note": ""})
    assert response.status_code == 400
    assert "error" in response.content.decode()
    assert not PreviewLink.objects.exists()


def test_expired_and_revoked_links_are_gone_and_unknown_ones_not_found(editor, draft):
    url, _ = make_link(editor, draft, days="1")
    other_url, _ = make_link(editor, draft, days="5")
    reader = Client()
    assert reader.get(path_of(url)).status_code == 200

    with freeze_time(timezone.now() + datetime.timedelta(days=1, minutes=1)):
        expired = reader.get(path_of(url))
        assert expired.status_code == 410
        assert_private(expired)
        assert "Embargoed" not in expired.content.decode()
        assert reader.get(path_of(other_url)).status_code == 200

    in_two_days = timezone.now() + datetime.timedelta(days=2)
    link = PreviewLink.objects.get(expires_at__gt=in_two_days)
    response = client_for(editor).post(
        f"/admin/newsroom/preview-links/revoke/{link.pk}/"
    )
    assert response.status_code == 302
    revoked = reader.get(path_of(other_url))
    assert revoked.status_code == 410
    assert_private(revoked)
    link.refresh_from_db()
    assert link.revoked_by == editor
    assert PageLogEntry.objects.filter(
        page=draft, action=preview_links.REVOKED, user=editor
    ).exists()

    made = path_of(other_url).split("/")[2]
    # One character changed: the last of 43 is one of 16, "A" one time in 16.
    changed = made[:-1] + ("E" if made.endswith("A") else "A")
    for token in (
        secrets.token_urlsafe(32),  # well formed, never made
        str(draft.pk),
        "x" * 43 + "y",
        changed,
    ):
        unknown = reader.get(f"/preview/{token}/")
        assert unknown.status_code == 404, token
        assert_private(unknown)


def test_only_those_who_may_publish_the_story_make_or_revoke_links(
    editor, contributor, draft
):
    assert_refused(client_for(contributor).get(manage_url(draft)))
    assert_refused(client_for(contributor).post(manage_url(draft), {"days": "3"}))
    assert not PreviewLink.objects.exists()

    make_link(editor, draft)
    link = PreviewLink.objects.get()
    assert_refused(
        client_for(contributor).post(f"/admin/newsroom/preview-links/revoke/{link.pk}/")
    )
    link.refresh_from_db()
    assert link.revoked_at is None

    anonymous = Client().get(manage_url(draft))
    assert anonymous.status_code == 302
    assert anonymous["Location"].startswith("/admin/login/")


def test_the_action_menu_offers_preview_links_to_editors_only(
    editor, contributor, draft
):
    edit = f"/admin/pages/{draft.pk}/edit/"
    assert manage_url(draft) in client_for(editor).get(edit).content.decode()
    draft.owner = contributor
    draft.save()
    html = client_for(contributor).get(edit).content.decode()
    assert manage_url(draft) not in html


def test_previews_are_never_stored_by_the_page_cache(editor, draft, settings):
    assert "/preview/" in settings.PAGE_CACHE_EXCLUDED_PATHS
    url, _ = make_link(editor, draft)
    reader = Client()
    first = reader.get(path_of(url))
    second = reader.get(path_of(url))
    assert first.status_code == second.status_code == 200
    assert second.get("X-Page-Cache") != "hit"
    # Revoked: the next reader gets the 410 at once, not a stored copy.
    preview_links.revoke(PreviewLink.objects.get(), editor)
    assert reader.get(path_of(url)).status_code == 410


def test_the_preview_answers_get_and_head_only(editor, draft):
    url, _ = make_link(editor, draft)
    reader = Client()
    refused = reader.post(path_of(url))
    assert refused.status_code == 405
    assert refused["X-Robots-Tag"].startswith("noindex")
    assert "no-store" in refused["Cache-Control"]
    assert reader.head(path_of(url)).status_code == 200
    assert PreviewLink.objects.get().view_count == 0  # a HEAD is not a read
    reader.get(path_of(url))
    assert PreviewLink.objects.get().view_count == 1
