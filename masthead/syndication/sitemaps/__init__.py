"""sitemap.xml and its paged sitemaps, the Google News sitemap, and robots.txt.

``/sitemap.xml`` is an index over one file per section (``/sitemap-articles.xml``,
``?p=2``…), each at most ``limit`` URLs, plus ``/news-sitemap.xml`` while it has
stories. What is listed comes from ``articles.queries`` and Wagtail's
``.live().public()``, so drafts, scheduled and private pages never appear.

Every absolute URL is built from the request's scheme and host, so a sitemap
only names URLs on the host it was fetched from, as the protocol requires.

- ``base``: ``MastheadSitemap``, paging and the entries every file shares.
- ``articles``: stories and QiOSK items, each with its top photo (image sitemap).
- ``news``: the Google News sitemap, stories of the last 48 hours.
- ``pages``: section fronts, writers' pages, the front page and other listings.
- ``views``: the index, each paged file, the news sitemap and robots.txt.
"""
