"""What commenting stores besides xtd's comments: pending confirmations, reports, site switches."""

import hashlib

from django.conf import settings
from django.db import models
from django.db.models import Count, Min
from django.utils.translation import gettext_lazy as _
from django_comments_xtd.models import XtdComment
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.models import Page

from .targets import comments_on_posts

DEFAULT_PAUSED_MESSAGE = _(
    "Commenting is paused across the site during the pre-election period. "
    "You can still read every post and the comments already published."
)


def split_words(text: str) -> list[str]:
    """One word or phrase per line (commas also separate), lower-cased, blanks dropped."""
    words = (part.strip().lower() for line in text.splitlines() for part in line.split(","))
    return [word for word in words if word]


@register_setting(icon="comment")
class CommentSettings(BaseGenericSetting):
    """Site-wide switches the communications team controls without a deployment."""

    paused = models.BooleanField(
        _("pause all commenting"),
        default=False,
        help_text=_("For a pre-election period: every comment form is replaced by the message."),
    )
    paused_message = models.TextField(
        _("message while paused"), blank=True, default=DEFAULT_PAUSED_MESSAGE
    )
    close_after_days = models.PositiveIntegerField(
        _("close comments after (days)"),
        null=True,
        blank=True,
        help_text=_("Comments close this many days after a post's date. Leave empty to keep open."),
    )
    hold_words = models.TextField(
        _("hold list"),
        blank=True,
        help_text=_(
            "One word or phrase per line, in English or Welsh. A comment that contains one is "
            "always held for review."
        ),
    )
    deny_words = models.TextField(
        _("deny list"),
        blank=True,
        help_text=_(
            "One word or phrase per line, in English or Welsh. A comment that contains one is "
            "refused and not stored."
        ),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("paused"), FieldPanel("paused_message")], heading=_("Pause commenting")
        ),
        FieldPanel("close_after_days"),
        MultiFieldPanel([FieldPanel("hold_words"), FieldPanel("deny_words")], heading=_("Words")),
    ]

    class Meta:
        verbose_name = _("comment settings")

    @property
    def hold_list(self) -> list[str]:
        return split_words(self.hold_words)

    @property
    def deny_list(self) -> list[str]:
        return split_words(self.deny_words)


# What a stored comment or a used confirmation keeps of a person once it no longer needs them.
NO_PERSONAL_DATA = {"user_name": "", "user_email": "", "comment": "", "ip_address": None}


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class PendingConfirmation(models.Model):
    """A citizen's comment waiting for the email confirmation; never shown to anyone.

    Only the hash of the link's random token is kept. Confirming claims the row with a
    conditional UPDATE, so a link opened twice, or ten times at once, stores one comment.
    """

    token_hash = models.CharField(max_length=64, unique=True)
    page = models.ForeignKey("leaders.BlogPostPage", on_delete=models.CASCADE, related_name="+")
    parent_id = models.PositiveIntegerField(default=0)
    user_name = models.CharField(max_length=50)
    user_email = models.EmailField(max_length=254)
    comment = models.TextField()
    followup = models.BooleanField(default=False)
    ip_address = models.GenericIPAddressField(unpack_ipv4=True, blank=True, null=True)
    language = models.CharField(max_length=7, choices=settings.LANGUAGES, default="en-gb")
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    stored_comment = models.ForeignKey(
        XtdComment, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("comment awaiting email confirmation")

    def __str__(self):
        return f"confirmation {self.pk} ({'used' if self.confirmed_at else 'waiting'})"


class CommentLanguage(models.Model):
    """The language a comment was written in (the page's language when it was posted), kept
    beside xtd's table rather than in it. A comment without one is English: every comment
    before the site had a Welsh version was."""

    comment = models.OneToOneField(
        XtdComment, on_delete=models.CASCADE, primary_key=True, related_name="written_in"
    )
    language = models.CharField(max_length=7, choices=settings.LANGUAGES, default="en-gb")

    class Meta:
        verbose_name = _("comment language")

    def __str__(self):
        return f"comment {self.comment_id}: {self.language}"


class CommentReport(models.Model):
    """A reader's "report this comment"; open reports put the comment in the moderation queue."""

    class Reason(models.TextChoices):
        ABUSIVE = "abusive", _("Abusive or offensive")
        PERSONAL = "personal", _("Shares someone's personal information")
        SPAM = "spam", _("Spam or advertising")
        CAMPAIGNING = "campaigning", _("Party political campaigning")
        OTHER = "other", _("Something else")

    comment = models.ForeignKey(XtdComment, on_delete=models.CASCADE, related_name="reports")
    reason = models.CharField(_("reason"), max_length=20, choices=Reason.choices)
    details = models.TextField(_("details"), blank=True, max_length=1000)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    resolved_at = models.DateTimeField(null=True, blank=True, db_index=True)

    class Meta:
        verbose_name = _("comment report")
        ordering = ["-created_at"]

    def __str__(self):
        return f"report {self.pk} on comment {self.comment_id}: {self.reason}"


def attach_comment_counts(posts):
    """Give each post its `comment_count`: the approved comments of the thread its versions
    share, so both languages show the same number. Two queries for the whole list."""
    posts = list(posts)
    if not posts:
        return posts
    threads = dict(
        Page.objects.filter(translation_key__in={post.translation_key for post in posts})
        .order_by()
        .values_list("translation_key")
        .annotate(first=Min("pk"))
    )
    counts = dict(
        comments_on_posts()
        .filter(
            object_pk__in=[str(pk) for pk in threads.values()],
            is_public=True,
            is_removed=False,
        )
        .order_by()
        .values_list("object_pk")
        .annotate(count=Count("pk"))
    )
    for post in posts:
        post.comment_count = counts.get(str(threads.get(post.translation_key)), 0)
    return posts
