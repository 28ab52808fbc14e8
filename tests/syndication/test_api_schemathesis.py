"""Property tests: schemathesis generates requests from the API's own OpenAPI schema.

For every operation it sends valid requests (schema-conforming parameters, plus the
real ids and slugs of the seeded data so detail routes are hit, not just 404ed) and
invalid ones (wrong types, out-of-range numbers, bad enums, malformed slugs). No
response may be a 5xx; each must use a documented status code and media type and
match the documented response schema. The number of cases run is printed (-s).
"""

import pytest
import schemathesis
from django.core import signals
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode, checks

from masthead.articles.models import Licence
from tests.factories import (
    ArticleFactory,
    AuthorFactory,
    ImageFactory,
    body,
    hours_ago,
    make_private,
)

pytestmark = pytest.mark.django_db

CHECKS = [
    checks.not_a_server_error,
    checks.status_code_conformance,
    checks.content_type_conformance,
    checks.response_schema_conformance,
]
# Cases per operation (valid and invalid mixed): 7 operations, 210 cases, and the
# whole file runs in well under a minute.
MAX_EXAMPLES = 30


@pytest.fixture
def wsgi_app():
    """Django's WSGI app, run inside the test's transaction.

    Like Django's test client, keep the request signals from closing the
    connection (which would end the transaction holding the seeded data), around
    each request: the test client re-arms them after every request it makes.
    """
    application = get_wsgi_application()

    def app(environ, start_response):
        # Its WSGI transport does not decode gzip, which the page cache sends
        # to clients that accept it (tests/page_cache test gzip itself).
        environ["HTTP_ACCEPT_ENCODING"] = "identity"
        signals.request_started.disconnect(close_old_connections)
        signals.request_finished.disconnect(close_old_connections)
        try:
            response = application(environ, start_response)
            try:
                body = b"".join(response)
            finally:
                response.close()
            return [body]
        finally:
            signals.request_started.connect(close_old_connections)
            signals.request_finished.connect(close_old_connections)

    return app


@pytest.fixture
def seeded(section, other_section, author, article):
    """A small magazine: every article type, bylines, photos, a correction, and
    things that must stay hidden (draft, private, draft author)."""
    photographed = AuthorFactory(
        slug="photographed", photo=ImageFactory(), mastodon_handle="@p@example.social"
    )
    AuthorFactory(slug="hidden-author", live=False)
    for n, kind in enumerate(["opinion", "news", "reporting", "qiosk", "qiosk"]):
        ArticleFactory(
            parent=other_section if n % 2 else section,
            authors=[photographed, (author, "Reporting by")],
            tags=["Trade", f"Topic {n}"],
            article_type=kind,
            corrections=["A fix."] if n == 1 else [],
            licence=Licence.ALL_RIGHTS_RESERVED if n == 2 else Licence.CC_BY_ND,
            published_at=hours_ago(n + 1),
            top_image=None if n == 3 else ImageFactory(),
            body=[
                *body(paragraphs=2, marker=f"seed {n}"),
                ("image", {"image": ImageFactory(), "caption": "", "credit": ""}),
            ],
        )
    ArticleFactory(parent=section, live=False, title="Draft")
    make_private(ArticleFactory(parent=section, title="Private"))


def strategies_for(operation, known):
    """Valid and invalid cases, plus valid ones with each real id or slug."""
    strategies = [
        operation.as_strategy(),
        operation.as_strategy(generation_mode=GenerationMode.NEGATIVE),
    ]
    for parameter in operation.path_parameters:
        strategies += [
            operation.as_strategy(path_parameters={parameter.name: value})
            for value in known[operation.path]
        ]
    return st.one_of(strategies)


def fuzz(strategy):
    """Run the checks on ``MAX_EXAMPLES`` cases; return (cases run, statuses seen)."""
    statuses = []

    @settings(
        max_examples=MAX_EXAMPLES,
        deadline=None,
        database=None,
        derandomize=True,
        phases=[Phase.explicit, Phase.generate, Phase.shrink],
        suppress_health_check=list(HealthCheck),
    )
    @given(case=strategy)
    def check(case):
        response = case.call_and_validate(checks=CHECKS)
        statuses.append(response.status_code)

    check()
    return len(statuses), set(statuses)


def test_every_operation_conforms_to_the_openapi_schema(
    wsgi_app, seeded, client, record_property
):
    schema = schemathesis.openapi.from_wsgi("/api/v3/openapi.json", wsgi_app)
    known = {
        "/api/v3/articles/{article_id}/": [
            item["id"] for item in client.get("/api/v3/articles/").json()["items"]
        ],
        "/api/v3/sections/{slug}/": [
            item["slug"] for item in client.get("/api/v3/sections/").json()["items"]
        ],
        "/api/v3/authors/{slug}/": [
            item["slug"] for item in client.get("/api/v3/authors/").json()["items"]
        ],
    }
    assert all(known.values())

    ran = {}
    statuses = {}
    for result in schema.get_all_operations():
        operation = result.ok()
        ran[operation.label], statuses[operation.label] = fuzz(
            strategies_for(operation, known)
        )

    total = sum(ran.values())
    record_property("schemathesis_cases", total)
    print(f"\nschemathesis: {total} cases over {len(ran)} operations")
    for label, count in sorted(ran.items()):
        print(f"  {label}: {count} cases, statuses {sorted(statuses[label])}")
    assert len(ran) == 7
    # Every route answered successfully at least once, and bad input was tried.
    assert all(200 in codes for codes in statuses.values()), statuses
    assert all(422 in codes for codes in statuses.values()), statuses
    assert 404 in statuses["GET /api/v3/articles/{article_id}/"]
