import datetime
import json

import pytest
from django.utils import timezone
from taggit.models import Tag
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page

from masthead.articles.models import ArticlePage
from masthead.authors.models import AuthorPage
from masthead.core.models import MastheadImage
from masthead.home.models import StandardPage
from masthead.importers import fetching
from masthead.importers.errors import FetchRefused, ImportFileError
from masthead.importers.models import ImportedRecord, ImportRun
from masthead.importers.pipeline import make_dek, run_import
from masthead.importers.records import ImportedImage, ItemKind, ItemStatus
from masthead.sections.models import SectionPage
from tests.importers.helpers import (
    AUTHORS,
    CATEGORIES,
    WHEN,
    ListReader,
    item,
    png_bytes,
)

pytestmark = pytest.mark.django_db


def reader_of(*items, **kwargs):
    kwargs.setdefault("authors", AUTHORS)
    kwargs.setdefault("categories", CATEGORIES)
    return ListReader(items, **kwargs)


def test_a_story_becomes_a_live_article_with_its_byline_section_tags_and_dates(home):
    story = item(
        "7",
        author_keys=["tomas", "mira"],
        category_keys=["japan", "culture"],
        tags=["Ports", "Dredging"],
        excerpt="<p>The council <b>cannot</b> agree.</p>",
        modified_at=WHEN + datetime.timedelta(days=2),
    )
    summary = run_import(reader_of(story))

    assert (summary.created, summary.failed) == (1, 0), summary.failures
    page = ArticlePage.objects.get()
    assert page.live and not page.has_unpublished_changes
    assert page.title == "Harbour dredging plan stalls, part 7"
    assert page.slug == "harbour-plan-7"
    assert page.dek == "The council cannot agree."
    # The source's dates, not the import's.
    assert page.first_published_at == WHEN
    assert page.last_published_at == WHEN
    # Byline order kept.
    assert [c.author.title for c in page.article_authors.order_by("sort_order")] == [
        "Tomas Feldgrau",
        "Mira Okonkwo-Test",
    ]
    # Japan's top-level ancestor is World: the section; the rest become tags.
    assert page.get_parent().specific.title == "World"
    assert sorted(page.tags.names()) == ["Culture", "Dredging", "Japan", "Ports"]
    assert page.body.raw_data[0]["value"] == (
        "<p>The council met on Tuesday to <b>argue</b> again.</p>"
    )
    mira = AuthorPage.objects.get(title="Mira Okonkwo-Test")
    assert mira.live and mira.bio == "Covers ports."
    assert summary.authors_created == 2 and summary.sections_created == 1


def test_categories_as_tags_put_stories_in_the_default_section(home):
    summary = run_import(
        reader_of(item("1", category_keys=["japan"]), item("2")), categories="tags"
    )
    assert summary.created == 2
    archive = SectionPage.objects.get(slug="archive")
    assert archive.title == "Archive" and archive.live
    assert ArticlePage.objects.child_of(archive).count() == 2
    assert list(ArticlePage.objects.get(slug="harbour-plan-1").tags.names()) == [
        "Japan"
    ]


def test_uncategorised_stories_go_to_the_named_existing_section(section):
    run_import(reader_of(item("1")), default_section=section.slug)
    assert ArticlePage.objects.get().get_parent().pk == section.pk
    assert not SectionPage.objects.filter(slug="archive").exists()


def test_an_existing_section_and_author_are_reused(section, author):
    categories = [*CATEGORIES, type(CATEGORIES[0])(key="asia-pacific", name="APAC")]
    authors = [type(AUTHORS[0])(key="hana", name="Hana Testwriter")]
    run_import(
        ListReader(
            [item("1", category_keys=["asia-pacific"], author_keys=["hana"])],
            authors=authors,
            categories=categories,
        )
    )
    page = ArticlePage.objects.get()
    assert page.get_parent().pk == section.pk
    assert page.article_authors.get().author_id == author.pk
    assert SectionPage.objects.count() == 1 and AuthorPage.objects.count() == 1


def test_an_unsigned_story_has_no_credit(home):
    run_import(reader_of(item("1")))
    assert ArticlePage.objects.get().article_authors.count() == 0


def test_dek_is_plain_text_cut_at_a_word_with_an_ellipsis():
    words = "harbour " * 60
    dek = make_dek(f"<p>{words}</p>")
    assert len(dek) <= 300 and dek.endswith("…")
    assert dek[:-1].split(" ")[-1] == "harbour"
    assert make_dek("") == ""
    assert make_dek("Short one.") == "Short one."


@pytest.mark.parametrize(
    "status", [ItemStatus.DRAFT, ItemStatus.PENDING, ItemStatus.PRIVATE]
)
def test_unpublished_statuses_become_drafts(home, status):
    summary = run_import(reader_of(item("1", status=status)))
    page = ArticlePage.objects.get()
    assert not page.live and page.live_revision is None
    assert page.latest_revision is not None
    assert summary.drafts == 1 and summary.live == 0
    # An old address redirecting to a draft would reveal it.
    assert not Redirect.objects.exists()


def test_a_future_story_is_scheduled_not_live(home):
    when = timezone.now() + datetime.timedelta(days=3)
    summary = run_import(
        reader_of(item("1", status=ItemStatus.FUTURE, published_at=when))
    )
    page = ArticlePage.objects.get()
    assert not page.live
    assert page.go_live_at == when
    assert page.latest_revision.approved_go_live_at == when
    assert summary.scheduled == 1


def test_a_future_story_whose_time_has_passed_is_a_plain_draft(home):
    run_import(reader_of(item("1", status=ItemStatus.FUTURE)))
    page = ArticlePage.objects.get()
    assert not page.live and page.go_live_at is None
    assert page.latest_revision.approved_go_live_at is None


@pytest.mark.search_index
def test_drafts_appear_on_no_public_surface(client, home):
    draft = item(
        "1",
        title="Secret zeppelin harbour draft",
        status=ItemStatus.DRAFT,
        category_keys=["culture"],
        tags=["Zeppelins"],
        author_keys=["mira"],
    )
    scheduled = item(
        "2",
        title="Secret zeppelin scheduled story",
        status=ItemStatus.FUTURE,
        published_at=timezone.now() + datetime.timedelta(days=1),
        category_keys=["culture"],
    )
    run_import(reader_of(draft, scheduled))
    assert ArticlePage.objects.count() == 2
    section = SectionPage.objects.get(slug="culture")
    mira = AuthorPage.objects.get()
    urls = [
        "/",
        section.url,
        mira.url,
        "/latest/",
        "/feed/",
        f"/feed/section/{section.slug}/",
        f"/feed/author/{mira.slug}/",
        "/tags/zeppelins/",
        "/sitemap.xml",
        f"/sitemap-{section.slug}.xml",
        "/news-sitemap.xml",
        "/api/v3/articles/",
        "/search/?q=zeppelin",
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code in (200, 404), url
        # (The search page repeats the query, and a 404 the address.)
        assert b"secret zeppelin" not in response.content.lower(), url
    for page in ArticlePage.objects.all():
        assert client.get(f"{section.url}{page.slug}/").status_code == 404
        assert client.get(f"/api/v3/articles/{page.pk}/").status_code == 404


def test_a_page_becomes_a_standard_page_under_home(client, home):
    summary = run_import(
        reader_of(
            item(
                "about",
                kind=ItemKind.PAGE,
                title="About the Harbour Gazette",
                slug="about",
                body_html="<h2>Who we are</h2><p>A small crew of writers.</p>",
                old_urls=["https://old.example/about-us/"],
            )
        )
    )
    assert summary.created == 1
    page = StandardPage.objects.get()
    assert page.get_parent().pk == home.pk and page.live
    response = client.get("/about/")
    assert response.status_code == 200
    assert b"A small crew of writers." in response.content
    assert b"Who we are" in response.content
    assert client.get("/about-us/").headers["Location"] == "/about/"


def test_the_same_file_again_changes_nothing(home):
    items = [
        item(str(n), author_keys=["mira"], category_keys=["asia"]) for n in range(3)
    ]
    run_import(reader_of(*items))
    revisions = {p.pk: p.latest_revision_id for p in ArticlePage.objects.all()}
    pages = Page.objects.count()

    summary = run_import(reader_of(*items))

    assert (summary.created, summary.updated, summary.unchanged) == (0, 0, 3)
    assert Page.objects.count() == pages
    assert {p.pk: p.latest_revision_id for p in ArticlePage.objects.all()} == revisions
    assert summary.authors_created == summary.sections_created == 0


def test_a_changed_item_gets_a_new_published_revision(home):
    run_import(reader_of(item("1")))
    page = ArticlePage.objects.get()
    first_revision = page.latest_revision_id

    summary = run_import(
        reader_of(item("1", body_html="<p>The council finally agreed.</p>", tags=["X"]))
    )

    assert summary.updated == 1
    page.refresh_from_db()
    assert page.latest_revision_id != first_revision
    assert page.live_revision_id == page.latest_revision_id
    assert "finally agreed" in page.body.raw_data[0]["value"]
    assert list(page.tags.names()) == ["X"]
    record = ImportedRecord.objects.get(kind="article")
    assert record.revision_id == page.latest_revision_id


def test_an_item_the_source_unpublished_is_taken_down(home):
    run_import(reader_of(item("1")))
    run_import(reader_of(item("1", status=ItemStatus.DRAFT)))
    assert not ArticlePage.objects.get().live


def test_an_item_an_editor_changed_is_a_conflict_left_alone(home):
    run_import(reader_of(item("1")))
    page = ArticlePage.objects.get()
    page.title = "Edited by the desk"
    page.save_revision().publish()
    edited_revision = page.latest_revision_id

    summary = run_import(reader_of(item("1", title="The source's new headline")))

    assert summary.conflicts == 1 and summary.updated == 0
    assert summary.conflict_items[0]["source_id"] == "1"
    assert "editor" in summary.conflict_items[0]["reason"]
    page.refresh_from_db()
    assert page.title == "Edited by the desk"
    assert page.latest_revision_id == edited_revision


def test_a_file_error_writes_nothing(home):
    pages = Page.objects.count()
    reader = ListReader([item("1")], authors=AUTHORS, error="not well-formed")
    run = ImportRun.objects.create(source_name="testformat")
    with pytest.raises(ImportFileError, match="line 3, column 7"):
        run_import(reader, run=run)
    assert Page.objects.count() == pages
    assert not ImportedRecord.objects.exists()
    assert reader.yielded == 0


def test_one_failing_item_is_reported_and_the_others_go_on(home):
    broken = item("2", published_at="the day after the storm")
    summary = run_import(reader_of(item("1"), broken, item("3")))
    assert (summary.created, summary.failed) == (2, 1)
    assert summary.failures[0]["source_id"] == "2"
    assert summary.failures[0]["title"] == broken.title
    assert "the day after the storm" in summary.failures[0]["reason"]
    assert sorted(ArticlePage.objects.values_list("slug", flat=True)) == [
        "harbour-plan-1",
        "harbour-plan-3",
    ]
    assert not ImportedRecord.objects.filter(source_id="2").exists()


def test_unknown_kinds_are_skipped_and_the_readers_skips_reported(home):
    summary = run_import(
        reader_of(item("1"), item("2", kind="video"), skipped={"comment": 4})
    )
    assert summary.created == 1 and summary.skipped == 1
    assert summary.inventory_skipped == {"comment": 4}
    assert any("comment 4" in line for line in summary.lines())


def test_slugs_are_made_unique_among_siblings(home):
    run_import(reader_of(item("1", slug="same"), item("2", slug="same"), item("3")))
    assert sorted(ArticlePage.objects.values_list("slug", flat=True)) == [
        "harbour-plan-3",
        "same",
        "same-2",
    ]


def test_a_dry_run_writes_nothing_and_reports_the_same(home, monkeypatch):
    def no_fetching(url):
        raise AssertionError("a dry run fetched media")

    monkeypatch.setattr(fetching, "fetch_image", no_fetching)
    items = [
        item(
            "1",
            author_keys=["mira"],
            category_keys=["asia"],
            featured_image=ImportedImage(url="https://cdn.example/a.jpg"),
        ),
        item("2", status=ItemStatus.DRAFT),
    ]
    pages = Page.objects.count()
    run = ImportRun.objects.create(source_name="testformat", dry_run=True)

    dry = run_import(reader_of(*items), dry_run=True, run=run)

    assert Page.objects.count() == pages
    assert not ImportedRecord.objects.exists()
    assert not Redirect.objects.exists() and not Tag.objects.exists()
    assert dry.media_would_fetch == 1 and dry.media_fetched == 0
    run.refresh_from_db()
    assert run.status == ImportRun.Status.DONE and run.summary["created"] == 2

    monkeypatch.setattr(
        fetching, "fetch_image", lambda url: fetching.Fetched(url, png_bytes(), "")
    )
    real = run_import(reader_of(*items))
    for field in ("created", "drafts", "live", "authors_created", "redirects"):
        assert getattr(dry, field) == getattr(real, field), field


def test_media_fetched_once_per_url_with_credit_and_caption(home, monkeypatch):
    fetched = []

    def fetch_image(url):
        fetched.append(url)
        return fetching.Fetched(url, png_bytes(), "image/png")

    monkeypatch.setattr(fetching, "fetch_image", fetch_image)
    photo = ImportedImage(
        url="https://cdn.example/harbour.png",
        alt_text="",
        caption="Dredgers at dawn",
        credit="Ines Fotografa",
        title="Dredgers",
    )
    body = (
        '<figure><img src="/wp-content/uploads/2021/03/crane.png" alt="A crane" '
        'data-credit="Harbour Authority"><figcaption>The crane</figcaption></figure>'
    )
    summary = run_import(
        reader_of(
            item("1", featured_image=photo, body_html=body),
            item("2", featured_image=photo),
        )
    )
    assert summary.created == 2
    assert fetched == [
        "https://old.example/wp-content/uploads/2021/03/crane.png",
        "https://cdn.example/harbour.png",
    ]
    assert summary.media_fetched == 2 and summary.media_reused == 1
    first, second = ArticlePage.objects.order_by("slug")
    assert first.top_image_id == second.top_image_id
    image = first.top_image
    # No alt text in the export: saved anyway, for the "needs alt text" report.
    assert (image.alt_text, image.credit, image.title) == (
        "",
        "Ines Fotografa",
        "Dredgers",
    )
    assert first.top_image_caption == "Dredgers at dawn"
    block = first.body.raw_data[0]
    assert block["type"] == "image"
    crane = MastheadImage.objects.get(pk=block["value"]["image"])
    assert crane.alt_text == "A crane" and crane.credit == "Harbour Authority"
    assert block["value"]["caption"] == "The crane"


def test_a_missing_or_refused_image_is_reported_and_the_story_imports(
    home, monkeypatch
):
    def refuse(url):
        raise FetchRefused(url, "a private address")

    monkeypatch.setattr(fetching, "fetch_image", refuse)
    summary = run_import(
        reader_of(
            item(
                "1",
                featured_image=ImportedImage(url="http://10.0.0.5/x.jpg"),
                body_html='<p>Text.</p><img src="relative/only.jpg"><p>More.</p>',
            ),
            site_url="",
        )
    )
    assert summary.created == 1
    page = ArticlePage.objects.get()
    assert page.top_image is None
    assert [b["type"] for b in page.body.raw_data] == ["paragraph", "paragraph"]
    reasons = {m["url"]: m["reason"] for m in summary.media_missing}
    assert reasons["http://10.0.0.5/x.jpg"] == "a private address"
    assert "relative" in reasons["relative/only.jpg"]
    assert summary.media_missing_count == 2


def test_media_dir_finds_uploads_and_refuses_to_leave_it(home, tmp_path, monkeypatch):
    monkeypatch.setattr(fetching, "fetch_image", lambda url: 1 / 0)
    (tmp_path / "2021" / "03").mkdir(parents=True)
    (tmp_path / "2021" / "03" / "gull.png").write_bytes(png_bytes("white"))
    (tmp_path / "notes.png").write_bytes(b"not an image at all")
    secret = tmp_path.parent / "secret.png"
    secret.write_bytes(png_bytes())
    body = (
        '<img src="https://old.example/wp-content/uploads/2021/03/gull.png" '
        'alt="A gull">'
        '<img src="/wp-content/uploads/notes.png">'
        '<img src="../secret.png">'
    )
    summary = run_import(
        reader_of(item("1", body_html=body), site_url=""), media_dir=tmp_path
    )
    assert summary.created == 1 and summary.media_from_dir == 1
    assert MastheadImage.objects.get().alt_text == "A gull"
    reasons = {m["url"]: m["reason"] for m in summary.media_missing}
    assert "not an image" in reasons["/wp-content/uploads/notes.png"]
    assert "../secret.png" in reasons


def test_progress_and_the_run_record(home):
    calls = []
    run = ImportRun.objects.create(source_name="testformat")
    summary = run_import(
        reader_of(item("1"), item("2")),
        progress=lambda done, total: calls.append((done, total)),
        run=run,
    )
    assert calls == [(1, 2), (2, 2)]
    run.refresh_from_db()
    assert (run.status, run.total, run.processed) == (ImportRun.Status.DONE, 2, 2)
    assert run.started_at and run.finished_at
    assert run.summary == json.loads(json.dumps(summary.as_dict()))
    assert ImportedRecord.objects.filter(kind="article", run=run).count() == 2


def test_unicode_text_round_trips(client, home):
    title = "Ἀθῆναι 𝔐𝔞𝔤 🚢 — שלום עולם\u00a0x"
    body = (
        "<p>Emoji 🚢 and 𝔐 with RTL שלום, "
        "no\u2011break\u00a0space, zero\u200bwidth.</p>"
    )
    run_import(reader_of(item("1", title=title, body_html=body)))
    page = ArticlePage.objects.get()
    assert page.title == title
    assert page.body.raw_data[0]["value"] == body
    response = client.get(page.url)
    assert title.encode() in response.content
    assert "zero\u200bwidth".encode() in response.content
