"""Wagtail hooks of the blog domain: what of other people's unpublished pages the admin shows
(leaders/admin_visibility.py)."""

from wagtail import hooks

from . import admin_visibility

hooks.register("construct_page_chooser_queryset", admin_visibility.chooser_queryset)


@hooks.register("register_admin_viewset")
def register_page_views():
    # Wagtail registers its own page views for `Page` with order=-1, so that this replaces them.
    return admin_visibility.PageViewSet()


# order=1: registered after Wagtail's actions of the same type, which these then replace.
for action in admin_visibility.PAGE_BULK_ACTIONS:
    hooks.register("register_bulk_action", action, order=1)
