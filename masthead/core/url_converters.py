"""URL converters for what Django's built-in ones refuse."""

from django.urls import register_converter


class UnicodeSlugConverter:
    """A slug in any script. Wagtail and taggit make slugs like "بيروت" or
    "zürich" (WAGTAIL_ALLOW_UNICODE_SLUGS), which Django's ``<slug:…>`` refuses,
    so reversing a link to them failed and the page showing it answered 500."""

    regex = r"[-\w]+"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


def register():
    register_converter(UnicodeSlugConverter, "uslug")
