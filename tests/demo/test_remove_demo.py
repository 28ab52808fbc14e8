"""remove_demo deletes exactly what load_demo created, and nothing an editor made."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page, Site

from masthead.articles.models import ArticlePage
from masthead.authors.models import AuthorPage
from masthead.core.models import DEFAULT_MASTHEAD_NAME, MagazineSettings, MastheadImage
from masthead.demo import content
from masthead.demo.loader import NAME, DemoLoader
from masthead.demo.models import DemoObject
from masthead.home.models import FeaturedSlot, HomePage
from masthead.sections.models import SectionPage
from tests.factories import ArticleFactory, AuthorFactory, ImageFactory, SectionFactory
from tests.newsletter.subscription_helpers import make_subscriber

pytestmark = pytest.mark.django_db


def magazine():
    return MagazineSettings.for_site(Site.objects.get(is_default_site=True))


@pytest.fixture
def small_demo(home, django_capture_on_commit_callbacks):
    """The demo with four stories (all sections, writers and QiOSK items)."""
    title_before = home.title
    with django_capture_on_commit_callbacks(execute=False):
        # The renditions task is left out: slow, and not what is tested here.
        DemoLoader(articles=content.all_articles()[:4]).load()
    return {"home_title": title_before}


@pytest.fixture
def editors_own(small_demo):
    """What an editor made after the demo: all of it must survive."""
    own_section = SectionFactory(title="Our harbour desk", slug="harbour-desk")
    own_writer = AuthorFactory(title="Ines Ownwriter", slug="ines-ownwriter")
    own_image = ImageFactory(title="Our own photo")
    own_story = ArticleFactory(
        parent=own_section,
        slug="our-own-story",
        title="Our own story",
        authors=[own_writer],
        top_image=own_image,
    )
    demo_section = SectionPage.objects.get(slug=content.people.SECTIONS[0]["slug"])
    demo_writer = AuthorPage.objects.get(slug=content.people.AUTHORS[0]["slug"])
    # An editor's story filed in a demo section, crediting a demo writer.
    in_demo_section = ArticleFactory(
        parent=demo_section,
        slug="filed-in-a-demo-section",
        title="Filed in a demo section",
        authors=[demo_writer],
    )
    subscriber = make_subscriber("own-reader@example.org")
    return {
        "section": own_section,
        "writer": own_writer,
        "image": own_image,
        "story": own_story,
        "in_demo_section": in_demo_section,
        "demo_section": demo_section,
        "demo_writer": demo_writer,
        "subscriber": subscriber,
    }


def test_the_loader_records_what_it_creates(small_demo):
    demo_pages = DemoObject.objects.filter(field="").count()
    assert demo_pages > 0
    stories = ArticlePage.objects.count()
    assert stories == 4 + len(content.people.QIOSK_ITEMS)
    recorded_ids = set(DemoObject.objects.values_list("object_id", flat=True))
    for story in ArticlePage.objects.all():
        assert str(story.pk) in recorded_ids
    assert magazine().masthead_name == NAME
    assert DemoObject.objects.filter(field="masthead_name").get().value_before == (
        DEFAULT_MASTHEAD_NAME
    )
    assert "None" not in recorded_ids
    slot = FeaturedSlot.objects.get()
    assert str(slot.pk) in recorded_ids


def test_dry_run_lists_and_changes_nothing(editors_own):
    before = (Page.objects.count(), MastheadImage.objects.count())
    out = StringIO()
    call_command("remove_demo", "--dry-run", stdout=out)
    text = out.getvalue()
    assert "Dry run" in text and "Nothing changed" in text
    assert "delete article: " in text and "delete image: " in text
    assert "restore magazine settings masthead_name" in text.lower()
    assert "Our own story" not in text
    assert (Page.objects.count(), MastheadImage.objects.count()) == before
    assert magazine().masthead_name == NAME


def test_confirmation_is_asked_and_no_means_no(editors_own, monkeypatch):
    monkeypatch.setattr("builtins.input", lambda prompt: "no")
    before = Page.objects.count()
    with pytest.raises(CommandError, match="Cancelled"):
        call_command("remove_demo", stdout=StringIO())
    assert Page.objects.count() == before


def test_remove_demo_deletes_the_demo_and_keeps_the_editors_work(
    client, editors_own, small_demo, django_capture_on_commit_callbacks
):
    recorded = [
        int(pk) for pk in DemoObject.objects.values_list("object_id", flat=True)
    ]
    demo_story = ArticlePage.objects.filter(pk__in=recorded).exclude(
        article_type="qiosk"
    )[0]
    assert demo_story.title in client.get("/").content.decode()  # cached now
    settings = magazine()
    settings.tagline = "Our own tagline, set after the demo"
    settings.save()

    with django_capture_on_commit_callbacks(execute=True):
        call_command("remove_demo", "--no-input", stdout=StringIO())

    # The demo's stories, QiOSK items, photos and slots are gone.
    demo_slugs = [s["slug"] for s in content.all_articles()[:4]] + [
        q["slug"] for q in content.people.QIOSK_ITEMS
    ]
    assert not ArticlePage.objects.filter(slug__in=demo_slugs).exists()
    assert not FeaturedSlot.objects.exists()
    assert set(MastheadImage.objects.all()) == {
        editors_own["image"],
        editors_own["story"].top_image,
        editors_own["in_demo_section"].top_image,
    } | {AuthorPage.objects.get(pk=editors_own["demo_writer"].pk).photo}
    # Demo sections and writers are gone, except the ones the editor built on.
    demo_section_slugs = [s["slug"] for s in content.people.SECTIONS]
    assert list(
        SectionPage.objects.filter(slug__in=demo_section_slugs).values_list(
            "pk", flat=True
        )
    ) == [editors_own["demo_section"].pk]
    demo_writer_slugs = [a["slug"] for a in content.people.AUTHORS]
    assert list(
        AuthorPage.objects.filter(slug__in=demo_writer_slugs).values_list(
            "pk", flat=True
        )
    ) == [editors_own["demo_writer"].pk]
    # Everything the editor made survives, as it was.
    for key in ("section", "writer", "story", "in_demo_section"):
        page = Page.objects.get(pk=editors_own[key].pk)
        assert page.live, key
    assert ArticlePage.objects.get(pk=editors_own["story"].pk).top_image_id
    assert (
        editors_own["subscriber"]
        .__class__.objects.filter(email="own-reader@example.org")
        .exists()
    )
    # Settings the demo set go back to the defaults; the editor's tagline stays.
    settings = magazine()
    assert settings.masthead_name == DEFAULT_MASTHEAD_NAME
    assert settings.social_links() == []
    assert settings.tagline == "Our own tagline, set after the demo"
    assert Site.objects.get(is_default_site=True).site_name != NAME
    assert HomePage.objects.get().title == small_demo["home_title"]
    # The page cache forgot the demo.
    front = client.get("/").content.decode()
    assert demo_story.title not in front
    assert "Our own story" in front
    assert NAME not in front
    # Only what was kept is still recorded (to go once freed).
    kept = {int(pk) for pk in DemoObject.objects.values_list("object_id", flat=True)}
    assert editors_own["demo_section"].pk in kept


def test_running_it_again_finds_nothing(small_demo):
    call_command("remove_demo", "--no-input", stdout=StringIO())
    out = StringIO()
    call_command("remove_demo", "--no-input", stdout=out)
    assert "no demo content" in out.getvalue()
    assert not DemoObject.objects.exists()
    assert not ArticlePage.objects.exists()
    assert not MastheadImage.objects.exists()
