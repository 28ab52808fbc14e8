"""Section interests: readers pick sections; an issue goes to a list or a segment."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone

from masthead.newsletter import sending
from masthead.newsletter.models import (
    Delivery,
    IssueItem,
    NewsletterIssue,
    NewsletterList,
    Subscriber,
    SubscriberStatus,
)
from masthead.newsletter.sending.audience import issue_audience
from tests.factories import ArticleFactory, SectionFactory
from tests.newsletter.subscription_helpers import make_subscriber, preferences_path

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.newsletter.link_urls")]


@pytest.fixture(autouse=True)
def smtp_settings(mail_to_sink, home):
    return mail_to_sink


@pytest.fixture
def regions(home):
    return {
        "asia": SectionFactory(title="Asia-Pacific", slug="asia-pacific"),
        "europe": SectionFactory(title="Europe", slug="europe"),
        "africa": SectionFactory(title="Africa", slug="africa"),
    }


# The reader's side -------------------------------------------------------------


def test_the_preferences_page_offers_the_sections(client, regions):
    reader = make_subscriber()
    reader.sections.add(regions["europe"])
    html = client.get(preferences_path(reader)).content.decode()
    assert "Sections I follow" in html
    for section in regions.values():
        assert f'value="{section.pk}"' in html
    europe = f'id="section-{regions["europe"].pk}" name="sections" '
    assert f'{europe}value="{regions["europe"].pk}" checked' in html
    assert f'value="{regions["asia"].pk}" checked' not in html


def test_readers_save_their_sections(client, regions):
    reader = make_subscriber()
    link = preferences_path(reader)
    response = client.post(
        link,
        {"lists": ["weekly"], "sections": [regions["asia"].pk, regions["africa"].pk]},
    )
    assert response.status_code == 302
    assert set(reader.sections.all()) == {regions["asia"], regions["africa"]}
    client.post(link, {"lists": ["weekly"], "sections": [regions["europe"].pk]})
    assert list(reader.sections.all()) == [regions["europe"]]
    client.post(link, {"lists": ["weekly"]})
    assert not reader.sections.exists()
    reader.refresh_from_db()
    assert reader.status == SubscriberStatus.ACTIVE


@pytest.mark.parametrize("bad", ["999999", "asia-pacific", "1 OR 1=1"])
def test_an_unknown_section_is_a_clear_error_and_nothing_changes(client, regions, bad):
    reader = make_subscriber()
    reader.sections.add(regions["europe"])
    response = client.post(
        preferences_path(reader), {"lists": ["weekly"], "sections": [bad]}
    )
    assert response.status_code == 400
    assert "Choose sections from the list." in response.content.decode()
    assert list(reader.sections.all()) == [regions["europe"]]


# The issue's side ----------------------------------------------------------------


@pytest.fixture
def readers(regions):
    weekly = NewsletterList.objects.get(slug="weekly")
    people = {}
    for name, sections, status in [
        ("asia-fan", ["asia"], SubscriberStatus.ACTIVE),
        ("both", ["asia", "europe"], SubscriberStatus.ACTIVE),
        ("europe-fan", ["europe"], SubscriberStatus.ACTIVE),
        ("nothing-chosen", [], SubscriberStatus.ACTIVE),
        ("asia-gone", ["asia"], SubscriberStatus.UNSUBSCRIBED),
    ]:
        subscriber = Subscriber.objects.create(
            email=f"{name}@example.org", status=status
        )
        subscriber.lists.add(weekly)
        subscriber.sections.set([regions[key] for key in sections])
        people[name] = subscriber
    qiosk_only = Subscriber.objects.create(
        email="qiosk-asia@example.org", status=SubscriberStatus.ACTIVE
    )
    qiosk_only.lists.add(NewsletterList.objects.get(slug="qiosk-daily"))
    qiosk_only.sections.add(regions["asia"])
    return people


@pytest.fixture
def issue(regions):
    now = timezone.now()
    issue = NewsletterIssue.objects.create(
        newsletter=NewsletterList.objects.get(slug="weekly"),
        subject="Asia this week",
        period_start=now - datetime.timedelta(days=7),
        period_end=now,
    )
    IssueItem.objects.create(
        issue=issue, article=ArticleFactory(parent=regions["asia"]), sort_order=0
    )
    return issue


def segment(issue, *sections):
    """Choose the issue's segment as the edit form does (a parental relation:
    written when the issue is saved)."""
    issue.sections.set(sections)
    issue.save()


def addresses(queryset):
    return sorted(s.email.split("@")[0] for s in queryset)


def test_without_sections_an_issue_goes_to_the_whole_list(issue, readers):
    assert addresses(issue_audience(issue)) == [
        "asia-fan",
        "both",
        "europe-fan",
        "nothing-chosen",
    ]


def test_a_segment_is_the_part_of_the_list_interested_in_its_sections(
    issue, readers, regions
):
    segment(issue, regions["asia"])
    assert addresses(issue_audience(issue)) == ["asia-fan", "both"]
    segment(issue, regions["asia"], regions["europe"])
    # A reader of both sections is in the segment once.
    assert addresses(issue_audience(issue)) == ["asia-fan", "both", "europe-fan"]


def test_a_segment_is_sent_exactly_once_to_each_reader(issue, readers, regions, sink):
    segment(issue, regions["asia"], regions["europe"])
    run = sending.start_sending(issue, enqueue=False)
    assert run.audience_size == 3
    result = sending.run_issue(issue.pk)
    assert result.status == "finished" and result.sent == 3
    assert sorted(sink.recipients()) == [
        "asia-fan@example.org",
        "both@example.org",
        "europe-fan@example.org",
    ]
    assert Delivery.objects.filter(issue=issue).count() == 3
    assert sending.run_issue(issue.pk).status == "not_sending"
    assert len(sink.messages) == 3


def test_the_recipient_count_is_shown_before_sending(client, issue, readers, regions):
    editor = get_user_model().objects.create_superuser("ed", "ed@example.org", "pw")
    client.force_login(editor)
    status = reverse("newsletter_issues:status", args=[issue.pk])
    confirm = reverse("newsletter_issues:send", args=[issue.pk])
    html = client.get(status).content.decode()
    assert "The whole list" in html and "<dd data-recipient-count>4</dd>" in html
    segment(issue, regions["asia"])
    html = client.get(status).content.decode()
    assert "Readers of Asia-Pacific" in html
    assert "<dd data-recipient-count>2</dd>" in html
    html = client.get(confirm).content.decode()
    assert "readers of Asia-Pacific: <strong>2</strong> active subscribers" in html


def test_editors_choose_the_segment_on_the_issue(client, issue, regions):
    editor = get_user_model().objects.create_superuser("ed", "ed@example.org", "pw")
    client.force_login(editor)
    html = client.get(reverse("newsletter_issues:edit", args=[issue.pk])).content
    assert b"Segment: readers of these sections" in html
    assert f'value="{regions["africa"].pk}"'.encode() in html


def test_operators_see_a_subscribers_sections(client, readers):
    editor = get_user_model().objects.create_superuser("ed", "ed@example.org", "pw")
    client.force_login(editor)
    reader = readers["both"]
    inspect = reverse("newsletter_subscribers:inspect", args=[reader.pk])
    html = client.get(inspect).content.decode()
    assert "Asia-Pacific" in html and "Europe" in html
