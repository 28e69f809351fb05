"""Who follows which leaders, the proof of their consent, and each new post's emails.

A leader is followed through their blog's `translation_key`, so one follow covers the blog in
every language. A new post is announced once per `translation_key` (all its language versions
together), and each follower gets at most one delivery per announcement: both are unique in
the database, so no code path can send a post twice to the same person.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Follower(models.Model):
    """One email address. It receives nothing until `confirmed_at` is set (double opt-in)."""

    email = models.EmailField(_("email address"), unique=True)
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    # Every link sent to this address carries the version it was made with: raising it revokes
    # them all at once.
    link_version = models.PositiveIntegerField(default=1)

    class Meta:
        verbose_name = _("follower")
        verbose_name_plural = _("followers")
        permissions = [("view_follower_addresses", _("Can see followers' email addresses"))]

    def __str__(self):
        return self.email


class FollowedLeader(models.Model):
    """A confirmed follow of one leader's blog (every language version of it)."""

    follower = models.ForeignKey(Follower, on_delete=models.CASCADE, related_name="follows")
    blog_key = models.UUIDField(_("leader's blog"), db_index=True)
    since = models.DateTimeField(_("since"), auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["follower", "blog_key"], name="follow_once")]

    def __str__(self):
        return f"{self.follower_id} → {self.blog_key}"


class ConsentRequest(models.Model):
    """Proof of consent: what was asked for, from which page, in which language, and when it
    was asked and confirmed. Kept while the follower follows; unconfirmed ones are purged."""

    follower = models.ForeignKey(Follower, on_delete=models.CASCADE, related_name="consents")
    blog_keys = models.JSONField(_("leaders' blogs"))
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    page_url = models.URLField(_("asked on page"), max_length=500)
    requested_at = models.DateTimeField(_("asked at"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)

    def __str__(self):
        return f"{self.follower_id} @ {self.requested_at:%Y-%m-%d %H:%M}"


class Announcement(models.Model):
    """A post's one announcement, made when its first language version is first published."""

    translation_key = models.UUIDField(unique=True)
    blog_key = models.UUIDField()
    first_page = models.ForeignKey(
        "wagtailcore.Page", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    title = models.CharField(_("title"), max_length=255)
    created_at = models.DateTimeField(_("announced at"), auto_now_add=True)
    fanned_out = models.BooleanField(default=False)

    class Meta:
        verbose_name = _("new post email")
        verbose_name_plural = _("new post emails")

    def __str__(self):
        return self.title


class Delivery(models.Model):
    """One follower's email about one post: unique on (follower, the post's translation_key).

    queued → sending (claimed by one worker, committed before the SMTP conversation) → sent,
    or back to queued with a later `next_attempt_at`, or failed after the last try. A claim
    whose worker died is marked `interrupted`, never sent again: the server may have taken the
    message before the worker died, and a second copy is worse than none (docs/decisions.md).
    """

    class State(models.TextChoices):
        QUEUED = "queued", _("Queued")
        SENDING = "sending", _("Sending")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")
        INTERRUPTED = "interrupted", _("Interrupted")

    follower = models.ForeignKey(Follower, on_delete=models.CASCADE, related_name="deliveries")
    announcement = models.ForeignKey(
        Announcement,
        to_field="translation_key",
        db_column="translation_key",
        on_delete=models.CASCADE,
        related_name="deliveries",
    )
    state = models.CharField(max_length=12, choices=State.choices, default=State.QUEUED)
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(db_index=True)
    claimed_by = models.CharField(max_length=100, blank=True)
    claimed_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    language = models.CharField(max_length=10, blank=True)
    last_error = models.CharField(max_length=500, blank=True)

    class Meta:
        verbose_name = _("delivery")
        verbose_name_plural = _("deliveries")
        constraints = [
            models.UniqueConstraint(
                fields=["follower", "announcement"], name="one_email_per_follower_and_post"
            )
        ]
        indexes = [models.Index(fields=["state", "next_attempt_at"])]

    def __str__(self):
        return f"{self.follower_id} / {self.announcement_id}: {self.state}"
