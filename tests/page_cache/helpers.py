"""Helpers of the page cache tests: warm pages, then ask which no longer hit."""


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
