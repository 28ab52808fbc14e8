from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "masthead.core"
    label = "core"
    verbose_name = "Masthead core"

    def ready(self):
        from masthead.core.page_cache import invalidation

        invalidation.connect()
