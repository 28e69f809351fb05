"""Every signal receiver of the blog domain, connected once from `LeadersConfig.ready()`.

Rights follow the pages (see `leaders.roles`): they are re-applied after every migrate and
whenever a directory or blog page is saved or deleted, in the admin or in code. The leader's
sign-off email goes out when a post reaches their step of the workflow, and every workflow email
is written in its recipient's language (leaders.staff_mail).
"""

from django.db.models.signals import post_delete, post_migrate, post_save
from wagtail.models import TaskState, WorkflowState
from wagtail.signals import task_submitted, workflow_approved, workflow_rejected, workflow_submitted

from . import roles, staff_mail
from .models import LeaderBlogPage, LeaderDirectoryPage
from .workflow import LeaderSignOffEmailNotifier

# Signals hold receivers weakly: the notifier needs a module-level reference to stay connected.
sign_off_email_notifier = LeaderSignOffEmailNotifier()

# Wagtail's workflow emails, in each recipient's language (leaders.staff_mail): (signal, sender,
# notifier, Wagtail's dispatch id, under which ours replaces Wagtail's own).
workflow_email_notifiers = [
    (
        task_submitted,
        TaskState,
        staff_mail.TaskSubmittedNotifier(),
        "group_approval_task_submitted_email_notification",
    ),
    (
        workflow_submitted,
        WorkflowState,
        staff_mail.WorkflowSubmittedNotifier(),
        "workflow_state_submitted_email_notification",
    ),
    (
        workflow_rejected,
        WorkflowState,
        staff_mail.WorkflowRejectedNotifier(),
        "workflow_state_rejected_email_notification",
    ),
    (
        workflow_approved,
        WorkflowState,
        staff_mail.WorkflowApprovedNotifier(),
        "workflow_state_approved_email_notification",
    ),
]


def ensure_roles_after_migrate(sender, **kwargs):
    # Sent once per app after every migration has run; ensure_roles creates the few Wagtail
    # permissions it needs itself, so our own app's signal is early enough.
    if sender.name == "leaders":
        roles.ensure_roles()


def directory_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        roles.ensure_directory_roles(instance)


def blog_saved(sender, instance, raw=False, **kwargs):
    # Read the stored row: Wagtail also saves an edited page object with update_fields (e.g. the
    # latest revision of a draft), and a draft's unpublished `leader` must not change any rights.
    if not raw:
        roles.sync_blog_permissions(LeaderBlogPage.objects.get(pk=instance.pk))


def blog_deleted(sender, instance, **kwargs):
    roles.remove_blog_group(instance)


def register_signal_handlers():
    post_migrate.connect(ensure_roles_after_migrate, dispatch_uid="leaders_ensure_roles")
    post_save.connect(
        directory_saved, sender=LeaderDirectoryPage, dispatch_uid="leaders_directory_roles"
    )
    post_save.connect(blog_saved, sender=LeaderBlogPage, dispatch_uid="leaders_blog_permissions")
    post_delete.connect(blog_deleted, sender=LeaderBlogPage, dispatch_uid="leaders_blog_deleted")
    # This app's ready() runs before wagtail.admin's, whose connect() under the same dispatch id
    # then changes nothing; disconnecting first also covers the opposite order.
    for signal, sender, notifier, dispatch_uid in workflow_email_notifiers:
        signal.disconnect(sender=sender, dispatch_uid=dispatch_uid)
        signal.connect(notifier, sender=sender, dispatch_uid=dispatch_uid)
    task_submitted.connect(
        sign_off_email_notifier,
        sender=TaskState,
        dispatch_uid="leaders_sign_off_email_notification",
    )
