"""The follower's pages: the form's target, then pages reached from emails. Every link in an
email opens a page whose button does the action: a GET never changes anything."""

from django.urls import path

from . import views

app_name = "follows"

urlpatterns = [
    path("", views.follow, name="follow"),
    path("confirm/<str:token>/", views.confirm, name="confirm"),
    path("manage/<str:token>/", views.manage, name="manage"),
    path("stop/<str:token>/", views.stop, name="stop"),
]
