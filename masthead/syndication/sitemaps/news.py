"""The Google News sitemap: stories first published in the last 48 hours."""

import datetime

from django.conf import settings
from django.utils import timezone
from django.utils.functional import cached_property

from masthead.core.models import MagazineSettings
from masthead.syndication.sitemaps.articles import ArticleSitemap
from masthead.syndication.sitemaps.base import w3c_datetime

NEWS_WINDOW = datetime.timedelta(hours=48)


def news_language(language_code):
    """Google News wants an ISO 639 code, except zh-cn and zh-tw for Chinese."""
    code = language_code.lower()
    chinese = {
        "zh-hans": "zh-cn",
        "zh-cn": "zh-cn",
        "zh-hant": "zh-tw",
        "zh-tw": "zh-tw",
    }
    return chinese.get(code, code.split("-")[0])


class NewsSitemap(ArticleSitemap):
    """Google News: stories first published in the last 48 hours, newest first."""

    limit = 1000  # Google News reads at most 1,000 URLs per news sitemap.

    def items(self):
        since = timezone.now() - NEWS_WINDOW
        return (
            self.articles()
            .filter(first_published_at__gte=since)
            .defer_streamfields()
            .select_related(None)
            .prefetch_related(None)
            .order_by("-first_published_at", "-pk")[: self.limit]
        )

    @cached_property
    def publication(self):
        return {
            "name": MagazineSettings.for_site(self.site).masthead_name,
            "language": news_language(settings.LANGUAGE_CODE),
        }

    def url_info(self, item):
        return {
            "publication": self.publication,
            "publication_date": w3c_datetime(item.first_published_at),
            "title": item.title,
        }
