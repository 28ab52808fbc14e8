from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "masthead.core"
    label = "core"
    verbose_name = "Masthead core"

    def ready(self):
        from django.conf import settings
        from django.db.models.signals import post_delete, post_save
        from wagtail.models import Site

        from masthead.core import image_encoding, public_url, url_converters
        from masthead.core.models import MagazineSettings, MastheadImage
        from masthead.page_cache.invalidation import bump_when_changed

        url_converters.register()
        image_encoding.use_avif_speed(settings.AVIF_ENCODE_SPEED)
        for signal in (post_save, post_delete):
            signal.connect(public_url.forget, sender=Site, dispatch_uid="public_url")

        # Every reader page shows the site settings; pictures carry image:<id>.
        bump_when_changed(MagazineSettings, lambda settings: {"settings"}, "settings")
        bump_when_changed(MastheadImage, lambda image: {f"image:{image.pk}"}, "image")
