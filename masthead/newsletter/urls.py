"""Included at /newsletter/ by masthead/urls.py, which also routes the signup page
itself (``newsletter_signup``) and ``newsletter_thanks``.

links.py reverses the three token routes with the token as the only argument.
"""

from django.urls import path

from masthead.newsletter import views, webhooks

urlpatterns = [
    path("confirm/<str:token>/", views.confirm, name="newsletter_confirm"),
    path("preferences/<str:token>/", views.preferences, name="newsletter_preferences"),
    path("unsubscribe/<str:token>/", views.unsubscribe, name="newsletter_unsubscribe"),
    path("webhooks/bounce/", webhooks.bounce, name="newsletter_bounce_webhook"),
]
