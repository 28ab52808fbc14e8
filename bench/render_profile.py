"""CPU cost of rendering reader pages with the page cache off (issue 14).

    .venv/bin/python bench/render_profile.py [-n 30] [--profile article]

Runs against an existing instance (its MASTHEAD_VAR_DIR / DATABASE_URL and the
rest of the environment, e.g. a `load_demo`ed one), with production settings
and PAGE_CACHE_ENABLED=false, the fragment cache on as in production. Each page
(article: the home page's lead story; home; section: the lead story's section;
latest) is requested through the Django test client (the whole middleware
stack) once to warm up, then N times; it prints the median and mean CPU time
per request (time.process_time: the machine is shared, wall time is noisy), the
number of SQL queries of one warm request and the response's size.
``--profile PAGE`` prints cProfile's top functions for that page instead.
"""

import argparse
import cProfile
import os
import pstats
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "masthead.settings.production")
os.environ["PAGE_CACHE_ENABLED"] = "false"


def pages(client):
    from wagtail.models import Page

    from masthead.articles.models import ArticlePage
    from masthead.home.models import HomePage

    home = HomePage.objects.live().first()
    response = client.get("/")
    lead = response.context["lead"] if response.context else None
    article = lead or ArticlePage.objects.live().order_by("-first_published_at")[0]
    section = Page.objects.get(path=article.path[: -Page.steplen])
    return {
        "article": article.url_path[len(home.url_path) - 1 :],
        "home": "/",
        "section": section.url_path[len(home.url_path) - 1 :],
        "latest": "/latest/",
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=30, help="requests per page (30)")
    parser.add_argument("--profile", help="cProfile this page instead")
    parser.add_argument("--only", help="comma list of pages to measure")
    args = parser.parse_args()

    import django

    django.setup()
    from django.conf import settings
    from django.db import connection
    from django.test import Client

    assert not settings.DEBUG and not settings.PAGE_CACHE_ENABLED
    client = Client(HTTP_HOST=settings.ALLOWED_HOSTS[0])
    paths = pages(client)
    if args.only:
        paths = {k: v for k, v in paths.items() if k in args.only.split(",")}
    if args.profile:
        path = paths[args.profile]
        client.get(path)
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(args.n):
            client.get(path)
        profiler.disable()
        stats = pstats.Stats(profiler).sort_stats("cumulative")
        stats.print_stats(45)
        stats.sort_stats("tottime").print_stats(25)
        return
    print(f"{'page':8} {'path':50} {'median ms':>9} {'mean ms':>8} queries bytes")
    for name, path in paths.items():
        response = client.get(path)
        assert response.status_code == 200, (path, response.status_code)
        queries = []

        def count(execute, sql, *rest, queries=queries):
            queries.append(sql)
            return execute(sql, *rest)

        with connection.execute_wrapper(count):
            response = client.get(path)
        times = []
        for _ in range(args.n):
            started = time.process_time()
            client.get(path)
            times.append((time.process_time() - started) * 1000)
        print(
            f"{name:8} {path[:50]:50} {statistics.median(times):9.1f}"
            f" {statistics.fmean(times):8.1f} {len(queries):7} {len(response.content)}"
        )


if __name__ == "__main__":
    main()
