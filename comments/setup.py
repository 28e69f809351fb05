"""What every migrate re-applies for commenting: the moderators' group and the Site row."""

from urllib.parse import urlsplit

from django.apps import apps
from django.conf import settings
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.contrib.sites.models import Site

from leaders.roles import COMMS_GROUP as MODERATORS_GROUP  # the team moderates comments

MODERATOR_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("django_comments", "can_moderate"),
    ("comments", "change_commentsettings"),
]


def after_migrate(sender, using="default", **kwargs):
    """Runs after every migrate (and after a test flush): both steps are idempotent."""
    if sender.name != "comments":
        return
    sync_site_domain(using)
    grant_moderators(using)


def sync_site_domain(using):
    """xtd and django.contrib.sites read the Site row; keep it in step with SITE_URL."""
    domain = urlsplit(settings.SITE_URL).netloc
    Site.objects.using(using).update_or_create(
        pk=settings.SITE_ID, defaults={"domain": domain, "name": settings.WAGTAIL_SITE_NAME}
    )


def grant_moderators(using):
    """The `Communications team` moderates comments (`leaders.roles` gives it its page rights)."""
    # post_migrate reaches apps in INSTALLED_APPS order: make sure the permissions exist.
    for app_label in {app_label for app_label, __ in MODERATOR_PERMISSIONS}:
        create_permissions(apps.get_app_config(app_label), verbosity=0, using=using)
    group, _ = Group.objects.using(using).get_or_create(name=MODERATORS_GROUP)
    for app_label, codename in MODERATOR_PERMISSIONS:
        permission = (
            Permission.objects.using(using)
            .filter(content_type__app_label=app_label, codename=codename)
            .first()
        )
        if permission is not None:
            group.permissions.add(permission)
