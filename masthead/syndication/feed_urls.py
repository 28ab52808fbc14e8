"""RSS 2.0 at ``feed/…/`` and Atom at ``feed/…/atom/`` for every feed kind."""

from django.urls import path

from masthead.syndication import feeds

urlpatterns = [
    path("feed/", feeds.SiteFeed(), name="feed-site"),
    path("feed/atom/", feeds.SiteFeed(atom=True), name="feed-site-atom"),
    path("feed/section/<slug:slug>/", feeds.SectionFeed(), name="feed-section"),
    path(
        "feed/section/<slug:slug>/atom/",
        feeds.SectionFeed(atom=True),
        name="feed-section-atom",
    ),
    path("feed/author/<slug:slug>/", feeds.AuthorFeed(), name="feed-author"),
    path(
        "feed/author/<slug:slug>/atom/",
        feeds.AuthorFeed(atom=True),
        name="feed-author-atom",
    ),
    path("feed/tag/<slug:slug>/", feeds.TagFeed(), name="feed-tag"),
    path("feed/tag/<slug:slug>/atom/", feeds.TagFeed(atom=True), name="feed-tag-atom"),
    path("feed/qiosk/", feeds.QiosKFeed(), name="feed-qiosk"),
    path("feed/qiosk/atom/", feeds.QiosKFeed(atom=True), name="feed-qiosk-atom"),
    path("feed/corrections/", feeds.CorrectionsFeed(), name="feed-corrections"),
    path(
        "feed/corrections/atom/",
        feeds.CorrectionsFeed(atom=True),
        name="feed-corrections-atom",
    ),
]
