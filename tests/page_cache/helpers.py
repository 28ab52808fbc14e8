"""Helpers of the page cache tests: warm pages, then ask which no longer hit."""

from django.http import HttpResponse

from masthead.page_cache.middleware import shared_cache_control


def warm(client, paths):
    for name, path in paths.items():
        first = client.get(path)
        assert first.status_code == 200, (name, path, first.status_code)
        assert first["X-Page-Cache"] == "miss", (name, path)
        assert client.get(path)["X-Page-Cache"] == "hit", (name, path)


def misses(client, paths):
    """Names of the paths the cache no longer answers."""
    return {
        name
        for name, path in paths.items()
        if client.get(path).get("X-Page-Cache") != "hit"
    }


def stored_cache_control():
    """The Cache-Control of a response the page cache stored (its own policy)."""
    response = HttpResponse()
    shared_cache_control(response)
    return response["Cache-Control"]
