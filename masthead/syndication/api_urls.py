"""The public read API (``masthead.syndication.api``), mounted at ``/api/v3/``."""

from django.urls import path

from masthead.syndication.api import api

urlpatterns = [path("api/v3/", api.urls)]
