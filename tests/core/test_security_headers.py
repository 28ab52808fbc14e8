"""Every page sends a Content-Security-Policy and a Permissions-Policy.

Readers' pages get a strict policy (scripts and styles from the site only, no
inline code, no nonce) and their HTML has nothing inline that it would block;
the admin gets a looser one. Cached pages (a hit of the page cache's middleware
or of its WSGI fast path) carry the same headers as the render they came from.
"""

import base64
import hashlib
from html.parser import HTMLParser

import pytest
from django.test import Client, RequestFactory
from django.urls import path
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed

from masthead.newsletter.models import IssueStatus, NewsletterList
from masthead.page_cache.wsgi import PageCacheApplication
from tests.factories import ArticleFactory
from tests.newsletter.test_archive import make_issue

pytestmark = pytest.mark.django_db

YOUTUBE = "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
YOUTUBE_IFRAME = (
    '<iframe width="200" height="113" title="A video"'
    ' src="https://www.youtube.com/embed/dQw4w9WgXcQ?feature=oembed"'
    ' frameborder="0" allowfullscreen></iframe>'
)
DENIED_FEATURES = {"camera", "microphone", "geolocation", "payment", "usb"}


def directives(response):
    header = response["Content-Security-Policy"]
    policy = {}
    for part in header.split(";"):
        name, *sources = part.split()
        policy[name] = sources
    return policy


def permissions(response):
    return dict(
        item.strip().split("=", 1) for item in response["Permissions-Policy"].split(",")
    )


def assert_reader_policy(response, where):
    policy = directives(response)
    assert policy["default-src"] == ["'self'"], where
    # No 'unsafe-inline', no nonce, no hash: cached pages are shared.
    assert policy["script-src"] == ["'self'"], where
    assert policy["style-src"] == ["'self'"], where
    assert policy["object-src"] == ["'none'"], where
    assert policy["base-uri"] == ["'self'"], where
    assert policy["form-action"] == ["'self'"], where
    assert policy["frame-ancestors"] == ["'none'"], where
    assert "https://www.youtube.com" in policy["frame-src"], where
    features = permissions(response)
    for feature in DENIED_FEATURES:
        assert features[feature] == "()", (where, feature)


class InlineCode(HTMLParser):
    """What a strict policy would block: inline scripts, handlers and styles."""

    def __init__(self):
        super().__init__()
        self.found = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        # Data blocks (JSON-LD, Swagger UI's settings) are not executed, and
        # CSP does not apply to them.
        if (
            tag == "script"
            and not attrs.get("src")
            and attrs.get("type") not in ("application/ld+json", "application/json")
        ):
            self.found.append(f"inline <script {attrs}>")
        if tag == "style":
            self.found.append("<style> element")
        for name, value in attrs.items():
            if name.startswith("on"):
                self.found.append(f"<{tag} {name}=...>")
            if name == "style":
                self.found.append(f"<{tag} style={value!r}>")
            if name in ("href", "src") and (value or "").startswith("javascript:"):
                self.found.append(f"<{tag} {name}={value!r}>")


def inline_code(html):
    parser = InlineCode()
    parser.feed(html)
    return parser.found


@pytest.fixture
def reader_pages(article, author, home):
    embed = ArticleFactory(
        parent=article.get_parent(),
        title="A story with a video",
        slug="with-video",
        authors=[author],
        body=[("paragraph", "<p>Watch this.</p>"), ("embed", YOUTUBE)],
        corrections=["An earlier version misnamed the port."],
    )
    Embed.objects.create(
        url=YOUTUBE,
        hash=get_embed_hash(YOUTUBE),
        type="video",
        html=YOUTUBE_IFRAME,
        provider_name="YouTube",
    )
    return {
        "home": "/",
        "article": article.url,
        "article with an embed": embed.url,
        "section": "/asia-pacific/",
        "author": author.url,
        "authors": "/authors/",
        "tag": "/tags/trade/",
        "latest": "/latest/",
        "qiosk": "/qiosk/",
        "search": "/search/?q=ports",
        "newsletter signup": "/newsletter/",
        "newsletter thanks": "/newsletter/thanks/",
        "newsletter archive": "/newsletter/archive/",
        "corrections": "/corrections/",
        "API docs": "/api/v3/docs",
    }


def test_every_reader_page_sends_the_strict_policy_and_needs_nothing_inline(
    client, reader_pages
):
    for name, url in reader_pages.items():
        response = client.get(url)
        assert response.status_code == 200, (name, response.status_code)
        assert_reader_policy(response, name)
        assert inline_code(response.content.decode()) == [], name


def test_the_embedded_video_comes_from_an_allowed_frame_source(client, reader_pages):
    html = client.get(reader_pages["article with an embed"]).content.decode()
    assert 'src="https://www.youtube.com/embed/dQw4w9WgXcQ' in html
    policy = directives(client.get(reader_pages["article with an embed"]))
    assert "https://www.youtube.com" in policy["frame-src"]


def test_the_article_metadata_is_a_json_ld_block_not_a_script(client, article):
    html = client.get(article.url).content.decode()
    assert '<script type="application/ld+json">' in html


def test_feeds_and_the_404_page_send_the_policy_too(client, home):
    for url in ("/feed/", "/sitemap.xml", "/robots.txt", "/no-such-page/"):
        response = client.get(url)
        assert_reader_policy(response, url)
    not_found = client.get("/no-such-page/")
    assert not_found.status_code == 404
    assert inline_code(not_found.content.decode()) == []


def test_cached_pages_carry_the_policy_on_a_miss_and_on_a_hit(client, reader_pages):
    for name in ("home", "article", "section", "tag", "latest"):
        url = reader_pages[name]
        miss = client.get(url)
        hit = client.get(url)
        assert (miss["X-Page-Cache"], hit["X-Page-Cache"]) == ("miss", "hit"), name
        assert_reader_policy(hit, name)
        assert hit["Content-Security-Policy"] == miss["Content-Security-Policy"]
        assert hit["Permissions-Policy"] == miss["Permissions-Policy"]


def test_the_wsgi_fast_path_answers_hits_with_the_policy(client, article):
    miss = client.get(article.url)
    assert miss["X-Page-Cache"] == "miss"

    def django_app(environ, start_response):
        raise AssertionError("a hit must not reach Django")

    environ = RequestFactory().get(article.url).environ
    environ["HTTP_HOST"] = "testserver"
    captured = {}

    def start_response(status, headers):
        captured["status"], captured["headers"] = status, dict(headers)

    PageCacheApplication(django_app)(environ, start_response)
    headers = captured["headers"]
    assert captured["status"] == "200 OK" and headers["X-Page-Cache"] == "hit"
    assert headers["Content-Security-Policy"] == miss["Content-Security-Policy"]
    assert headers["Permissions-Policy"] == miss["Permissions-Policy"]


def test_behind_tls_a_cached_page_is_not_served_over_plain_http(client, settings, home):
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    over_tls = {"HTTP_X_FORWARDED_PROTO": "https"}
    assert client.get("/", **over_tls)["X-Page-Cache"] == "miss"
    assert client.get("/", **over_tls)["X-Page-Cache"] == "hit"
    plain = client.get("/")
    assert plain.status_code == 301
    assert plain["Location"] == "https://testserver/"


def test_the_newsletter_archive_keeps_the_emails_inline_look(client, section):
    story = ArticleFactory(parent=section, title="Ports race to automate")
    weekly = NewsletterList.objects.get(slug="weekly")
    issue = make_issue(weekly, "Sent this week", IssueStatus.SENT, 0, story)
    response = client.get(f"/newsletter/archive/{issue.pk}/")
    assert response.status_code == 200
    assert ' style="' in response.content.decode()
    policy = directives(response)
    # Style attributes only (the email's look); scripts stay as strict.
    assert policy["style-src-attr"] == ["'unsafe-inline'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["script-src"] == ["'self'"]


def _broken(request):
    raise RuntimeError("a bug")


urlpatterns = [path("broken/", _broken)]
handler500 = "masthead.core.views.server_error"


@pytest.mark.urls(__name__)
def test_the_500_page_is_styled_inline_and_allowed_by_its_hash(db):
    response = Client(raise_request_exception=False).get("/broken/")
    assert response.status_code == 500
    html = response.content.decode()
    css = html.split("<style>")[1].split("</style>")[0]
    digest = base64.b64encode(hashlib.sha256(css.encode()).digest()).decode()
    policy = directives(response)
    assert policy["style-src"] == ["'self'", f"'sha256-{digest}'"]
    assert policy["script-src"] == ["'self'"]


def test_the_admin_gets_its_own_looser_policy(client, admin_user, article):
    assert "unsafe-inline" in client.get("/admin/login/")["Content-Security-Policy"]
    client.force_login(admin_user)
    for url in ("/admin/", f"/admin/pages/{article.pk}/edit/"):
        response = client.get(url)
        assert response.status_code == 200, url
        policy = directives(response)
        assert policy["script-src"] == ["'self'", "'unsafe-inline'"], url
        assert policy["style-src"] == ["'self'", "'unsafe-inline'"], url
        # Previews are frames of the admin's own.
        assert policy["frame-ancestors"] == ["'self'"], url
        assert "'self'" in policy["frame-src"], url
        assert policy["object-src"] == ["'none'"], url
        for feature in DENIED_FEATURES:
            assert permissions(response)[feature] == "()", (url, feature)


def test_a_preview_may_be_framed_by_the_admin(rf, admin_user, article):
    # The admin renders a preview through the middleware, for the page's URL.
    request = rf.get(f"/admin/pages/{article.pk}/edit/preview/")
    request.user = admin_user
    response = article.make_preview_request(request)
    assert response.status_code == 200
    assert directives(response)["frame-ancestors"] == ["'self'"]


def test_an_editor_sees_reader_pages_under_the_readers_policy(
    client, admin_user, article
):
    client.force_login(admin_user)
    response = client.get(article.url)
    assert "wagtail-userbar" in response.content.decode()
    assert_reader_policy(response, "article with the userbar")
