"""Replace Wagtail's welcome page with the magazine's home, writers and QiOSK pages.

The reader templates link to /authors/ and /qiosk/, so a fresh install has them
from its first migration, before any demo content is loaded.
"""

from django.db import migrations


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
    Page.objects.filter(content_type=page_type, slug="home", depth=2).delete()
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
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home},
    )


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("authors", "0002_initial"),
        ("articles", "0003_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_site_structure, migrations.RunPython.noop)]
