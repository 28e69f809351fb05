"""Only the commenting routes the site uses (xtd's own urls also mount a JSON API that serves
comments of unpublished pages, so they are not included)."""

from django.urls import path

from . import views

app_name = "comments"

urlpatterns = [
    path("post/", views.post_comment, name="post"),
    path("confirm/<str:token>/", views.confirm, name="confirm"),
    path("reply/<id:comment_id>/", views.reply, name="reply"),
    path("report/<id:comment_id>/", views.report, name="report"),
    path("unsubscribe/<str:token>/", views.mute, name="mute"),
]
