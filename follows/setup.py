"""What every migrate re-applies for following: the communications team's rights."""

from django.apps import apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission

from leaders.roles import COMMS_GROUP

# Counts of every leader's followers and the addresses (for subject access requests).
COMMS_PERMISSIONS = ["view_follower", "view_follower_addresses"]


def after_migrate(sender, using="default", **kwargs):
    """Runs after every migrate (and after a test flush); idempotent."""
    if sender.name != "follows":
        return
    create_permissions(apps.get_app_config("follows"), verbosity=0, using=using)
    group, _ = Group.objects.using(using).get_or_create(name=COMMS_GROUP)
    group.permissions.add(
        *Permission.objects.using(using).filter(
            content_type__app_label="follows", codename__in=COMMS_PERMISSIONS
        )
    )
