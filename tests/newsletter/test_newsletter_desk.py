"""The newsletter desk in the admin: arranging an issue, test sends to any
addresses and seed lists, picks, the welcome mail editor; and the mail's
compact layout and tagged links."""

import datetime
import re
from urllib.parse import parse_qs, urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from masthead.analytics.links import read_click_token
from masthead.analytics.models import Event
from masthead.articles.models import ArticlePage, ArticleType
from masthead.newsletter.models import (
    IssueItem,
    IssueStatus,
    NewsletterIssue,
    NewsletterList,
    RoundupPick,
    SeedList,
    WelcomeMail,
)
from masthead.newsletter.rendering import render_issue
from masthead.sections.models import SectionPage
from tests.factories import ArticleFactory, SectionFactory, hours_ago, make_private

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.newsletter.link_urls")]


@pytest.fixture(autouse=True)
def smtp_settings(mail_to_sink, home):
    settings = mail_to_sink
    settings.BASE_URL = "https://magazine.example"
    return settings


def staff_client(*codenames):
    user = get_user_model().objects.create_user("staff", "staff@example.org", "pw")
    group = Group.objects.create(name="Staff")
    for codename in ["access_admin", *codenames]:
        group.permissions.add(Permission.objects.get(codename=codename))
    user.groups.add(group)
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture(scope="module")
def week(django_db_setup, django_db_blocker):
    """A section and its twelve stories of the week, Story 1 the newest: made
    once for the module (twelve published stories take seconds), in a
    transaction rolled back at its end; each test's own changes roll back to it."""
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            section = SectionFactory(title="Asia-Pacific", slug="asia-pacific")
            stories = [
                ArticleFactory(
                    parent=section, title=f"Story {n}", published_at=hours_ago(n)
                )
                for n in range(1, 13)
            ]
            yield section.pk, [story.pk for story in stories]
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


@pytest.fixture
def section(week, home):
    return SectionPage.objects.get(pk=week[0])


@pytest.fixture
def stories(week, section):
    """Fresh objects for each test, in the week's order."""
    by_pk = ArticlePage.objects.in_bulk(week[1])
    return [by_pk[pk] for pk in week[1]]


@pytest.fixture
def issue(stories):
    now = timezone.now()
    issue = NewsletterIssue.objects.create(
        newsletter=NewsletterList.objects.get(slug="weekly"),
        subject="The week in review: desk",
        period_start=now - datetime.timedelta(days=7),
        period_end=now,
    )
    for order, article in enumerate(stories[:5]):
        IssueItem.objects.create(issue=issue, article=article, sort_order=order)
    return issue


def arrange_url(issue):
    return reverse("newsletter_issues:arrange", args=[issue.pk])


def titles(issue):
    return [i.article.title for i in issue.items.order_by("sort_order")]


def messages_of(response):
    return [str(m).strip() for m in response.context["messages"]]


# Arrange stories ----------------------------------------------------------------------


def test_the_arrange_screen_lists_the_issue_then_the_rest_of_the_week(
    editor_client, issue
):
    response = editor_client.get(arrange_url(issue))
    assert response.status_code == 200
    html = response.content.decode()
    chosen, rest = html.split('id="more-heading"')
    for n in range(1, 6):
        assert f'data-title="Story {n}"' in chosen
    for n in range(6, 13):  # the rest of the week, one click away
        assert f'aria-label="Add “Story {n}”"' in rest
    # Every control names its story for screen readers; moves are announced.
    assert 'aria-label="Move “Story 3” to the top"' in chosen
    assert 'aria-label="Move “Story 3” down"' in chosen
    assert 'aria-label="Remove “Story 3”"' in chosen
    assert 'aria-live="polite"' in html
    assert "newsletter/arrange.js" in html
    # Linked from the issue's edit and status pages.
    for name in ("edit", "status"):
        page = editor_client.get(reverse(f"newsletter_issues:{name}", args=[issue.pk]))
        assert arrange_url(issue) in page.content.decode()


def test_saving_an_arrangement_in_one_post(editor_client, issue, stories):
    ids = [stories[n].pk for n in (8, 0, 2)]  # Story 9 added and first
    response = editor_client.post(
        arrange_url(issue),
        {
            "article": ids,
            f"blurb-{stories[0].pk}": "  Our own words on the first story.  ",
            "intro": '{"blocks": [{"key": "a", "type": "unstyled", "depth": 0, '
            '"text": "Hello, readers.", "inlineStyleRanges": [], '
            '"entityRanges": []}], "entityMap": {}}',
        },
    )
    assert response.status_code == 302
    assert titles(issue) == ["Story 9", "Story 1", "Story 3"]
    blurbs = dict(issue.items.values_list("article__title", "blurb"))
    assert blurbs == {
        "Story 9": "",
        "Story 1": "Our own words on the first story.",
        "Story 3": "",
    }
    issue.refresh_from_db()
    assert "Hello, readers." in issue.intro
    follow = editor_client.get(response["Location"])
    assert "Saved: 3 stories." in messages_of(follow)
    # The mail follows the order and the blurb.
    html = render_issue(issue).html
    assert html.index("Story 9") < html.index("Story 1") < html.index("Story 3")
    assert "Our own words on the first story." in html


@pytest.mark.parametrize(
    "bad, message",
    [
        (["999999"], "Story #999999 does not exist or is not published"),
        (["abc"], "“abc” is not a story."),
        (["{first}", "{first}"], "is in the list twice."),
        (["{hidden}"], "does not exist or is not published"),
        (["{draft}"], "does not exist or is not published"),
    ],
)
def test_bad_arrangements_are_refused_whole_with_a_message(
    editor_client, issue, stories, section, bad, message
):
    hidden = make_private(ArticleFactory(parent=section, title="Private")).page
    draft = ArticleFactory(parent=section, title="Draft", live=False)
    values = {"first": stories[0].pk, "hidden": hidden.pk, "draft": draft.pk}
    before = titles(issue)
    posted = [stories[1].pk, *[v.format(**values) for v in bad]]
    response = editor_client.post(arrange_url(issue), {"article": posted})
    assert response.status_code == 400
    shown = " ".join(messages_of(response))
    assert message in shown and "Nothing was saved." in shown
    assert titles(issue) == before


def test_too_many_stories_or_a_long_blurb_are_refused(editor_client, issue, stories):
    response = editor_client.post(
        arrange_url(issue),
        {"article": [stories[0].pk] * 101},
    )
    assert response.status_code == 400
    assert "at most 100 stories" in " ".join(messages_of(response))
    response = editor_client.post(
        arrange_url(issue),
        {"article": [stories[0].pk], f"blurb-{stories[0].pk}": "x" * 1001},
    )
    assert response.status_code == 400
    assert titles(issue) == [f"Story {n}" for n in range(1, 6)]


def test_saving_needs_the_csrf_token(editor, issue, stories):
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(editor)
    response = strict.post(arrange_url(issue), {"article": [stories[0].pk]})
    assert response.status_code == 403
    assert len(titles(issue)) == 5


def test_an_issue_being_sent_cannot_be_arranged(editor_client, issue, stories):
    NewsletterIssue.objects.filter(pk=issue.pk).update(status=IssueStatus.SENDING)
    response = editor_client.post(arrange_url(issue), {"article": [stories[0].pk]})
    assert response.status_code == 302
    assert len(titles(issue)) == 5
    assert editor_client.get(arrange_url(issue)).status_code == 302


def refused(response):
    """Wagtail answers PermissionDenied with a redirect to the dashboard."""
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == "/admin/"
    )


def test_only_editors_who_may_change_issues_arrange(client, issue, stories):
    response = client.get(arrange_url(issue))
    assert response["Location"].startswith("/admin/login/")
    viewer = staff_client("view_newsletterissue")
    assert refused(viewer.get(arrange_url(issue)))
    assert refused(viewer.post(arrange_url(issue), {"article": [stories[0].pk]}))
    assert len(titles(issue)) == 5


def test_search_finds_any_published_story(editor_client, issue, section):
    ArticleFactory(
        parent=section, title="Harbour cranes, old", published_at=hours_ago(900)
    )
    ArticleFactory(parent=section, title="Harbour draft", live=False)
    search = reverse("newsletter_issues:arrange_search", args=[issue.pk])
    found = editor_client.get(search, {"q": "harbour"}).json()["results"]
    assert [story["title"] for story in found] == ["Harbour cranes, old"]
    assert editor_client.get(search, {"q": "h"}).json()["error"]


# Test sends ---------------------------------------------------------------------------


def status_url(issue):
    return reverse("newsletter_issues:status", args=[issue.pk])


def send_test_url(issue):
    return reverse("newsletter_issues:send_test", args=[issue.pk])


def test_a_test_goes_to_typed_addresses_and_a_seed_list(editor_client, issue, sink):
    seeds = SeedList.objects.create(
        name="Inboxes", addresses="gmail.box@example.com\noutlook.box@example.net"
    )
    response = editor_client.post(
        send_test_url(issue),
        {
            "addresses": "Colleague@Example.org, another@example.org\n"
            "colleague@example.org",
            "seed_list": seeds.pk,
        },
    )
    assert response.status_code == 302
    assert sorted(sink.recipients()) == [
        "Colleague@Example.org",
        "another@example.org",
        "gmail.box@example.com",
        "outlook.box@example.net",
    ]
    for record in sink.messages:
        assert b"Subject: [TEST] The week in review: desk" in record["data"]
    follow = editor_client.get(response["Location"])
    shown = messages_of(follow)
    assert any(m.startswith("Test sent to Colleague@Example.org") for m in shown)
    assert not NewsletterIssue.objects.get().deliveries.exists()


def test_each_bad_address_is_named_and_nothing_is_sent(editor_client, issue, sink):
    response = editor_client.post(
        send_test_url(issue),
        {"addresses": "good@example.org, not-an-address\nalso@bad@example.org"},
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "“not-an-address” is not a valid email address." in html
    assert "“also@bad@example.org” is not a valid email address." in html
    assert "Nothing was sent" in html
    assert sink.messages == []


def test_a_test_has_a_maximum_of_recipients(editor_client, issue, sink, settings):
    settings.NEWSLETTER_TEST_SEND_MAX = 3
    addresses = ", ".join(f"reader{n}@example.org" for n in range(4))
    response = editor_client.post(send_test_url(issue), {"addresses": addresses})
    assert response.status_code == 400
    assert "4 addresses is too many for a test: at most 3." in response.content.decode()
    response = editor_client.post(send_test_url(issue), {"addresses": ""})
    assert response.status_code == 400
    assert "Type at least one address or choose a seed list." in (
        response.content.decode()
    )
    assert sink.messages == []


def test_the_status_page_offers_addresses_and_seed_lists(editor_client, issue):
    SeedList.objects.create(name="Desk inboxes", addresses="desk@example.org")
    html = editor_client.get(status_url(issue)).content.decode()
    assert "Send a test to me" in html
    assert 'name="addresses"' in html and "Desk inboxes" in html


def test_seed_lists_check_their_addresses(editor_client):
    add = reverse("wagtailsnippets_newsletter_seedlist:add")
    response = editor_client.post(
        add, {"name": "Broken", "addresses": "fine@example.org\nnope"}
    )
    assert response.status_code == 200  # the form again, with the error
    assert "“nope” is not a valid email address." in response.content.decode()
    assert not SeedList.objects.exists()
    response = editor_client.post(
        add, {"name": "Inboxes", "addresses": "one@example.org\ntwo@example.org"}
    )
    assert response.status_code == 302
    assert SeedList.objects.get().address_list() == [
        "one@example.org",
        "two@example.org",
    ]


# Picks, welcome mail: who may use them ------------------------------------------------


def test_issue_editors_manage_picks_seed_lists_and_the_welcome_mail(stories):
    client = staff_client(
        "add_newsletterissue",
        "change_newsletterissue",
        "view_newsletterissue",
        "delete_newsletterissue",
    )
    picks = reverse("wagtailsnippets_newsletter_rounduppick:list")
    assert client.get(picks).status_code == 200
    add = reverse("wagtailsnippets_newsletter_rounduppick:add")
    response = client.post(add, {"article": stories[4].pk, "note": "Strong piece"})
    assert response.status_code == 302
    assert RoundupPick.objects.get().article == stories[4]
    seeds = reverse("wagtailsnippets_newsletter_seedlist:list")
    assert client.get(seeds).status_code == 200
    welcome = reverse("newsletter_welcome:index")
    assert client.get(welcome).status_code == 200
    response = client.post(
        welcome,
        {
            "enabled": "on",
            "subject": "Hello from {site}",
            "body": '{"blocks": [{"key": "b", "type": "unstyled", "depth": 0, '
            '"text": "A warm welcome.", "inlineStyleRanges": [], '
            '"entityRanges": []}], "entityMap": {}}',
        },
    )
    assert response.status_code == 200
    assert WelcomeMail.load().subject == "Hello from {site}"
    assert "A warm welcome." in WelcomeMail.load().body
    html = client.get("/admin/").content.decode()
    for label in ("Round-up picks", "Seed lists", "Welcome mail"):
        assert label in html


def test_others_may_not(stories):
    client = staff_client("view_subscriber")
    for name in (
        "wagtailsnippets_newsletter_rounduppick:list",
        "wagtailsnippets_newsletter_seedlist:list",
        "newsletter_welcome:index",
    ):
        assert refused(client.get(reverse(name))), name
    assert refused(client.post(reverse("newsletter_welcome:index"), {"subject": "x"}))
    assert WelcomeMail.load().subject == "Welcome to {site}"


# The mail -----------------------------------------------------------------------------


def link_target(href):
    """Where a link in the mail leads: counted links name it in their token."""
    path = urlsplit(href).path
    if path.startswith("/a/c/"):
        target = read_click_token(path.removeprefix("/a/c/").strip("/"))
        return target.url, target.position
    return href, None


def test_every_story_link_is_tagged_counted_and_there_is_a_web_version(issue, stories):
    html = render_issue(issue).html
    hrefs = [h.replace("&amp;", "&") for h in re.findall(r'href="([^"]+)"', html)]
    targets = [link_target(h) for h in hrefs]
    paths = {article.url for article in stories[:5]}
    story_links = [url for url, _ in targets if urlsplit(url).path in paths]
    assert len(story_links) == 5 * 2  # headline and thumbnail of five stories
    # Every story link goes through the click redirect, with its position.
    positions = [pos for url, pos in targets if urlsplit(url).path in paths]
    assert sorted(set(positions)) == [1, 2, 3, 4, 5]
    for link in story_links:
        query = parse_qs(urlsplit(link).query)
        assert query["ref"] == ["newsletter"]
        assert query["utm_medium"] == ["email"]
        assert query["utm_campaign"] == [issue.slug]
    assert re.match(r"weekly-\d{4}-\d\d-\d\d-\d+$", issue.slug)
    browser = re.search(r'href="([^"]+)"[^>]*>View in browser<', html)[1]
    assert urlsplit(browser).path == f"/newsletter/archive/{issue.pk}/"
    assert "View in browser:\nhttps://magazine.example/newsletter/archive/" in (
        render_issue(issue).text
    )


def test_the_archive_page_has_no_view_in_browser_link(client, issue):
    NewsletterIssue.objects.filter(pk=issue.pk).update(
        status=IssueStatus.SENT, sent_at=timezone.now()
    )
    html = client.get(f"/newsletter/archive/{issue.pk}/").content.decode()
    assert "Story 1" in html and "View in browser" not in html


def test_a_twelve_story_round_up_is_compact(issue, stories, section):
    IssueItem.objects.filter(issue=issue).delete()
    qiosk = ArticleFactory(
        parent=section, article_type=ArticleType.QIOSK, top_image=None
    )
    for order, article in enumerate([*stories[:11], qiosk]):
        IssueItem.objects.create(issue=issue, article=article, sort_order=order)
    html = render_issue(issue).html
    size = len(html.encode())
    print(f"\n12-story round-up: HTML {size:,} bytes ({size / 1024:.1f} KB)")
    assert size < 100 * 1024
    images = re.findall(r"<img [^>]+>", html)
    assert len(images) == 11  # a thumbnail per story with a photo
    for tag in images:
        assert 'width="120"' in tag and 'height="80"' in tag


def test_a_sent_issues_page_shows_clicks_per_story(editor_client, issue, stories):
    # Two clicks on the first story's link, one on the third's, rolled up or not.
    when = timezone.now()
    for page, position in ((stories[0], 1), (stories[0], 1), (stories[2], 3)):
        Event.objects.create(
            occurred_at=when,
            kind=Event.Kind.CLICK,
            page_id=page.pk,
            issue_id=issue.pk,
            position=position,
        )
    draft_page = editor_client.get(status_url(issue)).content.decode()
    assert "click" not in draft_page.split('id="items-heading"')[1]
    NewsletterIssue.objects.filter(pk=issue.pk).update(status=IssueStatus.SENT)
    page = editor_client.get(status_url(issue)).content.decode()
    listed = page.split('id="items-heading"')[1]
    assert "Story 1 — 2 clicks" in listed
    assert "Story 2 — 0 clicks" in listed
    assert "Story 3 — 1 click<" in listed
