"""RSS 2.0 and Atom feeds: the whole site, sections, authors, tags, QiOSK, corrections.

Every item list comes from ``articles.queries``, so a feed can never show what the
site itself hides (drafts, scheduled or private stories). Each feed answers
conditional GETs from one light query before it renders any story, because feed
readers poll far more often than stories change.

- ``base``: ``MastheadFeed``, the view every feed shares (validators, channel).
- ``kinds``: one subclass per kind of feed, saying what it is about and its items.
- ``entries``: a story or a correction turned into one feed item.
- ``generators``: the RSS and Atom writers (full text, authors, credited photo).
"""
