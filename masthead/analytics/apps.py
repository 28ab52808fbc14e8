from django.apps import AppConfig


class AnalyticsConfig(AppConfig):
    name = "masthead.analytics"
    label = "analytics"
    verbose_name = "Readers (analytics)"

    def ready(self):
        from django.db.models.signals import post_delete
        from wagtail.models import Page, PageViewRestriction
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from masthead.analytics.pages import known_pages

        # This process learns of a publish at once; others within a minute.
        def forget(**kwargs):
            known_pages.forget()

        for signal in (page_published, page_unpublished, post_page_move):
            signal.connect(forget, dispatch_uid="analytics_known_pages")
        post_delete.connect(forget, sender=Page, dispatch_uid="analytics_pages")
        post_delete.connect(
            forget, sender=PageViewRestriction, dispatch_uid="analytics_privacy"
        )
