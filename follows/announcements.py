"""Turning a post's first publication into one announcement, and a translation's publication
into an earlier send for the followers who were waiting for it."""

from django.db import IntegrityError, transaction
from django.utils import timezone

from . import tasks
from .models import Announcement, Delivery
from .versions import is_first_publication, language_of


def _deliver_after_commit():
    transaction.on_commit(lambda: tasks.deliver_new_posts.enqueue())


def post_published(post):
    """Called for every publication of a (non-alias) post version."""
    existing = Announcement.objects.filter(translation_key=post.translation_key).first()
    if existing is not None:
        _release_waiting(existing, language_of(post))
        return
    if not is_first_publication(post):
        return
    try:
        with transaction.atomic():
            Announcement.objects.create(
                translation_key=post.translation_key,
                blog_key=post.blog.translation_key,
                first_page=post,
                title=post.title,
            )
    except IntegrityError:  # announced by a concurrent publication of another version
        return
    _deliver_after_commit()


def _release_waiting(announcement, language):
    """Followers waiting for this language's version get it now instead of at the deadline."""
    released = Delivery.objects.filter(
        announcement=announcement,
        state=Delivery.State.QUEUED,
        follower__language=language,
        next_attempt_at__gt=timezone.now(),
        attempts=0,
    ).update(next_attempt_at=timezone.now())
    if released:
        _deliver_after_commit()
