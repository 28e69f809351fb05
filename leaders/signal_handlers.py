"""Every signal receiver of the blog domain, connected once from `LeadersConfig.ready()`.

Rights follow the pages (see `leaders.roles`): they are re-applied after every migrate and
whenever a directory or blog page is saved or deleted, in the admin or in code. The leader's
sign-off email goes out when a post reaches their step of the workflow.
"""

from django.db.models.signals import post_delete, post_migrate, post_save
from wagtail.models import TaskState
from wagtail.signals import task_submitted

from . import roles
from .models import LeaderBlogPage, LeaderDirectoryPage
from .workflow import LeaderSignOffEmailNotifier

# Signals hold receivers weakly: the notifier needs a module-level reference to stay connected.
sign_off_email_notifier = LeaderSignOffEmailNotifier()


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
    task_submitted.connect(
        sign_off_email_notifier,
        sender=TaskState,
        dispatch_uid="leaders_sign_off_email_notification",
    )
