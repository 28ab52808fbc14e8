"""The page cache: whole responses for anonymous readers, invalidated exactly.

Every cacheable response carries *tags* naming what it shows: ``page:<id>`` for
each page it displays (the story, every teaser, every credited author, every
section label), ``image:<id>`` for each picture, ``tag:<id>`` for each topic,
``list:<name>`` for each listing whose membership or order it shows, plus
``settings`` and ``all``. A shared *tag store* keeps one version number per tag.
A response is stored with the versions of its tags as they were when it was
rendered; it is served only while every one of them is unchanged. Publishing,
unpublishing, moving or deleting a page bumps exactly the tags that change (see
``invalidation``), so the next request for any response showing it renders anew.
docs/developers.md ("The page cache") has the whole design.

Modules:

- ``tags``: collecting a response's tags while it renders; the shared tag store
  (a memory-mapped file, or Redis) with one version per tag.
- ``store``: entries (body, headers, tags and their versions), the cache key,
  the per-process LRU and the shared ``pages`` cache; answering from an entry.
- ``middleware``: ``PageCacheMiddleware`` stores what Django renders and answers
  hits for servers that do not use ``wsgi``; ``shared_cache_control`` is the
  Cache-Control every stored response carries.
- ``wsgi``: ``PageCacheApplication`` answers hits before Django is entered.
- ``invalidation``: the one way a change reaches the cache. Pages (publish,
  unpublish, move, slug, privacy, delete) bump ``page:<id>`` and the listings
  their footprint changed in; apps register their own models with
  ``bump_when_changed`` (core: site settings, images).
- ``fragments``: LATEST, QiOSK, navigation, footer and teasers, cached between
  renders under the same tags.
- ``purge`` and ``backends``: URLs recorded per tag for a frontend cache (nginx,
  a CDN), purged when their tags are bumped, and again a moment later.
- ``models``: ``CacheFootprint`` (where a page was listed when last published)
  and ``FrontendCachedUrl``.
- ``management/commands/clear_page_cache``: bump everything after a deploy.
"""
