"""The visitor hash: salted per day, the salt destroyed when the day is over."""

import datetime

import pytest

from masthead.analytics import rollups, salts
from masthead.analytics.models import DailySalt

pytestmark = pytest.mark.django_db

DAY = datetime.date(2026, 3, 2)


def test_one_salt_per_day_made_on_first_use():
    first = salts.salt_for(DAY)
    salts.forget()  # another process: same salt, from the database
    assert salts.salt_for(DAY) == first
    assert len(first) == 32
    assert DailySalt.objects.count() == 1


def test_a_new_day_destroys_the_salts_before_it():
    salts.salt_for(DAY)
    salts.salt_for(DAY + datetime.timedelta(days=1))
    assert list(DailySalt.objects.values_list("day", flat=True)) == [
        DAY + datetime.timedelta(days=1)
    ]


def test_the_same_reader_gets_another_number_the_next_day():
    today = salts.visitor_hash(DAY, "198.51.100.4", "Firefox", 2)
    assert today == salts.visitor_hash(DAY, "198.51.100.4", "Firefox", 2)
    assert today != salts.visitor_hash(DAY, "198.51.100.4", "Firefox", 3)  # site
    tomorrow = salts.visitor_hash(
        DAY + datetime.timedelta(days=1), "198.51.100.4", "Firefox", 2
    )
    assert tomorrow != today
    # Yesterday's salt is gone: the number cannot be made again.
    assert not DailySalt.objects.filter(day=DAY).exists()


def test_the_scheduled_job_destroys_yesterdays_salt_even_without_views():
    salts.salt_for(DAY)
    now = datetime.datetime(2026, 3, 3, 0, 5, tzinfo=datetime.UTC)
    rollups.run_due_rollups(now=now)
    assert not DailySalt.objects.exists()


def test_privacy_doc_names_what_is_kept():
    from pathlib import Path

    text = (Path(__file__).resolve().parents[2] / "docs" / "privacy.md").read_text()
    for term in ("ANALYTICS_RAW_DAYS", "salt", "Sec-GPC", "no cookie", "visitor"):
        assert term.lower() in text.lower(), term
