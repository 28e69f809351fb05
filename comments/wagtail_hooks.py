"""Wagtail hooks of the comments app: the moderation screens, the dashboard panel, audit-log
actions, and comment counts on listed posts. The screens live in `comments.admin_views`."""

from wagtail import hooks

from leaders.listings import ANNOTATE_POSTS_HOOK

from . import admin_views
from .actions import LOG_ACTIONS
from .models import attach_comment_counts

# Listings of posts (home, blogs, archives, tags, search, feeds) show each post's comment count.
hooks.register(ANNOTATE_POSTS_HOOK, attach_comment_counts)


@hooks.register("register_admin_viewset")
def register_comment_moderation():
    return admin_views.CommentViewSet()


hooks.register("register_bulk_action", admin_views.ApproveBulkAction)
hooks.register("register_bulk_action", admin_views.RemoveBulkAction)


@hooks.register("construct_homepage_panels")
def add_comment_queue_panel(request, panels):
    if admin_views.can_moderate(request.user):
        panels.append(admin_views.ModerationQueuePanel())


@hooks.register("register_log_actions")
def register_comment_log_actions(actions):
    for action, (label, message) in LOG_ACTIONS.items():
        actions.register_action(action, label, message)
