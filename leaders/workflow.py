"""The two-step approval of a leader's words: the leader's sign-off, then the communications team.

Wagtail's workflow engine does the bookkeeping (task states, locking, the audit log, the
"Awaiting your review" dashboard panel, the approve/reject e-mails); this module adds only what
its stock GroupApprovalTask cannot say: "only this blog's leader" and "not the person who wrote
the words". The tasks, the workflow and its assignment are created by `leaders.workflow_setup`.

Who wrote the words is read from the revisions' words (`leaders.revision_words`), not from who
saved last: pressing Approve in the editor saves a revision of the same words, which neither
makes the reviewer their author nor undoes the approvals they already had. A reviewer who has
changed the words may still press Approve: that sends the changed words back to the leader, and
once the leader has signed them off, any member of the team (their author too) may approve them.
So a team of one can run the whole workflow, and words always pass two people before going live.
"""

from dataclasses import dataclass

from django.apps import apps
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.mail import EmailNotificationMixin, Notifier
from wagtail.admin.utils import get_user_display_name
from wagtail.models import (
    AbstractGroupApprovalTask,
    Page,
    PagePermissionTester,
    Task,
    TaskState,
)

from .language_versions import refuse_unless_ready
from .revision_words import (
    changed_fields,
    latest_revision,
    same_words_run,
    words_author_id,
)
from .staff_mail import StaffLanguageEmailMixin

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


def signed_off_by_someone_else(workflow_state, run, user):
    """Whether, in `workflow_state`, someone other than `user` signed off the words of `run`
    (the newest revisions with the same words, from `same_words_run`)."""
    if workflow_state is None or not run:
        return False
    return (
        TaskState.objects.filter(
            workflow_state=workflow_state,
            status=TaskState.STATUS_APPROVED,
            task__in=LeaderSignOffTask.objects.all(),
            revision__in=run,
            finished_by__isnull=False,
        )
        .exclude(finished_by=user)
        .exists()
    )


def keep_approvals_of_the_same_words(task_state):
    """Carry the workflow's approvals over revisions that only saved the same words again.

    With WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT an approval counts for one revision only, and
    pressing Approve in the editor saves a new one first: without this, the step just approved
    and the steps before it would all start again.
    """
    workflow_state = task_state.workflow_state
    run = same_words_run(workflow_state.content_object)
    in_run = {revision.pk for revision in run}
    if not run or task_state.revision_id == run[0].pk or task_state.revision_id not in in_run:
        return
    newest = run[0]
    task_state.revision = newest
    task_state.save(update_fields=["revision"])
    approved = TaskState.objects.filter(
        workflow_state=workflow_state, status=TaskState.STATUS_APPROVED
    )
    done = {task_state.task_id, *approved.filter(revision=newest).values_list("task_id", flat=True)}
    for earlier in approved.filter(revision_id__in=in_run).order_by("-pk"):
        if earlier.task_id not in done:
            earlier.copy(update_attrs={"revision": newest})
            done.add(earlier.task_id)


class OneActionPerTaskMixin:
    """Two reviewers pressing Approve at the same moment must make one transition, not two.

    Wagtail checks that the task is in progress before acting but does not lock it, so both
    requests would approve (two audit entries, two publications). The row lock makes the second
    wait; it then finds the task finished and is sent to the editor, which shows the post's state.
    An approval is of the words as they stand, so it keeps the approvals they already had.
    """

    def on_action(self, task_state, user, action_name, **kwargs):
        with transaction.atomic():
            current = TaskState.objects.select_for_update().get(pk=task_state.pk)
            if current.status != TaskState.STATUS_IN_PROGRESS:
                page = task_state.workflow_state.content_object
                return reverse("wagtailadmin_pages:edit", args=(page.pk,))
            if action_name == "approve":
                keep_approvals_of_the_same_words(task_state)
            return super().on_action(task_state, user, action_name, **kwargs)


class LeaderSignOffTask(OneActionPerTaskMixin, Task):
    """Step 1: the leader whose blog it is agrees to the words published in their name.

    Passes by itself when the leader wrote the words under review or submitted them (their
    submission is their sign-off), or when the blog has no serving leader (nobody could sign).
    """

    @staticmethod
    def passes_by_itself(page, submitter=None):
        """(who signs, why) when no sign-off is needed for `page`'s newest words, else None."""
        leader = serving_leader(page)
        if leader is None:
            return None, _("This blog has no serving leader, so no sign-off is needed.")
        if words_author_id(page) == leader.pk:
            return leader, _("Written by the leader: their submission is their sign-off.")
        if submitter is not None and submitter.pk == leader.pk:
            return leader, _("Submitted by the leader: their submission is their sign-off.")
        return None

    def start(self, workflow_state, user=None):
        task_state = super().start(workflow_state, user=user)
        passed = self.passes_by_itself(workflow_state.content_object.specific, user)
        if passed is not None:
            signer, comment = passed
            task_state.approve(user=signer, update=False, comment=comment)
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


APPROVE = "approve"
SEND_TO_LEADER = "send to leader"


class CommunicationsApprovalTask(OneActionPerTaskMixin, AbstractGroupApprovalTask):
    """Step 2: a member of the chosen groups approves words someone else wrote or signed off.

    A member who has changed the words may press Approve too: their change goes back to the
    leader's sign-off (the workflow starts again there, with the changed fields in the comment),
    and comes back to this step once the leader has accepted it.
    """

    def _is_reviewer(self, user):
        return user.is_superuser or self._user_in_groups(user)

    def approval_by(self, page, user, workflow_state=None):
        """What Approve does for `user`: APPROVE, SEND_TO_LEADER, or None (they may not)."""
        if not self._is_reviewer(user):
            return None
        run = same_words_run(page)
        if words_author_id(page, run) != user.pk:
            return APPROVE
        workflow_state = workflow_state or page.current_workflow_state
        if signed_off_by_someone_else(workflow_state, run, user):
            return APPROVE
        leader = serving_leader(page)
        if leader is not None and leader.pk != user.pk:
            return SEND_TO_LEADER
        return None

    def get_actions(self, obj, user):
        if self.approval_by(obj, user) is not None:
            return APPROVAL_ACTIONS
        # The author of words nobody else has accepted may still send the post back.
        return APPROVAL_ACTIONS[:1] if self._is_reviewer(user) else []

    def on_action(self, task_state, user, action_name, **kwargs):
        # The edit view saves the reviewer's own changes before acting, so look again now.
        if action_name == "approve":
            workflow_state = task_state.workflow_state
            page = workflow_state.content_object.specific
            approval = self.approval_by(page, user, workflow_state)
            if approval is None:
                raise PermissionDenied(_("You cannot approve words you wrote yourself."))
            if approval == APPROVE:
                # Under "Publish only when both languages are ready"; the editor says why.
                refuse_unless_ready(page)
            if approval == SEND_TO_LEADER:
                kwargs["comment"] = sent_to_leader_comment(
                    task_state, page, kwargs.get("comment", "")
                )
        return super().on_action(task_state, user, action_name, **kwargs)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        states = (
            super()
            .get_task_states_user_can_moderate(user, **kwargs)
            .select_related("workflow_state")
        )
        pages = Page.objects.in_bulk([state.workflow_state.object_id for state in states])
        mine = [
            state.pk
            for state in states
            if (page := pages.get(int(state.workflow_state.object_id)))
            and self.approval_by(page, user, state.workflow_state) is not None
        ]
        return TaskState.objects.filter(pk__in=mine)

    @classmethod
    def get_description(cls):
        return _(
            "Members of the chosen groups approve; words one of them changed go back to the "
            "leader's sign-off first"
        )

    class Meta:
        verbose_name = _("communications approval task")
        verbose_name_plural = _("communications approval tasks")


def sent_to_leader_comment(task_state, page, comment):
    """The reviewer's comment, and which fields they changed, for the leader to read."""
    changes = changed_fields(task_state.revision, latest_revision(page))
    values = {"fields": ", ".join(changes), "leader": get_user_display_name(serving_leader(page))}
    if changes:
        note = gettext("Changed %(fields)s, so it goes back to %(leader)s to sign off.") % values
    else:
        note = gettext("It goes back to %(leader)s to sign off.") % values
    return f"{comment}\n\n{note}" if comment else note


@dataclass
class ChangesToSignOff:
    """Words changed since the workflow's previous step, waiting for the leader's sign-off."""

    changed_by: object
    fields: list
    compare_url: str


def changes_to_sign_off(task_state):
    """What changed in the words the sign-off `task_state` asks for, since the workflow's step
    before it looked at them (who changed them, which fields, the comparison), or None."""
    workflow_state = task_state.workflow_state
    revision = task_state.revision
    previous = (
        workflow_state.task_states.filter(pk__lt=task_state.pk)
        .select_related("revision")
        .order_by("-pk")
        .first()
    )
    if previous is None or previous.revision_id == revision.pk:
        return None
    fields = changed_fields(previous.revision, revision)
    if not fields:
        return None
    run = same_words_run(workflow_state.content_object, newest=revision)
    return ChangesToSignOff(
        changed_by=run[-1].user if run else None,
        fields=fields,
        compare_url=reverse(
            "wagtailadmin_pages:revisions_compare",
            args=(revision.object_id, previous.revision_id, revision.pk),
        ),
    )


def sign_off_waiting_for(page, user):
    """The sign-off of `page` waiting for `user` (its serving leader), or None."""
    task_state = page.current_workflow_task_state
    if task_state is None or not isinstance(task_state.task.specific, LeaderSignOffTask):
        return None
    leader = serving_leader(page)
    return task_state if leader is not None and leader.pk == user.pk else None


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


class LeaderSignOffEmailNotifier(StaffLanguageEmailMixin, EmailNotificationMixin, Notifier):
    """Tells the leader that a post drafted for them, or words changed in review, wait for their
    sign-off (with the changed fields and a link to compare the revisions).

    Wagtail's own notifier covers GroupApprovalTask only. The leader is not told about words
    they wrote or submitted themselves (the task passes by itself). Written in the leader's
    language (leaders.staff_mail).
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
        if leader is None or LeaderSignOffTask.passes_by_itself(page, kwargs.get("user")):
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
        context["changes"] = changes_to_sign_off(task_state)
        return context
