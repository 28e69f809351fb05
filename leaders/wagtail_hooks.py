"""Admin registrations; the screens themselves live in their own modules."""

from wagtail import hooks

from leaders import admin_visibility, comment_admin
from leaders.commenting.actions import LOG_ACTIONS


# --- Comments (issue 4) ---
@hooks.register("register_admin_viewset")
def register_comment_moderation():
    return comment_admin.CommentViewSet()


hooks.register("register_bulk_action", comment_admin.ApproveBulkAction)
hooks.register("register_bulk_action", comment_admin.RemoveBulkAction)


@hooks.register("construct_homepage_panels")
def add_comment_queue_panel(request, panels):
    if comment_admin.can_moderate(request.user):
        panels.append(comment_admin.ModerationQueuePanel())


@hooks.register("register_log_actions")
def register_comment_log_actions(actions):
    for action, (label, message) in LOG_ACTIONS.items():
        actions.register_action(action, label, message)


# --- What of other people's unpublished pages the admin shows (leaders/admin_visibility.py) ---
hooks.register("construct_page_chooser_queryset", admin_visibility.chooser_queryset)


@hooks.register("register_admin_viewset")
def register_page_views():
    # Wagtail registers its own page views for `Page` with order=-1, so that this replaces them.
    return admin_visibility.PageViewSet()


# order=1: registered after Wagtail's actions of the same type, which these then replace.
for action in admin_visibility.PAGE_BULK_ACTIONS:
    hooks.register("register_bulk_action", action, order=1)
