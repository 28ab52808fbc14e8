from django.urls import path

from masthead.analytics import views

urlpatterns = [
    path("v", views.view_beacon, name="analytics_beacon"),
    path("v.gif", views.view_beacon, name="analytics_beacon_gif"),
    path("c/<str:token>", views.click, name="analytics_click"),
]
