"""RSS 2.0 at ``feed/…/`` and Atom at ``feed/…/atom/`` for every feed kind."""

from django.urls import path

from masthead.syndication.feeds.kinds import (
    AuthorFeed,
    CorrectionsFeed,
    QiosKFeed,
    SectionFeed,
    SiteFeed,
    TagFeed,
)

urlpatterns = [
    path("feed/", SiteFeed(), name="feed-site"),
    path("feed/atom/", SiteFeed(atom=True), name="feed-site-atom"),
    path("feed/section/<uslug:slug>/", SectionFeed(), name="feed-section"),
    path(
        "feed/section/<uslug:slug>/atom/",
        SectionFeed(atom=True),
        name="feed-section-atom",
    ),
    path("feed/author/<uslug:slug>/", AuthorFeed(), name="feed-author"),
    path(
        "feed/author/<uslug:slug>/atom/",
        AuthorFeed(atom=True),
        name="feed-author-atom",
    ),
    path("feed/tag/<uslug:slug>/", TagFeed(), name="feed-tag"),
    path("feed/tag/<uslug:slug>/atom/", TagFeed(atom=True), name="feed-tag-atom"),
    path("feed/qiosk/", QiosKFeed(), name="feed-qiosk"),
    path("feed/qiosk/atom/", QiosKFeed(atom=True), name="feed-qiosk-atom"),
    path("feed/corrections/", CorrectionsFeed(), name="feed-corrections"),
    path(
        "feed/corrections/atom/",
        CorrectionsFeed(atom=True),
        name="feed-corrections-atom",
    ),
]
