"""An issue as email: content, per-recipient links, headers, DKIM, the .eml backend."""

import email
import email.policy
import re
from base64 import b64encode

import dkim
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from django.core import mail

from masthead.analytics.links import read_click_token
from masthead.newsletter import links, rendering
from masthead.newsletter.mail_backends import EmlFileBackend
from masthead.newsletter.models import Subscriber, SubscriberStatus
from masthead.newsletter.rendering import IssueMail, render_issue
from tests.newsletter.issue_data import make_issue, make_subscribers

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.newsletter.link_urls")]

BASE = "https://magazine.example"


@pytest.fixture(autouse=True)
def mail_settings(settings, home):
    settings.BASE_URL = BASE
    settings.DEFAULT_FROM_EMAIL = "newsletter@example.org"
    settings.NEWSLETTER_DKIM_DOMAIN = ""
    settings.NEWSLETTER_DKIM_SELECTOR = ""
    settings.NEWSLETTER_DKIM_PRIVATE_KEY_FILE = ""
    return settings


@pytest.fixture
def issue():
    return make_issue(stories=2, qiosk=1)


@pytest.fixture
def subscriber():
    return make_subscribers(1)[0]


@pytest.fixture
def frozen_signing_time(monkeypatch):
    """Signed links carry a timestamp; fix it so two builds can be compared."""
    monkeypatch.setattr("django.core.signing.time.time", lambda: 1_750_000_000)


def parse(data):
    return email.message_from_bytes(data, policy=email.policy.default)


def parts(message):
    return {
        part.get_content_type(): part.get_content()
        for part in message.walk()
        if not part.is_multipart()
    }


def tokens(url, purpose):
    token = re.search(r"/([^/]+)/?$", url)[1]
    return links.read_token(token, purpose)


def test_preview_has_stories_grouped_by_section_then_qiosk():
    issue = make_issue(stories=3, qiosk=2)
    rendered = render_issue(issue)
    assert rendered.subject == "The week in review"
    items = list(issue.items.select_related("article").order_by("sort_order"))
    html = rendered.html
    for item in items:
        assert item.article.title in html and item.article.title in rendered.text
    titles = re.findall(r'<h2 class="section-title"[^>]*>([^<]+)</h2>', html)
    assert titles == ["Asia-Pacific", "Europe", "QiOSK"]
    qiosk_titles = [i.article.title for i in items if i.article.is_qiosk]
    assert html.index(qiosk_titles[0]) > html.index(">QiOSK<")
    assert "Our editor" in html and "Our editor" in rendered.text
    # No personal links in the web version.
    assert "unsubscribe" not in html.lower() and "preferences" not in html.lower()


def test_links_and_images_are_absolute_and_css_is_inline(issue):
    html = render_issue(issue).html
    assert "<style" not in html
    assert 'class="headline"' in html and 'style="' in html
    hrefs = re.findall(r'(?:href|src)="([^"]+)"', html)
    assert hrefs and all(h.startswith(("https://", "http://")) for h in hrefs), hrefs
    article = issue.items.select_related("article").first().article
    # Story links are tagged as newsletter traffic and counted through the
    # signed click redirect, which knows the issue and the position only.
    counted = [
        read_click_token(h.removeprefix(f"{BASE}/a/c/").strip("/"))
        for h in hrefs
        if h.startswith(f"{BASE}/a/c/")
    ]
    assert counted and {c.issue_id for c in counted} == {issue.pk}
    assert any(
        c.url.startswith(f"{BASE}{article.url}?ref=newsletter&utm_source=")
        and c.position == 1
        for c in counted
    )
    images = re.findall(r"<img [^>]+>", html)
    assert len(images) == 2  # QiOSK items have no photo.
    for tag in images:
        assert f'src="{BASE}/' in tag and ".jpg" in tag
        assert re.search(r'alt="Container cranes over a grey harbour[^"]*"', tag)
    assert "Photo: Northlight Images/ Test Photographer" in html
    assert all(len(line.encode()) <= 998 for line in html.splitlines())


def test_relative_links_in_the_intro_become_absolute(issue):
    issue.intro = '<p>See <a href="/asia-pacific/">our desk</a>.</p>'
    issue.save()
    rendered = render_issue(issue)
    assert f'href="{BASE}/asia-pacific/"' in rendered.html
    assert f"our desk ({BASE}/asia-pacific/)" in rendered.text


def test_personal_copy_has_working_unsubscribe_and_preferences_links(issue, subscriber):
    rendered = render_issue(issue, subscriber)
    unsubscribe = re.search(r'href="([^"]+)"[^>]*>Unsubscribe', rendered.html)[1]
    preferences = re.search(r'href="([^"]+)"[^>]*>Manage', rendered.html)[1]
    assert unsubscribe.startswith(BASE) and preferences.startswith(BASE)
    assert tokens(unsubscribe, "unsubscribe") == (subscriber, "weekly")
    assert tokens(preferences, "preferences")[0] == subscriber
    assert unsubscribe in rendered.text and preferences in rendered.text
    with pytest.raises(links.InvalidLink):  # A purpose cannot stand in for another.
        tokens(unsubscribe, "preferences")


def test_message_is_multipart_with_list_headers_and_stable_message_id(
    issue, subscriber
):
    message = IssueMail(issue).build_message(subscriber)
    parsed = parse(message.message().as_bytes())
    assert parsed.get_content_type() == "multipart/alternative"
    assert set(parts(parsed)) == {"text/plain", "text/html"}
    assert parsed["To"] == subscriber.email
    assert parsed["From"] == "newsletter@example.org" or "example.org>" in str(
        parsed["From"]
    )
    expected_id = f"<issue-{issue.pk}.sub-{subscriber.pk}@example.org>"
    assert parsed["Message-ID"] == expected_id
    assert (
        IssueMail(issue).build_message(subscriber).extra_headers["Message-ID"]
        == expected_id
    )
    assert parsed["List-Id"] == '"Weekly round-up" <weekly.list-id.example.org>'
    assert parsed["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    unsubscribe = str(parsed["List-Unsubscribe"]).strip()
    target = re.fullmatch(r"<(https://[^>]+)>", unsubscribe)[1]
    assert tokens(target, "unsubscribe") == (subscriber, "weekly")
    assert f'href="{target}"' in parts(parsed)["text/html"]


def test_mailto_unsubscribe_is_offered_when_configured(issue, subscriber, settings):
    settings.NEWSLETTER_UNSUBSCRIBE_MAILTO = "unsubscribe@example.org"
    message = IssueMail(issue).build_message(subscriber)
    value = message.extra_headers["List-Unsubscribe"]
    assert re.fullmatch(
        r"<https://[^>]+>, <mailto:unsubscribe@example.org\?subject=unsubscribe>",
        value,
    )


def test_fast_copies_are_the_same_as_built_messages(
    issue, subscriber, frozen_signing_time
):
    mail_ = IssueMail(issue)
    assert mail_._fast is not None
    fast = parse(mail_.message_bytes(subscriber))
    slow = parse(mail_.build_message(subscriber).message().as_bytes(linesep="\r\n"))
    for name in ("From", "To", "Subject", "Message-ID", "List-Id", "List-Unsubscribe"):
        assert str(fast[name]).strip() == str(slow[name]).strip(), name
    assert fast["List-Unsubscribe-Post"] == slow["List-Unsubscribe-Post"]
    assert parts(fast) == parts(slow)
    other = make_subscribers(1, prefix="other")[0]
    second = parse(mail_.message_bytes(other))
    assert second["To"] == other.email
    assert second["Message-ID"] == f"<issue-{issue.pk}.sub-{other.pk}@example.org>"
    target = str(second["List-Unsubscribe"]).strip()[1:-1]
    assert tokens(target, "unsubscribe")[0] == other


def test_unusual_addresses_are_built_properly(issue):
    reader = Subscriber.objects.create(
        email="jörg.o'neil@bücher.example", status=SubscriberStatus.ACTIVE
    )
    data = IssueMail(issue).message_bytes(reader)
    assert data.isascii() or b"8bit" in data
    parsed = parse(data)
    assert "xn--bcher-kva.example" in str(parsed["To"])


def test_editor_text_cannot_inject_headers(issue, subscriber):
    issue.subject = "Hello\r\nBcc: victim@example.org\nX-Evil: 1"
    issue.save()
    issue.newsletter.name = "Weekly\r\nBcc: other@example.org"
    issue.newsletter.save()
    data = IssueMail(issue).message_bytes(subscriber)
    headers = data.split(b"\r\n\r\n", 1)[0].decode()
    assert "\nBcc" not in headers and "\nX-Evil" not in headers
    parsed = parse(data)
    assert parsed["Bcc"] is None and parsed["X-Evil"] is None
    assert parsed["Subject"] == "Hello Bcc: victim@example.org X-Evil: 1"


def test_long_blurbs_keep_the_fast_path_and_8bit_bodies(issue, subscriber):
    item = issue.items.first()
    item.blurb = "Ünïcode words " * 300
    item.save()
    mail_ = IssueMail(issue)
    data = mail_.message_bytes(subscriber)
    assert mail_._fast is not None
    assert b"quoted-printable" not in data.lower()
    assert all(len(line) <= 998 for line in data.split(b"\r\n"))


@pytest.fixture
def dkim_key(tmp_path, settings):
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.TraditionalOpenSSL,
        serialization.NoEncryption(),
    )
    path = tmp_path / "dkim.pem"
    path.write_bytes(pem)
    settings.NEWSLETTER_DKIM_DOMAIN = "example.org"
    settings.NEWSLETTER_DKIM_SELECTOR = "mail2025"
    settings.NEWSLETTER_DKIM_PRIVATE_KEY_FILE = str(path)
    public = key.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    record = b"v=DKIM1; k=rsa; p=" + b64encode(public)

    def dns(name, timeout=5):
        assert name == b"mail2025._domainkey.example.org."
        return record

    return dns


def test_dkim_signature_verifies(issue, subscriber, dkim_key):
    data = IssueMail(issue).message_bytes(subscriber)
    assert data.startswith(b"DKIM-Signature: ")
    assert dkim.verify(data, dnsfunc=dkim_key)
    signed = parse(data)["DKIM-Signature"]
    for header in ("list-unsubscribe", "list-unsubscribe-post", "message-id", "from"):
        assert header in re.search(r"h=([^;]+)", str(signed))[1].replace(" ", "")
    # Tampering breaks it.
    assert not dkim.verify(
        data.replace(b"Unsubscribe", b"Unsubscrib3"), dnsfunc=dkim_key
    )


def test_django_built_messages_are_signed_too(issue, subscriber, dkim_key):
    data = IssueMail(issue).build_message(subscriber).message().as_bytes(linesep="\r\n")
    assert b"DKIM-Signature:" in data
    assert dkim.verify(data, dnsfunc=dkim_key)


def test_no_signature_without_a_key(issue, subscriber):
    assert b"DKIM-Signature" not in IssueMail(issue).message_bytes(subscriber)


def test_eml_backend_writes_one_file_per_message_atomically(
    issue, subscriber, tmp_path, settings
):
    settings.EMAIL_FILE_PATH = tmp_path / "mail"
    backend = EmlFileBackend()
    sent = backend.send_messages(
        [
            IssueMail(issue).build_message(subscriber),
            mail.EmailMessage("Hi", "Body", "a@example.org", ["b@example.org"]),
        ]
    )
    assert sent == 2
    files = sorted((tmp_path / "mail").iterdir())
    assert [f.suffix for f in files] == [".eml", ".eml"]
    messages = [parse(f.read_bytes()) for f in files]
    assert {m["Subject"] for m in messages} == {"The week in review", "Hi"}
    assert any(
        m["Message-ID"] == f"<issue-{issue.pk}.sub-{subscriber.pk}@example.org>"
        for m in messages
    )


def test_eml_backend_is_usable_through_django(settings, tmp_path):
    settings.EMAIL_BACKEND = "masthead.newsletter.mail_backends.EmlFileBackend"
    settings.EMAIL_FILE_PATH = tmp_path
    assert mail.send_mail("Subject", "Body", "a@example.org", ["b@example.org"]) == 1
    (eml,) = tmp_path.glob("*.eml")
    assert parse(eml.read_bytes())["To"] == "b@example.org"


def test_rendering_module_exposes_the_interface():
    assert callable(rendering.render_issue) and callable(rendering.IssueMail)
