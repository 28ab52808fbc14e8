from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "masthead.core"
    label = "core"
    verbose_name = "Masthead core"

    def ready(self):
        from masthead.core.models import MagazineSettings, MastheadImage
        from masthead.page_cache.invalidation import bump_when_changed


        # Every reader page shows the site settings; pictures carry image:<id>.
        bump_when_changed(MagazineSettings, lambda settings: {"settings"}, "settings")
        bump_when_changed(MastheadImage, lambda image: {f"image:{image.pk}"}, "image")
