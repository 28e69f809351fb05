"""What follows does on signals: announce a post's first publication to its followers, and
grant the communications team its rights after every migrate."""

from django.db.models.signals import post_migrate
from wagtail.signals import page_published

from leaders.models import BlogPostPage

from . import announcements, setup

DISPATCH_UID = "follows.post_published"


def on_post_published(sender, instance, revision=None, alias=False, **kwargs):
    # An alias repeats another language's page: it is not a translation being published.
    if alias or instance.alias_of_id:
        return
    announcements.post_published(instance)


def register_signal_handlers():
    page_published.connect(on_post_published, sender=BlogPostPage, dispatch_uid=DISPATCH_UID)
    post_migrate.connect(setup.after_migrate, dispatch_uid="follows.after_migrate")
