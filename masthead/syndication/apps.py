from django.apps import AppConfig


class SyndicationConfig(AppConfig):
    name = "masthead.syndication"
    label = "syndication"
    verbose_name = "Feeds, sitemaps, metadata and API"
