"""A contributor's story goes to review; an editor approves it and it goes live."""

import pytest
from django.urls import reverse
from wagtail.models import Page, TaskState, WorkflowState

from masthead.articles.models import ArticlePage
from tests.factories import AuthorFactory
from tests.newsroom.conftest import (
    article_form,
    assert_refused,
    client_for,
    edit_form,
)

pytestmark = pytest.mark.django_db


def submit(client, parent, slug, author):
    """The contributor writes a story and presses "Submit for review"."""
    response = client.post(
        f"/admin/pages/add/articles/articlepage/{parent.pk}/",
        article_form("Mangrove replanting pays off", slug, author, action="submit"),
    )
    assert response.status_code == 302, response.content.decode()[:1500]
    return ArticlePage.objects.get(slug=slug)


def task_state(page):
    return TaskState.objects.get(
        workflow_state__object_id=str(page.pk), status=TaskState.STATUS_IN_PROGRESS
    )


def approve(client, page, state):
    return client.post(
        reverse(
            "wagtailadmin_pages:workflow_action", args=[page.pk, "approve", state.pk]
        ),
        {"comment": ""},
    )


def test_submission_goes_to_review_and_an_editor_publishes_it(
    contributor, editor, section, author, client, django_capture_on_commit_callbacks
):
    page = submit(client_for(contributor), section, "mangroves", author)
    assert not page.live
    state = task_state(page)
    workflow_state = state.workflow_state
    assert workflow_state.workflow.name == "Editorial review: Asia-Pacific"
    assert workflow_state.requested_by == contributor
    # It waits for editors: it is on the editor's dashboard, not the contributor's.
    assert TaskState.objects.reviewable_by(editor).filter(pk=state.pk).exists()
    assert not TaskState.objects.reviewable_by(contributor).exists()
    assert client.get("/asia-pacific/mangroves/").status_code == 404

    with django_capture_on_commit_callbacks(execute=True):
        response = approve(client_for(editor), page, state)
    assert response.status_code == 302
    page = Page.objects.get(pk=page.pk)
    assert page.live
    assert WorkflowState.objects.get(pk=workflow_state.pk).status == "approved"
    assert client.get("/asia-pacific/mangroves/").status_code == 200


def test_the_contributor_cannot_approve_their_own_submission(
    contributor, section, author
):
    client = client_for(contributor)
    page = submit(client, section, "self-approved", author)
    state = task_state(page)
    assert_refused(approve(client, page, state))
    assert not Page.objects.get(pk=page.pk).live
    assert TaskState.objects.get(pk=state.pk).status == "in_progress"


def test_section_editor_approves_in_their_section_only(
    contributor, section_editor, section, other_section, author
):
    writer = client_for(contributor)
    mine = submit(writer, section, "in-my-section", author)
    theirs = submit(writer, other_section, "in-europe", author)
    reviewer = client_for(section_editor)

    state = task_state(theirs)
    assert (
        not TaskState.objects.reviewable_by(section_editor).filter(pk=state.pk).exists()
    )
    assert_refused(approve(reviewer, theirs, state))
    assert not Page.objects.get(pk=theirs.pk).live
    assert TaskState.objects.get(pk=state.pk).status == "in_progress"

    response = approve(reviewer, mine, task_state(mine))
    assert response.status_code == 302
    assert Page.objects.get(pk=mine.pk).live


def test_editors_still_publish_directly(editor, story, author):
    response = client_for(editor).post(
        f"/admin/pages/{story.pk}/edit/",
        edit_form(story, author, action="publish", dek="Straight to print."),
    )
    assert response.status_code == 302
    assert Page.objects.get(pk=story.pk).specific.dek == "Straight to print."
    assert not WorkflowState.objects.filter(object_id=str(story.pk)).exists()


def test_pages_outside_sections_go_to_editorial_review(contributor, editor):
    """A writer's page (under "Our writers") follows the home page's workflow."""
    writer_page = AuthorFactory(title="Ines Placeholder", slug="ines", live=False)
    Page.objects.filter(pk=writer_page.pk).update(owner=contributor)
    writer_page = Page.objects.get(pk=writer_page.pk).specific
    workflow = writer_page.get_workflow()
    assert workflow.name == "Editorial review"
    task = workflow.tasks.get().specific
    assert set(task.groups.values_list("name", flat=True)) == {
        "Editor",
        "Managing editor",
    }


def test_reviewer_groups_of_each_section(section, other_section):
    for page in (section, other_section):
        task = page.get_workflow().tasks.get().specific
        assert set(task.groups.values_list("name", flat=True)) == {
            "Editor",
            "Managing editor",
            f"Section editors: {page.title}",
        }
