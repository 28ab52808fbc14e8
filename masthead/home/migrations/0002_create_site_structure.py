"""Replace Wagtail's welcome page with the magazine's home, writers and QiOSK pages.

The reader templates link to /authors/ and /qiosk/, so a fresh install has them
from its first migration, before any demo content is loaded.

Reversed, the magazine's home goes with everything under it, and a welcome page
like Wagtail's takes its place as the sites' root, as Wagtail's own initial data
left it; migrating forward again replaces it as the first time.
"""

from django.db import migrations

WELCOME_TITLE = "Welcome to your new Wagtail site!"


def create_site_structure(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    Locale = apps.get_model("wagtailcore.Locale")
    HomePage = apps.get_model("home.HomePage")
    AuthorIndexPage = apps.get_model("authors.AuthorIndexPage")
    QiosKIndexPage = apps.get_model("articles.QiosKIndexPage")

    if HomePage.objects.exists():
        return
    page_type = ContentType.objects.get(model="page", app_label="wagtailcore")
    welcome = Page.objects.filter(content_type=page_type, slug="home", depth=2)
    # Sites move to the new home rather than go with the welcome page (deleting
    # a site's root page deletes the site and its settings).
    site_ids = list(
        Site.objects.filter(root_page__in=welcome).values_list("pk", flat=True)
    )
    Site.objects.filter(pk__in=site_ids).update(root_page=Page.objects.get(depth=1))
    welcome.delete()
    locale = Locale.objects.order_by("pk").first()

    def content_type(model, app_label):
        return ContentType.objects.get_or_create(model=model, app_label=app_label)[0]

    home = HomePage.objects.create(
        title="Home",
        draft_title="Home",
        slug="home",
        content_type=content_type("homepage", "home"),
        path="00010001",
        depth=2,
        numchild=2,
        url_path="/home/",
        locale=locale,
    )
    AuthorIndexPage.objects.create(
        title="Our writers",
        draft_title="Our writers",
        slug="authors",
        intro="The correspondents, editors and contributors behind every story.",
        content_type=content_type("authorindexpage", "authors"),
        path="000100010001",
        depth=3,
        numchild=0,
        url_path="/home/authors/",
        locale=locale,
    )
    QiosKIndexPage.objects.create(
        title="QiOSK",
        draft_title="QiOSK",
        slug="qiosk",
        intro="Quick news from our correspondents: short items, as they happen.",
        content_type=content_type("qioskindexpage", "articles"),
        path="000100010002",
        depth=3,
        numchild=0,
        url_path="/home/qiosk/",
        locale=locale,
    )
    Page.objects.filter(depth=1).update(numchild=1)
    Site.objects.filter(pk__in=site_ids).update(root_page=home)
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home},
    )


def remove_site_structure(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    HomePage = apps.get_model("home.HomePage")

    root = Page.objects.get(depth=1)
    for home in HomePage.objects.order_by("-path"):
        site_ids = list(
            Site.objects.filter(root_page_id=home.pk).values_list("pk", flat=True)
        )
        Site.objects.filter(pk__in=site_ids).update(root_page=root)
        # With every page under it: their own tables go with the home app's.
        Page.objects.filter(path__startswith=home.path).delete()
        welcome = Page.objects.create(
            title=WELCOME_TITLE,
            draft_title=WELCOME_TITLE,
            slug="home",
            content_type=ContentType.objects.get_or_create(
                model="page", app_label="wagtailcore"
            )[0],
            path=home.path,
            depth=home.depth,
            numchild=0,
            url_path=home.url_path,
            locale_id=home.locale_id,
        )
        Site.objects.filter(pk__in=site_ids).update(root_page=welcome)
    root.numchild = Page.objects.filter(depth=2).count()
    root.save(update_fields=["numchild"])


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("authors", "0002_initial"),
        ("articles", "0003_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_site_structure, remove_site_structure)]
