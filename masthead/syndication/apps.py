from django.apps import AppConfig


class SyndicationConfig(AppConfig):
    name = "masthead.syndication"
    label = "syndication"
    verbose_name = "Feeds, sitemaps, metadata and API"

    def ready(self):
        from django.db.models.signals import post_delete
        from wagtail.signals import page_published, page_unpublished

        from masthead.articles.models import ArticlePage
        from masthead.syndication import social_cards

        for name, signal in (
            ("published", page_published),
            ("unpublished", page_unpublished),
            ("deleted", post_delete),
        ):
            signal.connect(
                social_cards.remove_stale_cards,
                sender=ArticlePage,
                dispatch_uid=f"social-cards-{name}",
            )
