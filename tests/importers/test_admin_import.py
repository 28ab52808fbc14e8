"""The admin's import page: upload, background run, summary, permissions."""

import io
import zipfile
from pathlib import Path
from unittest import mock

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from masthead.articles.models import ArticlePage
from masthead.importers import fetching
from masthead.importers.models import ImportedRecord, ImportRun
from masthead.importers.tasks import run_import_task

FIXTURES = Path(__file__).parent / "fixtures" / "wordpress"
ALL_FIXTURES = Path(__file__).parent / "fixtures"
INDEX = "/admin/import/"


def jpeg():
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), (30, 90, 160)).save(buffer, "JPEG")
    return buffer.getvalue()


@pytest.fixture
def no_network():
    """The fixture's photos live on a fictional site: serve a small JPEG for
    each instead of going out (the fetcher is tested on its own)."""
    photo = jpeg()
    with mock.patch.object(
        fetching,
        "fetch_image",
        side_effect=lambda url: fetching.Fetched(url, photo, "image/jpeg"),
    ) as fetch_image:
        yield fetch_image


def upload(name, data=None):
    if data is None:
        data = (FIXTURES / name).read_bytes()
    return SimpleUploadedFile(name, data, content_type="application/xml")


def post_import(client, file, capture, **fields):
    data = {
        "source_name": "wordpress",
        "categories": "sections",
        "default_section": "",
        "file": file,
        **fields,
    }
    with capture(execute=True):
        return client.post(INDEX, data)


def test_the_url_name_other_screens_link_to():
    assert reverse("masthead_import:index") == INDEX


@pytest.mark.django_db
def test_index_shows_the_form_and_past_runs(admin_client, admin_user):
    ImportRun.objects.create(
        source_name="wordpress",
        original_filename="old-site.xml",
        status=ImportRun.Status.DONE,
        created_by=admin_user,
    )
    response = admin_client.get(INDEX)
    assert response.status_code == 200
    content = response.content.decode()
    assert 'enctype="multipart/form-data"' in content
    assert "WordPress export" in content
    assert "old-site.xml" in content


@pytest.mark.django_db
def test_the_menu_item_is_shown_to_those_who_may_import(admin_client):
    response = admin_client.get("/admin/")
    assert "Import archive" in response.content.decode()


@pytest.mark.django_db
def test_superuser_imports_the_wordpress_fixture(
    admin_client, home, no_network, django_capture_on_commit_callbacks, settings
):
    response = post_import(
        admin_client,
        upload("tidewater-wxr-1.2.xml"),
        django_capture_on_commit_callbacks,
    )
    run = ImportRun.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("masthead_import:run", args=[run.pk])
    assert run.status == ImportRun.Status.DONE, run.error
    assert (run.total, run.processed) == (12, 12)
    summary = run.summary
    assert summary["created"] == 12, summary["failures"]
    assert summary["failed"] == 0
    assert summary["inventory_skipped"]["comment"] == 4
    assert ArticlePage.objects.filter(title="Night Markets of Lagos").exists()
    assert ArticlePage.objects.count() == 11
    # Drafts, pending and private posts stay off the site.
    assert not ArticlePage.objects.get(title="The Salt Road").live
    # The upload is gone; nothing was left under MEDIA_ROOT or the upload dir.
    assert run.file_path == ""
    assert list(Path(settings.IMPORT_UPLOAD_DIR).iterdir()) == []

    page = admin_client.get(response["Location"])
    content = page.content.decode()
    assert page.status_code == 200
    assert "Done" in content
    assert '<progress max="100" value="100"' in content
    assert "comment: 4" in content
    assert "progress.js" in content  # the refresh script, not inline code

    status = admin_client.get(reverse("masthead_import:status", args=[run.pk]))
    assert status.json() == {
        "status": "done",
        "status_display": "Done",
        "processed": 12,
        "total": 12,
        "percent": 100,
        "active": False,
    }


def substack_zip():
    buffer = io.BytesIO()
    export = ALL_FIXTURES / "substack" / "export"
    with zipfile.ZipFile(buffer, "w") as archive:
        for file in sorted(export.rglob("*")):
            if file.is_file():
                archive.write(file, file.relative_to(export).as_posix())
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("source_name", "name", "data", "fields", "reader_options"),
    [
        (
            "ghost",
            "export-v5.json",
            (ALL_FIXTURES / "ghost" / "export-v5.json").read_bytes(),
            {"site_url": "https://quay-ghost.example/"},
            {"site_url": "https://quay-ghost.example"},
        ),
        (
            "feed",
            "full-content.rss",
            (ALL_FIXTURES / "feed" / "full-content.rss").read_bytes(),
            {"site_url": "https://ignored.example", "author": "Ignored"},
            {},
        ),
        (
            "substack",
            "export.zip",
            substack_zip(),
            {"site_url": "https://tidewater.substack.com", "author": "Ines Varga"},
            {"substack_url": "https://tidewater.substack.com", "author": "Ines Varga"},
        ),
    ],
)
@pytest.mark.django_db
def test_every_format_imports_through_the_page(
    admin_client,
    home,
    no_network,
    django_capture_on_commit_callbacks,
    source_name,
    name,
    data,
    fields,
    reader_options,
):
    post_import(
        admin_client,
        SimpleUploadedFile(name, data),
        django_capture_on_commit_callbacks,
        source_name=source_name,
        **fields,
    )
    run = ImportRun.objects.get()
    assert run.options["reader"] == reader_options
    assert run.status == ImportRun.Status.DONE, run.error
    assert run.total > 0
    assert run.summary["created"] + run.summary["failed"] == run.total
    assert run.summary["failed"] == 0, run.summary["failures"]


@pytest.mark.django_db
def test_a_dry_run_writes_nothing(
    admin_client, home, no_network, django_capture_on_commit_callbacks
):
    post_import(
        admin_client,
        upload("tidewater-wxr-1.2.xml"),
        django_capture_on_commit_callbacks,
        dry_run="on",
    )
    run = ImportRun.objects.get()
    assert run.status == ImportRun.Status.DONE, run.error
    assert run.dry_run and run.summary["dry_run"]
    assert run.summary["created"] == 12
    assert not ArticlePage.objects.exists()
    no_network.assert_not_called()


@pytest.mark.django_db
def test_a_malformed_file_fails_with_line_and_column_and_writes_nothing(
    admin_client, home, no_network, django_capture_on_commit_callbacks, settings
):
    pages_before = ArticlePage.objects.count()
    post_import(
        admin_client, upload("bad-malformed.xml"), django_capture_on_commit_callbacks
    )
    run = ImportRun.objects.get()
    assert run.status == ImportRun.Status.FAILED
    assert run.error.startswith("line 8, column 24: ")
    assert run.finished_at is not None
    assert ArticlePage.objects.count() == pages_before
    assert not ImportedRecord.objects.exists()
    assert list(Path(settings.IMPORT_UPLOAD_DIR).iterdir()) == []
    page = admin_client.get(reverse("masthead_import:run", args=[run.pk]))
    assert "line 8, column 24" in page.content.decode()


@pytest.mark.django_db
def test_a_file_over_the_limit_is_a_form_error(
    admin_client, settings, django_capture_on_commit_callbacks
):
    settings.IMPORT_UPLOAD_MAX_BYTES = 1000
    response = post_import(
        admin_client,
        upload("big.xml", b"<rss>" + b" " * 2000 + b"</rss>"),
        django_capture_on_commit_callbacks,
    )
    assert response.status_code == 400
    assert "larger than 1000\xa0bytes, the limit" in response.content.decode()
    assert not ImportRun.objects.exists()
    assert list(Path(settings.IMPORT_UPLOAD_DIR).iterdir()) == []


@pytest.mark.django_db
def test_a_file_of_the_wrong_kind_is_a_form_error(
    admin_client, django_capture_on_commit_callbacks
):
    response = post_import(
        admin_client, upload("export.zip", b"PK"), django_capture_on_commit_callbacks
    )
    assert response.status_code == 400
    assert "ends in .xml" in response.content.decode()
    assert not ImportRun.objects.exists()


@pytest.fixture
def editor(django_user_model):
    """Someone who may use the admin, but not import."""
    user = django_user_model.objects.create_user("editor", password="pw")
    group = Group.objects.create(name="Editors without import")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(group)
    return user


@pytest.mark.django_db
def test_users_without_the_permission_are_refused(client, editor, admin_user):
    run = ImportRun.objects.create(source_name="wordpress", created_by=admin_user)
    client.force_login(editor)
    assert client.get("/admin/").status_code == 200
    assert "Import archive" not in client.get("/admin/").content.decode()
    for url in (
        INDEX,
        reverse("masthead_import:run", args=[run.pk]),
        reverse("masthead_import:status", args=[run.pk]),
    ):
        # Wagtail answers PermissionDenied in the admin with a redirect home
        # and a "no permission" message.
        response = client.get(url)
        assert (response.status_code, response["Location"]) == (302, "/admin/"), url
    response = client.post(INDEX, {"source_name": "wordpress"})
    assert (response.status_code, response["Location"]) == (302, "/admin/")
    assert ImportRun.objects.count() == 1


@pytest.mark.django_db
def test_the_permission_alone_lets_a_role_import(client, editor):
    editor.groups.first().permissions.add(
        Permission.objects.get(codename="add_importrun")
    )
    client.force_login(editor)
    assert client.get(INDEX).status_code == 200


@pytest.mark.django_db
def test_the_upload_is_csrf_protected(admin_user, django_capture_on_commit_callbacks):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(admin_user)
    response = post_import(
        client, upload("tidewater-wxr-1.2.xml"), django_capture_on_commit_callbacks
    )
    assert response.status_code == 403
    assert not ImportRun.objects.exists()


@pytest.mark.django_db
def test_the_run_page_refreshes_while_the_import_runs(admin_client):
    run = ImportRun.objects.create(
        source_name="wordpress",
        status=ImportRun.Status.IMPORTING,
        total=40,
        processed=10,
    )
    content = admin_client.get(reverse("masthead_import:run", args=[run.pk])).content
    assert b'data-active="true"' in content
    assert b'<progress max="100" value="25"' in content
    assert b"<script>" not in content  # CSP: the refresh is a static file
    status = admin_client.get(reverse("masthead_import:status", args=[run.pk]))
    assert status.json()["active"] is True
    assert status["Cache-Control"].startswith("max-age=0")


@pytest.mark.django_db
def test_a_task_delivered_twice_runs_once(admin_user, tmp_path):
    run = ImportRun.objects.create(
        source_name="wordpress",
        status=ImportRun.Status.DONE,
        file_path=str(tmp_path / "gone.xml"),
    )
    run_import_task.call(run.pk)
    run.refresh_from_db()
    assert run.status == ImportRun.Status.DONE
