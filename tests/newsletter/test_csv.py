"""Operators import subscribers (with consent) from CSV and export them."""

import csv
import datetime
import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from masthead.newsletter import csv_io
from masthead.newsletter.models import (
    NewsletterList,
    Subscriber,
    SubscriberStatus,
    Suppression,
    normalise_email,
)

pytestmark = pytest.mark.django_db

IMPORT = reverse("newsletter_subscribers:import")
INDEX = reverse("newsletter_subscribers:index")


@pytest.fixture
def editor_client(client, db):
    user = get_user_model().objects.create_superuser("ops", "ops@example.org", "pw")
    client.force_login(user)
    return client


@pytest.fixture
def weekly(db):
    return NewsletterList.objects.get(slug="weekly")


@pytest.fixture
def qiosk(db):
    return NewsletterList.objects.get(slug="qiosk-daily")


def upload(client, content, name="subscribers.csv", **data):
    if isinstance(content, str):
        content = content.encode()
    file = SimpleUploadedFile(name, content, content_type="text/csv")
    return client.post(IMPORT, {"file": file, **data})


def emails():
    return set(Subscriber.objects.values_list("email", flat=True))


# Importing -----------------------------------------------------------------

VALID = (
    "email,lists,consent,consent_at,status\r\n"
    "ana@example.org,weekly,Signed up at the Lisbon book fair,2025-03-01,active\r\n"
    'ben@example.org,"weekly, qiosk-daily",Paper form 2024,,pending\r\n'
    "cho@example.org,,Old newsletter tool export (double opt-in),"
    "2024-11-05T10:30:00+00:00,\r\n"
)


def test_a_valid_file_is_imported(editor_client, weekly, qiosk):
    response = upload(editor_client, VALID)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Import finished" in html
    assert "Imported 3 rows: 3 created, 0 updated, 0 skipped." in html

    ana = Subscriber.objects.get(email="ana@example.org")
    assert ana.status == SubscriberStatus.ACTIVE
    assert ana.confirmed_at is not None
    assert ana.consent_method == "Signed up at the Lisbon book fair"
    assert ana.consent_at.date() == datetime.date(2025, 3, 1)
    assert "subscribers.csv" in ana.consent_source
    assert "line 2" in ana.consent_source
    assert list(ana.lists.all()) == [weekly]

    ben = Subscriber.objects.get(email="ben@example.org")
    assert ben.status == SubscriberStatus.PENDING
    assert set(ben.lists.all()) == {weekly, qiosk}

    cho = Subscriber.objects.get(email="cho@example.org")
    assert cho.status == SubscriberStatus.PENDING  # the default
    assert list(cho.lists.all()) == [weekly]  # the default list
    assert cho.consent_at == datetime.datetime(2024, 11, 5, 10, 30, tzinfo=datetime.UTC)


def test_rows_without_consent_reject_the_whole_file(editor_client, weekly):
    content = (
        "email,lists,consent\n"
        "ok@example.org,weekly,Signup form\n"
        "no-consent@example.org,weekly,\n"
        "ok2@example.org,weekly,Signup form\n"
        "blank@example.org,weekly,   \n"
    )
    response = upload(editor_client, content)
    html = response.content.decode()
    assert "Nothing was imported" in html
    assert "<td>3</td><td>consent is missing" in html
    assert "<td>5</td><td>consent is missing" in html
    assert not Subscriber.objects.exists()


def test_consent_column_is_required(editor_client):
    response = upload(editor_client, "email,lists\nx@example.org,weekly\n")
    assert response.status_code == 400
    assert "missing: consent" in response.content.decode()
    assert not Subscriber.objects.exists()


def test_bad_addresses_are_row_errors(weekly):
    content = (
        "email,consent\n"
        '"evil@example.org\r\nBcc: victim@example.org",form\n'
        "not-an-address,form\n"
        "fine@example.org,form\n"
        "sp ace@example.org,form\n"
    )
    result = csv_io.import_subscribers(content.encode())
    assert not result.imported
    lines = {e.line: e.message for e in result.errors}
    # The quoted address spans lines 2-3, so the next row starts on line 4.
    assert "line breaks" in lines[2]
    assert "not a valid email address" in lines[4]
    assert "line breaks" in lines[6] or "spaces" in lines[6]
    assert 5 not in lines
    assert not Subscriber.objects.exists()


def test_other_row_errors_are_reported_together(weekly):
    tomorrow = (timezone.localdate() + datetime.timedelta(days=1)).isoformat()
    content = (
        "email,lists,consent,consent_at,status\n"
        "a@example.org,nope,form,,\n"
        "b@example.org,weekly,form,31/12/2024,\n"
        "c@example.org,weekly,form,,unsubscribed\n"
        f"d@example.org,weekly,form,{tomorrow},\n"
        "e@example.org,weekly," + "x" * 200 + ",,\n"
        "f@example.org,weekly,form,,,extra\n"
    )
    result = csv_io.import_subscribers(content.encode())
    messages = {e.line: e.message for e in result.errors}
    assert "unknown list “nope”" in messages[2]
    assert "not an ISO date" in messages[3]
    assert "status must be" in messages[4]
    assert "in the future" in messages[5]
    assert "longer than" in messages[6]
    assert "more cells" in messages[7]
    assert not Subscriber.objects.exists()


def test_case_variants_are_one_subscriber(weekly, qiosk):
    content = (
        "email,lists,consent\n"
        "Reader@Example.org,weekly,form\n"
        "reader@example.ORG ,qiosk-daily,form\n"
        "READER@EXAMPLE.ORG,weekly,form\n"
    )
    result = csv_io.import_subscribers(content.encode())
    assert result.imported
    subscriber = Subscriber.objects.get()
    assert subscriber.email == "Reader@Example.org"
    assert set(subscriber.lists.all()) == {weekly, qiosk}
    assert result.created == 1
    assert [note.line for note in result.skipped] == [3, 4]


def test_an_idn_domain_and_its_punycode_are_one_subscriber(weekly, qiosk):
    Subscriber.objects.create(email="known@xn--bcher-kva.example")
    content = (
        "email,lists,consent\n"
        "leser@bücher.example,weekly,form\n"
        "Leser@XN--BCHER-KVA.example,qiosk-daily,form\n"
        "known@bücher.example,weekly,form\n"
    )
    result = csv_io.import_subscribers(content.encode())
    assert result.imported
    assert (result.created, result.updated) == (1, 1)
    assert [note.line for note in result.skipped] == [3]
    assert set(Subscriber.objects.values_list("email_key", flat=True)) == {
        "leser@xn--bcher-kva.example",
        "known@xn--bcher-kva.example",
    }


def test_invalid_idn_domains_and_overlong_keys_are_row_errors(weekly):
    content = (
        "email,consent\n"
        "leser@\u2603.example,form\n"
        "fine@example.org,form\n"
        # 254 characters as written, 284 once "ß" is mapped to "ss".
        f"{'r' * 40}@{'ß' * 30}.{'d' * 63}.{'d' * 63}.{'d' * 46}.example,form\n"
    )
    result = csv_io.import_subscribers(content.encode())
    assert not result.imported
    lines = {e.line: e.message for e in result.errors}
    assert "not a valid internationalised domain name" in lines[2]
    assert 3 not in lines
    assert "longer than 254" in lines[4]
    assert not Subscriber.objects.exists()


def test_existing_subscribers_are_updated_not_duplicated(weekly, qiosk):
    existing = Subscriber.objects.create(
        email="Known@Example.org", consent_method="signup form"
    )
    existing.lists.add(weekly)
    content = (
        "email,lists,consent,status\n"
        "known@example.org,qiosk-daily,Event sign-up sheet,active\n"
    )
    result = csv_io.import_subscribers(content.encode())
    assert (result.created, result.updated) == (0, 1)
    existing.refresh_from_db()
    assert existing.email == "Known@Example.org"
    assert set(existing.lists.all()) == {weekly, qiosk}
    # The import's consent is the basis of the activation, so it is recorded.
    assert existing.status == SubscriberStatus.ACTIVE
    assert existing.consent_method == "Event sign-up sheet"
    again = csv_io.import_subscribers(content.encode())
    assert (again.updated, again.unchanged) == (0, 1)


def test_suppressed_and_unsubscribed_addresses_are_never_reactivated(
    editor_client, weekly
):
    Suppression.objects.create(
        email_key=normalise_email("bounced@example.org"), reason="bounced"
    )
    gone = Subscriber.objects.create(
        email="gone@example.org", status=SubscriberStatus.UNSUBSCRIBED
    )
    content = (
        "email,lists,consent,status\n"
        "Bounced@Example.org,weekly,form,active\n"
        "gone@example.org,weekly,form,active\n"
        "new@example.org,weekly,form,active\n"
    )
    response = upload(editor_client, content)
    html = response.content.decode()
    assert "1 created, 0 updated, 2 skipped" in html
    assert "is suppressed" in html and "does not resubscribe" in html
    assert not Subscriber.objects.filter(email_key="bounced@example.org").exists()
    gone.refresh_from_db()
    assert gone.status == SubscriberStatus.UNSUBSCRIBED
    assert not gone.lists.exists()


def test_byte_order_mark_and_windows_encodings(weekly):
    bom = "\ufeffemail,consent\nbom@example.org,Formulário\n".encode()
    assert csv_io.import_subscribers(bom).created == 1
    windows = "email,consent\ncafe@example.org,Inscrit au café\n".encode("cp1252")
    csv_io.import_subscribers(windows)
    assert Subscriber.objects.get(email="cafe@example.org").consent_method == (
        "Inscrit au café"
    )
    utf16 = "email,consent\nsixteen@example.org,form\n".encode("utf-16")
    assert csv_io.import_subscribers(utf16).created == 1
    assert Subscriber.objects.get(email="bom@example.org").consent_method == (
        "Formulário"
    )


def test_semicolon_separated_files_from_spreadsheets(weekly, qiosk):
    content = "Email;Lists;Consent\nsemi@example.org;weekly,qiosk-daily;form\n"
    csv_io.import_subscribers(content.encode())
    assert Subscriber.objects.get().lists.count() == 2


def test_files_over_the_limit_are_refused(editor_client, settings, weekly):
    settings.NEWSLETTER_IMPORT_MAX_BYTES = 200
    content = "email,consent\n" + "".join(f"r{n}@example.org,form\n" for n in range(50))
    response = upload(editor_client, content)
    assert response.status_code == 400
    assert "larger than" in response.content.decode()
    assert not Subscriber.objects.exists()


def test_non_csv_uploads_are_refused(editor_client):
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 64
    response = upload(editor_client, png, name="photo.csv")
    assert response.status_code == 400
    assert "not a CSV file" in response.content.decode()
    response = upload(editor_client, b"PK\x03\x04", name="subscribers.xlsx")
    assert response.status_code == 400
    assert "Upload a .csv file" in response.content.decode()
    response = editor_client.post(IMPORT, {})
    assert response.status_code == 400
    assert upload(editor_client, b"").status_code == 400
    assert upload(editor_client, b"email,consent\n").status_code == 400


def test_check_only_imports_nothing(editor_client, weekly):
    response = upload(editor_client, VALID, dry_run="on")
    html = response.content.decode()
    assert "Check finished: nothing was imported" in html
    assert "Would be created" in html
    assert not Subscriber.objects.exists()


def test_large_files_import_in_few_queries(weekly, django_assert_max_num_queries):
    rows = "".join(f"reader{n}@example.org,weekly,form\n" for n in range(3000))
    data = ("email,lists,consent\n" + rows).encode()
    with django_assert_max_num_queries(100):
        result = csv_io.import_subscribers(data)
    assert result.created == 3000
    assert weekly.subscribers.count() == 3000


def test_import_needs_add_and_change_permissions(db):
    user = get_user_model().objects.create_user("viewer", "v@example.org", "pw")
    group = Group.objects.create(name="Viewers")
    for codename in ["access_admin", "view_subscriber"]:
        group.permissions.add(Permission.objects.get(codename=codename))
    user.groups.add(group)
    client = Client()
    client.force_login(user)
    assert client.get(IMPORT).status_code == 302
    assert upload(client, VALID).status_code == 302
    assert not Subscriber.objects.exists()
    assert Client().get(IMPORT).status_code == 302  # anonymous


# Exporting -----------------------------------------------------------------


@pytest.fixture
def population(weekly, qiosk):
    now = timezone.now()
    active = Subscriber.objects.create(
        email="active@example.org",
        status=SubscriberStatus.ACTIVE,
        confirmed_at=now,
        consent_at=now,
        consent_method="double opt-in, signup form",
        consent_source="https://example.org/newsletter/",
    )
    active.lists.set([weekly, qiosk])
    pending = Subscriber.objects.create(
        email="pending@example.org", consent_method="=HYPERLINK(“x”)"
    )
    pending.lists.set([weekly])
    return active, pending


def read_export(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    assert "no-store" in response["Cache-Control"]
    body = b"".join(response.streaming_content).decode()
    return list(csv.DictReader(io.StringIO(body)))


def test_export_has_every_column(editor_client, population):
    rows = read_export(editor_client.get(INDEX, {"export": "csv"}))
    assert list(rows[0]) == csv_io.EXPORT_COLUMNS
    by_email = {row["email"]: row for row in rows}
    active = by_email["active@example.org"]
    assert active["status"] == "active"
    assert active["lists"] == "weekly;qiosk-daily"
    assert active["consent_method"] == "double opt-in, signup form"
    assert active["consent_source"] == "https://example.org/newsletter/"
    assert datetime.datetime.fromisoformat(active["confirmed_at"]).tzinfo
    # A cell a spreadsheet would run as a formula is made plain text.
    assert by_email["pending@example.org"]["consent_method"].startswith("'=")
    assert by_email["pending@example.org"]["confirmed_at"] == ""


def test_export_follows_search_and_filters(editor_client, population):
    rows = read_export(editor_client.get(INDEX, {"export": "csv", "status": "active"}))
    assert [row["email"] for row in rows] == ["active@example.org"]
    rows = read_export(editor_client.get(INDEX, {"export": "csv", "q": "pending"}))
    assert [row["email"] for row in rows] == ["pending@example.org"]


def test_export_is_for_staff_only(client, population):
    response = client.get(INDEX, {"export": "csv"})
    assert response.status_code == 302
    assert b"@example.org" not in response.content
    reader = get_user_model().objects.create_user("r", "r@example.org", "pw")
    client.force_login(reader)
    response = client.get(INDEX, {"export": "csv"})
    assert response.status_code == 302
    staff = Client()
    user = get_user_model().objects.create_user("s", "s@example.org", "pw")
    group = Group.objects.create(name="Editors only")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(group)
    staff.force_login(user)
    response = staff.get(INDEX, {"export": "csv"})
    assert response.status_code == 302
    assert not getattr(response, "streaming", False)


def test_an_export_imports_back_unchanged(editor_client, population):
    body = b"".join(editor_client.get(INDEX, {"export": "csv"}).streaming_content)
    text = body.decode().replace("consent_method", "consent")
    Subscriber.objects.all().delete()
    result = csv_io.import_subscribers(text.encode())
    assert result.imported, result.errors
    pending = Subscriber.objects.get(email="pending@example.org")
    assert pending.consent_method == "=HYPERLINK(“x”)"
    assert Subscriber.objects.get(email="active@example.org").lists.count() == 2


def test_pending_imports_can_be_sent_a_confirmation(editor_client, weekly):
    content = (
        "email,lists,consent,status\n"
        "p1@example.org,weekly,Paper form,pending\n"
        "p2@example.org,weekly,Paper form,\n"
        "a1@example.org,weekly,Paper form,active\n"
    )
    mail.outbox.clear()
    response = upload(editor_client, content, send_confirmations="on")
    assert response.status_code == 200
    assert "2 confirmation emails queued" in response.content.decode()
    assert sorted(m.to[0] for m in mail.outbox) == ["p1@example.org", "p2@example.org"]
    # The same file again: nobody is mailed twice within a day.
    mail.outbox.clear()
    upload(editor_client, content, send_confirmations="on")
    assert mail.outbox == []


def test_no_confirmations_unless_asked(editor_client, weekly):
    mail.outbox.clear()
    upload(editor_client, "email,consent\nquiet@example.org,form\n")
    assert mail.outbox == []
