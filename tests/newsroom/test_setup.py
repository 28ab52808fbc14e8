"""The roles exist after ``migrate`` (the test database is built by migrating),
section editors' groups follow their sections, and the admin says what each
group is for."""

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.models import (
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowState,
    WorkflowTask,
)

from masthead.newsroom import roles
from masthead.newsroom.models import Role
from tests.factories import SectionFactory
from tests.newsroom.conftest import client_for

pytestmark = pytest.mark.django_db

NAMES = [
    "Contributor",
    "Section editor",
    "Editor",
    "Newsletter editor",
    "Managing editor",
]


def page_codenames(group, page):
    return set(
        GroupPagePermission.objects.filter(group=group, page=page).values_list(
            "permission__codename", flat=True
        )
    )


def model_perms(group):
    return {
        f"{app}.{codename}"
        for app, codename in group.permissions.values_list(
            "content_type__app_label", "codename"
        )
    }


def test_migrate_creates_every_role_with_a_description(home):
    for spec, name in zip(roles.ROLES, NAMES, strict=True):
        group = Group.objects.get(name=name)
        assert group.role.key == spec.key
        assert len(group.role.description) > 40
        assert "wagtailadmin.access_admin" in model_perms(group)
    # Wagtail's empty starter groups are gone: no "Editors" beside "Editor".
    assert not Group.objects.filter(name__in=["Editors", "Moderators"]).exists()


def test_page_permissions_on_the_home_page(home):
    def perms(name):
        return page_codenames(Group.objects.get(name=name), home)

    assert perms("Contributor") == {"add_page", "change_page"}
    assert perms("Section editor") == set()
    assert perms("Editor") == {
        "add_page",
        "change_page",
        "publish_page",
        "lock_page",
        "unlock_page",
    }
    assert perms("Newsletter editor") == set()
    assert perms("Managing editor") == perms("Editor") | {"bulk_delete_page"}
    # Nothing anywhere else: the home page is the root of every story.
    assert (
        not GroupPagePermission.objects.filter(group__role__key__isnull=False)
        .exclude(page=home)
        .exists()
    )


def test_model_permissions_of_each_role(home):
    def perms(name):
        return model_perms(Group.objects.get(name=name))

    assert perms("Contributor") <= {
        "wagtailadmin.access_admin",
        "wagtaildocs.choose_document",  # Wagtail gives it to every admin group
    }
    assert perms("Editor") >= set(roles.REDIRECTS)
    assert not perms("Editor") & set(roles.SETTINGS + roles.PEOPLE + roles.NEWSLETTER)
    assert perms("Newsletter editor") >= set(roles.NEWSLETTER)
    assert not perms("Newsletter editor") & set(roles.SETTINGS + roles.PEOPLE)
    managing = perms("Managing editor")
    for other in NAMES:
        assert perms(other) <= managing, other
    assert managing >= {
        "core.change_magazinesettings",
        "auth.change_user",
        "auth.change_group",
        "wagtailcore.change_workflow",
        "wagtailredirects.change_redirect",
        "importers.add_importrun",
    }
    contributor = Group.objects.get(name="Contributor")
    images = set(
        GroupCollectionPermission.objects.filter(group=contributor).values_list(
            "permission__codename", flat=True
        )
    )
    assert {"add_image", "choose_image"} <= images
    assert not images & {"change_image", "delete_image"}


def test_editorial_review_is_attached_to_the_home_page(home):
    workflow = WorkflowPage.objects.get(page=home).workflow
    assert workflow.name == "Editorial review"
    assert workflow.active
    # Wagtail's starter workflow lost its group with it, so it is retired.
    assert not Workflow.objects.filter(name="Moderators approval", active=True).exists()


def test_running_the_roles_again_changes_nothing(home, section):
    def snapshot():
        return (
            sorted(Group.objects.values_list("name", flat=True)),
            Permission.objects.filter(group__isnull=False).count(),
            GroupPagePermission.objects.count(),
            GroupCollectionPermission.objects.count(),
            Workflow.objects.count(),
            WorkflowPage.objects.count(),
            Role.objects.count(),
        )

    before = snapshot()
    roles.apply_roles(apps)
    roles.apply_roles(apps)
    assert snapshot() == before


def test_a_new_section_gets_its_editors_group_and_review(home):
    section = SectionFactory(title="Sahel", slug="sahel")
    group = Group.objects.get(name="Section editors: Sahel")
    assert group.role.section_id == section.pk
    assert "Sahel" in group.role.description
    assert page_codenames(group, section) == {
        "add_page",
        "change_page",
        "publish_page",
        "lock_page",
    }
    assert section.get_workflow().name == "Editorial review: Sahel"


def test_renaming_a_section_renames_its_group_and_workflow(home):
    section = SectionFactory(title="Sahel", slug="sahel")
    group_pk = Group.objects.get(name="Section editors: Sahel").pk
    section.title = "West Africa"
    section.save_revision().publish()
    group = Group.objects.get(pk=group_pk)
    assert group.name == "Section editors: West Africa"
    assert "West Africa" in group.role.description
    assert Page.objects.get(pk=section.pk).get_workflow().name == (
        "Editorial review: West Africa"
    )
    # Members and permissions stay with the renamed group.
    assert page_codenames(group, section)


def test_two_sections_with_one_title_get_two_groups(home):
    first = SectionFactory(title="Politics", slug="politics")
    second = SectionFactory(title="Politics", slug="politics-2")
    assert Role.objects.get(section=first).group.name == "Section editors: Politics"
    assert Role.objects.get(section=second).group.name == (
        f"Section editors: Politics #{second.pk}"
    )
    # Each reviews its own section only: the two never share a review task.
    first_task = first.get_workflow().tasks.get().specific
    second_task = second.get_workflow().tasks.get().specific
    assert first_task.pk != second_task.pk
    assert second.get_workflow().name == f"Editorial review: Politics #{second.pk}"
    assert not first_task.groups.filter(name__contains=f"#{second.pk}").exists()


def test_deleting_a_section_deletes_its_group_and_workflow(home):
    section = SectionFactory(title="Sahel", slug="sahel")
    workflow_pk = section.get_workflow().pk
    section.delete()
    assert not Group.objects.filter(name="Section editors: Sahel").exists()
    assert not Workflow.objects.filter(pk=workflow_pk).exists()
    # The roles themselves are untouched.
    assert Group.objects.filter(name__in=NAMES).count() == len(NAMES)


# The admin says what each group is for ---------------------------------------


def test_groups_list_shows_descriptions(managing_editor, section):
    html = client_for(managing_editor).get("/admin/groups/").content.decode()
    for name in NAMES:
        assert name in html
    assert Group.objects.get(name="Contributor").role.description[:40] in html
    assert "Section editors: Asia-Pacific" in html


def test_group_edit_page_shows_and_saves_the_description(managing_editor):
    group = Group.objects.get(name="Newsletter editor")
    client = client_for(managing_editor)
    url = reverse("wagtailusers_groups:edit", args=[group.pk])
    response = client.get(url)
    html = response.content.decode()
    assert "What this group can do" in html
    assert group.role.description[:40] in html

    shown = response.context["form"].fields["permissions"].queryset
    data = {
        "name": "Newsletter editor",
        "description": "Sends the Friday letter.",
        "permissions": list(
            group.permissions.filter(pk__in=shown).values_list("pk", flat=True)
        ),
    }
    # The permission panels (pages, images, documents, collections, settings)
    # posted empty, as the browser would for a group without such rights.
    for panel in response.context["permission_panels"]:
        prefix = getattr(panel, "prefix", None)
        if prefix and hasattr(panel, "management_form"):
            for field in ("TOTAL_FORMS", "INITIAL_FORMS", "MIN_NUM_FORMS"):
                data.setdefault(f"{prefix}-{field}", "0")
            data.setdefault(f"{prefix}-MAX_NUM_FORMS", "1000")
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Role.objects.get(group=group).description == "Sends the Friday letter."
    assert Role.objects.get(group=group).key == "newsletter_editor"


def test_user_form_lists_each_group_with_its_description(managing_editor):
    html = (
        client_for(managing_editor)
        .get(reverse("wagtailusers_users:add"))
        .content.decode()
    )
    contributor = Group.objects.get(name="Contributor")
    assert f"Contributor — {contributor.role.description[:30]}" in html
    # Only an administrator is offered "Administrator".
    assert 'name="is_superuser"' not in html
    admin = get_user_model().objects.create_superuser("boss", "b@example.org", "pw")
    html = client_for(admin).get(reverse("wagtailusers_users:add")).content.decode()
    assert 'name="is_superuser"' in html


def test_running_the_roles_again_restores_a_missing_section_group(home, section):
    """The data migration also gives sections that already exist their group."""
    Role.objects.get(section=section).group.delete()
    roles.apply_roles(apps)
    group = Group.objects.get(name="Section editors: Asia-Pacific")
    assert group.role.section_id == section.pk
    assert page_codenames(group, section)
    # …and it reviews the section again.
    task = section.get_workflow().tasks.get().specific
    assert task.groups.filter(pk=group.pk).exists()


def test_wagtails_starter_groups_go_only_when_unused(home, story):
    Group.objects.create(name="Editors")
    moderators = Group.objects.create(name="Moderators")
    member = get_user_model().objects.create_user("mod")
    member.groups.add(moderators)
    roles.apply_roles(apps)
    assert not Group.objects.filter(name="Editors").exists()
    assert Group.objects.filter(name="Moderators").exists()  # someone is in it

    # Nobody in it, but a review is under way in its workflow: it stays too.
    member.groups.clear()
    task = GroupApprovalTask.objects.create(name="Moderators approval")
    task.groups.add(moderators)
    workflow = Workflow.objects.create(name="Moderators approval")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    workflow.start(story, member)
    roles.apply_roles(apps)
    assert Group.objects.filter(name="Moderators").exists()
    assert Workflow.objects.get(pk=workflow.pk).active

    # Once that review is over, the group and its workflow are retired.
    WorkflowState.objects.filter(workflow=workflow).update(status="approved")
    roles.apply_roles(apps)
    assert not Group.objects.filter(name="Moderators").exists()
    assert not Workflow.objects.get(pk=workflow.pk).active
