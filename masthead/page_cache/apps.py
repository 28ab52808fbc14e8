from django.apps import AppConfig


class PageCacheConfig(AppConfig):
    name = "masthead.page_cache"
    label = "page_cache"
    verbose_name = "Page cache"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from masthead.page_cache import invalidation

        invalidation.connect()
