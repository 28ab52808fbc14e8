import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone

from masthead.articles.models import ArticlePage
from tests.factories import ArticleFactory, schedule

pytestmark = pytest.mark.django_db


def test_scheduler_publishes_a_story_whose_time_has_come(client, section, author):
    story = schedule(
        ArticleFactory(parent=section, authors=[author], slug="embargo", live=False)
    )
    assert client.get("/asia-pacific/embargo/").status_code == 404
    call_command("scheduler", once=True)
    assert not ArticlePage.objects.get(pk=story.pk).live  # not yet: due tomorrow

    # Move the approved go-live time into the past, as time passing would.
    past = timezone.now() - datetime.timedelta(minutes=1)
    revision = story.latest_revision
    revision.approved_go_live_at = past
    revision.content["go_live_at"] = past.isoformat()
    revision.save()
    call_command("scheduler", once=True)
    assert ArticlePage.objects.get(pk=story.pk).live
    assert client.get("/asia-pacific/embargo/").status_code == 200
