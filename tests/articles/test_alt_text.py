"""Images without alt text: listed for editors, and never published in a new story."""

import pytest
from django.contrib.auth.models import Group, Permission
from wagtail.models import Collection, GroupCollectionPermission

from masthead.articles.models import ArticlePage
from tests.articles.admin_forms import add_url, article_form, edit_url
from tests.factories import ImageFactory

pytestmark = pytest.mark.django_db

REPORT = "/admin/reports/images-needing-alt-text/"


def imported_image(title):
    """As an import saves it: no alt text, no full_clean()."""
    return ImageFactory(title=title, alt_text="")


# --- The report -----------------------------------------------------------------


def test_report_lists_images_without_alt_text(admin_client):
    lacking = imported_image("Quay at dawn")
    blank = imported_image("Blank spaces")
    blank.alt_text = "   "
    blank.save()
    described = ImageFactory(title="Described crane")
    response = admin_client.get(REPORT)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Images needing alt text" in html
    assert "Quay at dawn" in html and "Blank spaces" in html
    assert "Described crane" not in html
    assert f'href="/admin/images/{lacking.pk}/"' in html
    assert "<img" in html  # a thumbnail
    assert "0 places" in html
    assert described.pk  # listed nowhere


def test_report_counts_where_an_image_is_used(admin_client, section, author):
    from wagtail.models import ReferenceIndex

    from tests.factories import ArticleFactory

    image = imported_image("Used twice")
    for slug in ("one", "two"):
        story = ArticleFactory(
            parent=section, slug=slug, authors=[author], top_image=image
        )
        ReferenceIndex.create_or_update_for_object(story)
    html = admin_client.get(REPORT).content.decode()
    assert "2 places" in html


def test_report_is_in_the_reports_menu_for_image_editors(admin_client):
    html = admin_client.get("/admin/").content.decode()
    assert REPORT in html


def test_report_refused_to_users_who_cannot_change_images(client, django_user_model):
    editor = django_user_model.objects.create_user("writer", password="pw")
    group = Group.objects.create(name="Page people")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    editor.groups.add(group)
    client.force_login(editor)
    imported_image("Secret quay")
    response = client.get(REPORT)
    assert response.status_code in (302, 403)
    assert b"Secret quay" not in response.content
    assert REPORT not in client.get("/admin/").content.decode()

    # Given the right to change images, the same user sees it.
    GroupCollectionPermission.objects.create(
        group=group,
        collection=Collection.get_first_root_node(),
        permission=Permission.objects.get(codename="change_image"),
    )
    assert client.get(REPORT).status_code == 200
    assert b"Secret quay" in client.get(REPORT).content


# --- Publishing is refused, drafts are not ---------------------------------------


def test_new_story_with_top_image_lacking_alt_text_cannot_be_published(
    admin_client, section, author
):
    image = imported_image("No words")
    form = article_form(
        "Harbour reopens", "harbour-reopens", authors=[author], top_image=image
    )
    response = admin_client.post(
        add_url(section), {**form, "action-publish": "1"}, follow=True
    )
    page = ArticlePage.objects.get(slug="harbour-reopens")
    assert not page.live  # refused...
    assert page.get_latest_revision() is not None  # ...but kept as a draft
    html = response.content.decode()
    assert "Not published" in html and "alt text" in html
    assert f"/admin/images/{image.pk}/" in html

    # The draft saves without complaint.
    form = article_form(
        "Harbour reopens", "harbour-reopens", page=page, top_image=image
    )
    response = admin_client.post(edit_url(page), form)
    assert response.status_code == 302
    page.refresh_from_db()
    assert not page.live

    # Alt text added: publishing goes through.
    image.alt_text = "A crane lifting a container onto a ship at dawn"
    image.save()
    response = admin_client.post(edit_url(page), {**form, "action-publish": "1"})
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.live


def test_body_image_lacking_alt_text_blocks_publishing_a_live_story(
    admin_client, section, author
):
    from tests.factories import ArticleFactory

    story = ArticleFactory(
        parent=section, slug="live-one", authors=[author], title="Live one"
    )
    image = imported_image("Body shot")
    form = article_form(
        "Live one, revised",
        "live-one",
        page=story,
        top_image=story.top_image,
        body_image=image,
    )
    admin_client.post(edit_url(story), {**form, "action-publish": "1"})
    story.refresh_from_db()
    assert story.title == "Live one"  # the live version is unchanged
    assert story.get_latest_revision().as_object().title == "Live one, revised"
    image.alt_text = "Nets drying on the harbour wall"
    image.save()
    admin_client.post(edit_url(story), {**form, "action-publish": "1"})
    story.refresh_from_db()
    assert story.title == "Live one, revised"


def test_programmatic_saves_are_not_blocked(section, author):
    """Imports save and publish revisions without the admin's publish path."""
    from tests.factories import ArticleFactory

    story = ArticleFactory(
        parent=section, authors=[author], top_image=imported_image("x")
    )
    assert story.live
