"""The two-step approval of a leader's words: the leader's sign-off, then the communications team.

Wagtail's workflow engine does the bookkeeping (task states, locking, the audit log, the
"Awaiting your review" dashboard panel, the approve/reject e-mails); this module adds only what
its stock GroupApprovalTask cannot say: "only this blog's leader" and "not the person who wrote
the words". The tasks, the workflow and its assignment are created by `leaders.roles`.
"""

from django.apps import apps
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.mail import EmailNotificationMixin, Notifier
from wagtail.models import (
    AbstractGroupApprovalTask,
    Page,
    PagePermissionTester,
    Task,
    TaskState,
)

APPROVAL_ACTIONS = [
    ("reject", _("Request changes"), True),
    ("approve", _("Approve"), False),
    ("approve", _("Approve with comment"), True),
]


def serving_leader(page):
    """The user who speaks on the blog `page` belongs to, or None (no leader, or a former one)."""
    # Through the app registry: leaders.models imports this module for its task types.
    blog_model = apps.get_model("leaders", "LeaderBlogPage")
    page = page.specific
    if not isinstance(page, blog_model):
        page = blog_model.objects.filter(
            path=page.path[: -page.steplen], depth=page.depth - 1
        ).first()
    if page is None or page.leader_id is None or page.left_office_on is not None:
        return None
    leader = page.leader
    return leader if leader.is_active else None


def latest_editor_id(page):
    """The user who wrote the newest revision of `page` (read from the database, not a copy)."""
    return (
        Page.objects.filter(pk=page.pk).values_list("latest_revision__user_id", flat=True).first()
    )


class OneActionPerTaskMixin:
    """Two reviewers pressing Approve at the same moment must make one transition, not two.

    Wagtail checks that the task is in progress before acting but does not lock it, so both
    requests would approve (two audit entries, two publications). The row lock makes the second
    wait; it then finds the task finished and is sent to the editor, which shows the post's state.
    """

    def on_action(self, task_state, user, action_name, **kwargs):
        with transaction.atomic():
            current = TaskState.objects.select_for_update().get(pk=task_state.pk)
            if current.status != TaskState.STATUS_IN_PROGRESS:
                page = task_state.workflow_state.content_object
                return reverse("wagtailadmin_pages:edit", args=(page.pk,))
            return super().on_action(task_state, user, action_name, **kwargs)


class LeaderSignOffTask(OneActionPerTaskMixin, Task):
    """Step 1: the leader whose blog it is agrees to the words published in their name.

    Passes by itself when the leader wrote the revision under review (their submission is their
    sign-off), or when the blog has no serving leader (nobody could sign).
    """

    def start(self, workflow_state, user=None):
        task_state = super().start(workflow_state, user=user)
        page = workflow_state.content_object.specific
        leader = serving_leader(page)
        if leader is None:
            task_state.approve(
                update=False,
                comment=_("This blog has no serving leader, so no sign-off is needed."),
            )
        elif latest_editor_id(page) == leader.pk:
            task_state.approve(
                user=leader,
                update=False,
                comment=_("Written by the leader: their submission is their sign-off."),
            )
        return task_state

    def user_can_access_editor(self, obj, user):
        leader = serving_leader(obj)
        return leader is not None and leader.pk == user.pk

    def get_actions(self, obj, user):
        if self.user_can_access_editor(obj, user):
            return APPROVAL_ACTIONS
        return []

    def get_task_states_user_can_moderate(self, user, **kwargs):
        states = self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS).select_related(
            "workflow_state"
        )
        pages = Page.objects.in_bulk([state.workflow_state.object_id for state in states])
        mine = [
            state.pk
            for state in states
            if (page := pages.get(int(state.workflow_state.object_id)))
            and (leader := serving_leader(page))
            and leader.pk == user.pk
        ]
        return TaskState.objects.filter(pk__in=mine)

    @classmethod
    def get_description(cls):
        return _("The leader whose blog it is approves the words published in their name")

    class Meta:
        verbose_name = _("leader sign-off task")
        verbose_name_plural = _("leader sign-off tasks")


class CommunicationsApprovalTask(OneActionPerTaskMixin, AbstractGroupApprovalTask):
    """Step 2: a member of the chosen groups approves, but never the person who wrote the words."""

    def _is_reviewer(self, user):
        return user.is_superuser or self._user_in_groups(user)

    def _may_approve(self, obj, user):
        return self._is_reviewer(user) and latest_editor_id(obj) != user.pk

    def get_actions(self, obj, user):
        if self._may_approve(obj, user):
            return APPROVAL_ACTIONS
        # The last editor may still send the post back, just not approve it.
        return APPROVAL_ACTIONS[:1] if self._is_reviewer(user) else []

    def on_action(self, task_state, user, action_name, **kwargs):
        # The edit view saves the reviewer's own changes before acting: approving words you have
        # just changed is approving your own words, so check again after that save.
        page = task_state.workflow_state.content_object
        if action_name == "approve" and not self._may_approve(page, user):
            raise PermissionDenied(_("You cannot approve a revision you edited last."))
        return super().on_action(task_state, user, action_name, **kwargs)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        states = super().get_task_states_user_can_moderate(user, **kwargs)
        return states.exclude(
            workflow_state__object_id__in=[
                str(pk)
                for pk in Page.objects.filter(latest_revision__user=user).values_list(
                    "pk", flat=True
                )
            ]
        )

    @classmethod
    def get_description(cls):
        return _("Members of the chosen groups approve, except the person who last edited the page")

    class Meta:
        verbose_name = _("communications approval task")
        verbose_name_plural = _("communications approval tasks")


class BlogPostPermissionTester(PagePermissionTester):
    """Posts go live only through the workflow: `publish_page` lets the communications team
    unpublish (a takedown) and cancel a scheduled go-live, but only a superuser publishes directly.
    """

    def can_publish(self):
        return self.user.is_active and self.user.is_superuser

    def can_unschedule(self):
        return self.user.is_active and (self.user.is_superuser or "publish" in self.permissions)


class LeaderBlogPermissionTester(PagePermissionTester):
    """The blog's only children are posts: creating-and-publishing one, copying one live or
    moving a live one here would publish around the workflow, so only a superuser may."""

    def can_publish_subpage(self):
        return self.user.is_active and self.user.is_superuser and super().can_publish_subpage()


class LeaderSignOffEmailNotifier(EmailNotificationMixin, Notifier):
    """Tells the leader that a post drafted for them waits for their sign-off.

    Wagtail's own notifier covers GroupApprovalTask only. The leader is not told about a
    revision they wrote themselves (the task has already passed).
    """

    notification = "submitted"

    def __init__(self):
        super().__init__((TaskState,))

    def can_handle(self, instance, **kwargs):
        return super().can_handle(instance, **kwargs) and isinstance(
            instance.task.specific, LeaderSignOffTask
        )

    def get_recipient_users(self, task_state, **kwargs):
        page = task_state.workflow_state.content_object.specific
        leader = serving_leader(page)
        if leader is None or latest_editor_id(page) == leader.pk:
            return set()
        return {leader}

    def get_template_set(self, instance, **kwargs):
        base = "leaders/emails/sign_off_needed"
        return {"subject": f"{base}_subject.txt", "text": f"{base}.txt", "html": f"{base}.html"}

    def get_context(self, task_state, **kwargs):
        context = super().get_context(task_state, **kwargs)
        context["task"] = task_state.task.specific
        context["page"] = task_state.workflow_state.content_object.specific
        context["requested_by"] = task_state.workflow_state.requested_by
        return context
