import pytest

from masthead.articles.models import ArticlePage
from masthead.importers.pipeline import run_import
from tests.importers.helpers import AUTHORS, CATEGORIES, ListReader, item


@pytest.mark.django_db
def test_smoke(home):
    reader = ListReader(
        [item("1", author_keys=["mira", "tomas"], category_keys=["japan"], tags=["Ports"])],
        authors=AUTHORS,
        categories=CATEGORIES,
    )
    summary = run_import(reader)
    print(summary.lines())
    assert summary.created == 1, summary.failures
    page = ArticlePage.objects.get()
    assert page.live
