"""Wagtail hooks of following: the Followers screens, their menu item and audit-log action."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from leaders.models import LeaderBlogPage

from . import admin_views, staff


@hooks.register("register_admin_urls")
def register_follower_urls():
    urls = [
        path("", admin_views.FollowersView.as_view(), name="index"),
        path("<int:pk>/addresses/", admin_views.AddressesView.as_view(), name="addresses"),
    ]
    return [path("followers/", include((urls, "follows_admin")))]


class FollowersMenuItem(MenuItem):
    def is_shown(self, request):
        user = request.user
        return staff.may_see_all(user) or LeaderBlogPage.objects.filter(leader=user).exists()


@hooks.register("register_admin_menu_item")
def register_followers_menu_item():
    return FollowersMenuItem(
        _("Followers"), reverse("follows_admin:index"), icon_name="mail", order=410
    )


@hooks.register("register_log_actions")
def register_follower_log_actions(actions):
    actions.register_action(
        staff.VIEW_ADDRESSES_ACTION,
        _("View followers' addresses"),
        _("Followers' addresses viewed"),
    )
