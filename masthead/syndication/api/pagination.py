"""Limit/offset pagination in Wagtail API v3's envelope: ``{"count", "items"}``."""

from ninja import Field
from wagtail.api.v3.pagination import WagtailLimitOffsetPagination

DEFAULT_LIMIT = 20
MAX_LIMIT = 100


class PublicPagination(WagtailLimitOffsetPagination):
    """Wagtail's v3 paginator with our bounds and a serialiser for the page.

    - ``limit`` above ``MAX_LIMIT`` (or below 1) is rejected with 422 like any other
      invalid parameter; the bound is in the OpenAPI schema, so clients can see it.
      ``WAGTAILAPI_LIMIT_MAX`` (Wagtail's own API's setting) is not consulted.
    - An ``offset`` at or past the end gives an empty ``items`` list, however large,
      without asking the database for rows that cannot exist.
    - ``serialise(items, request)`` runs on the slice only, so bulk loading
      (sections, inline images, renditions) covers exactly the page returned.
    """

    class Input(WagtailLimitOffsetPagination.Input):
        limit: int = Field(
            DEFAULT_LIMIT,
            ge=1,
            le=MAX_LIMIT,
            description=f"Items per page, 1 to {MAX_LIMIT}.",
        )
        offset: int = Field(0, ge=0, description="Items to skip.")

    def __init__(self, *, serialise, **kwargs):
        super().__init__(max_limit=MAX_LIMIT, **kwargs)
        self.serialise = serialise

    def paginate_queryset(self, queryset, pagination, request, **params):
        count = queryset.count()
        offset, limit = pagination.offset, pagination.limit
        items = list(queryset[offset : offset + limit]) if offset < count else []
        return {"count": count, "items": self.serialise(items, request)}

    async def apaginate_queryset(self, queryset, pagination, request, **params):
        raise NotImplementedError("The public API is synchronous.")
