"""Moving a magazine in from WordPress, Ghost, Substack or any RSS/Atom feed.

One pipeline, thin format readers:

- ``records``: what every reader produces (authors, images, items), plain data.
- ``readers/``: one module per format. A reader checks the whole file first
  (``scan``: raises ``ImportFileError`` with line and column, writes nothing), then
  streams its items (``items``).
- ``fetching``: the guarded fetcher for media and feed URLs (no loopback, private,
  link-local or metadata addresses; size, time and pixel limits).
- ``pipeline``: turns records into authors, sections, tags, images and articles;
  idempotent (provenance per item), keeps old URLs answering 301, reports a summary.
- ``management/commands/import_*``: one thin command per format.
"""
