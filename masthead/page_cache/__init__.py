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
"""
