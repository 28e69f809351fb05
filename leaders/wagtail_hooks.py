"""Wagtail hooks of the blog domain: what of other people's unpublished pages the admin shows
(leaders/admin_visibility.py), and what the editor tells the people in the approval workflow."""

from django.utils.translation import gettext
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.utils import get_user_display_name

from . import admin_urls, admin_visibility, language_versions, translation_report, workflow

hooks.register("construct_page_chooser_queryset", admin_visibility.chooser_queryset)


@hooks.register("register_admin_viewset")
def register_page_views():
    # Wagtail registers its own page views for `Page` with order=-1, so that this replaces them.
    return admin_visibility.PageViewSet()


# order=1: registered after Wagtail's actions of the same type, which these then replace.
for action in admin_visibility.PAGE_BULK_ACTIONS:
    hooks.register("register_bulk_action", action, order=1)


@hooks.register("before_edit_page")
def show_the_leader_what_changed(request, page):
    """A leader opening a post that waits for their sign-off after someone changed its words is
    told who changed which fields, with a link to compare the two revisions."""
    if request.method != "GET":
        return
    task_state = workflow.sign_off_waiting_for(page, request.user)
    changes = workflow.changes_to_sign_off(task_state) if task_state else None
    if changes is None or changes.changed_by is None or changes.changed_by == request.user:
        return
    message = gettext("%(editor)s has changed: %(fields)s.") % {
        "editor": get_user_display_name(changes.changed_by),
        "fields": ", ".join(changes.fields),
    }
    messages.info(
        request, message, buttons=[messages.button(changes.compare_url, gettext("Compare"))]
    )


@hooks.register("after_edit_page")
def say_where_changed_words_went(request, page):
    """A reviewer who pressed Approve on changed words learns that they went to the leader."""
    if request.POST.get("workflow-action-name") != "approve":
        return
    leader = workflow.serving_leader(page)
    if leader is not None and workflow.sign_off_waiting_for(page, leader):
        messages.info(
            request,
            gettext("The changed words go to %(leader)s to sign off before the team approves them.")
            % {"leader": get_user_display_name(leader)},
        )


@hooks.register("before_edit_page")
def say_which_language_is_missing(request, page):
    """A reviewer who could approve a post is told in advance when "Publish only when both
    languages are ready" will refuse it, and where to make the other version ready."""
    if request.method != "GET":
        return
    task_state = page.current_workflow_task_state
    task = task_state.task.specific if task_state else None
    if not isinstance(task, workflow.CommunicationsApprovalTask):
        return
    if task.approval_by(page.specific, request.user) != workflow.APPROVE:
        return
    for item in language_versions.not_ready(page.specific):
        label, url = item.link(page, request.user)
        messages.warning(
            request, item.message(refused=False), buttons=[messages.button(url, label)]
        )


@hooks.register("register_admin_urls")
def translation_report_urls():
    return admin_urls.translation_report_urls


@hooks.register("register_reports_menu_item")
def translation_report_menu_item():
    return translation_report.menu_item()
