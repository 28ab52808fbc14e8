from django.urls import path

from masthead.importers import admin_views

app_name = admin_views.NAMESPACE
urlpatterns = [
    path("", admin_views.ImportIndexView.as_view(), name="index"),
    path("runs/<int:pk>/", admin_views.ImportRunView.as_view(), name="run"),
    path(
        "runs/<int:pk>/status/",
        admin_views.ImportRunStatusView.as_view(),
        name="status",
    ),
]
