"""Mounted under the admin (ADMIN_PATH + "sso/"); the names are mozilla-django-oidc's, which
its middleware and views reverse."""

from django.urls import path

from . import views

urlpatterns = [
    path("start/", views.StartView.as_view(), name="oidc_authentication_init"),
    path("callback/", views.CallbackView.as_view(), name="oidc_authentication_callback"),
]
