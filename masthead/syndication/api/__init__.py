"""The public read API at ``/api/v3/``: published stories, sections and authors.

Why our own django-ninja API rather than mounting ``wagtail.api.v3``
--------------------------------------------------------------------
Wagtail 8's API v3 is a single, global ``NinjaAPI`` (``wagtail.api.v3.api.api``)
for Wagtail's *generic* content: ``/pages/``, ``/images/``, ``/documents/``,
``/snippets/``… with page-type unions generated from ``api_fields``. It serves
anonymous reads of public pages, but the same instance carries the
bearer-token write and action endpoints (create, update, publish, move, delete),
revisions and ``?version=draft`` for authenticated tokens, schema discovery,
and other apps add their routers to it. Mounting it would put an admin/write
API on the public site, and its page shapes are Wagtail's (a StreamField as
raw blocks, images as ids), not a syndication feed's (bylines, renditions,
sanitised HTML, corrections).

So this is a separate ``NinjaAPI`` in the same style, reusing Wagtail's
building blocks where they fit:

- ``wagtail.api.v3.errors.register_exception_handlers``: every error is an
  RFC 7807 ``application/problem+json`` ``ProblemDetail`` (422 for invalid
  parameters, 404 for missing objects); the OpenAPI document says so too.
- ``wagtail.api.v3.pagination.WagtailLimitOffsetPagination``: the same
  ``limit``/``offset`` parameters and ``{"count", "items"}`` envelope, with our
  bounds (see ``pagination``).

Nothing here needs ``wagtail.api.v3`` in ``INSTALLED_APPS``: we import two
modules, not its app, URLs or registry.

Conventions
-----------
- GET only, no authentication; the request's user is never consulted.
- ``limit`` 1–100 (default 20); anything else, or a negative ``offset``, is 422.
  An offset past the end gives an empty page.
- Filters take slugs; an unknown (or non-public) slug matches nothing: 200 with
  an empty list, never 404. A malformed slug or date is 422.
- Detail routes are 404 (problem+json) for anything not live and public.
- Schema at ``openapi.json``, interactive docs at ``docs``.
"""

from ninja import NinjaAPI
from wagtail.api.v3.errors import PROBLEM_JSON, register_exception_handlers

from .caching import describe_caching, unpurged_cache_control
from .routes import router

CONVENTIONS = (__doc__ or "").partition("Conventions\n-----------\n")[2]


class PublicAPI(NinjaAPI):
    def get_openapi_schema(self, *args, **kwargs):
        """Describe caching as it is now; document error bodies' media type."""
        schema = super().get_openapi_schema(*args, **kwargs)
        # Built per request from the page cache's settings, which can change.
        schema["info"]["description"] = CONVENTIONS + describe_caching() + "\n"
        for operations in schema["paths"].values():
            for operation in operations.values():
                for status, response in operation.get("responses", {}).items():
                    content = response.get("content", {})
                    if int(status) >= 400 and self.renderer.media_type in content:
                        content[PROBLEM_JSON] = content.pop(self.renderer.media_type)
        return schema


api = PublicAPI(
    title="Masthead public API",
    version="3.0.0",
    description=CONVENTIONS,
    urls_namespace="masthead_api_v3",
    openapi_url="/openapi.json",
    docs_url="/docs",
    docs_decorator=unpurged_cache_control,
    auth=None,
)
register_exception_handlers(api)
api.add_decorator(unpurged_cache_control, mode="view")
api.add_router("/", router)
