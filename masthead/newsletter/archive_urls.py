"""Mounted at /newsletter/archive/ by masthead/urls.py."""

from django.urls import path

from masthead.newsletter import archive

urlpatterns = [
    path("", archive.archive_index, name="newsletter_archive"),
    path("<int:pk>/", archive.archive_issue, name="newsletter_archive_issue"),
]
