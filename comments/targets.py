"""Where a comment may go: on a live, public blog post, and under a comment that is not yet at
the deepest level of its thread. Every query and check that needs either asks here."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField
from django.db.models.functions import Cast
from django_comments_xtd.conf import settings as xtd_settings
from django_comments_xtd.models import XtdComment

from leaders.models import BlogPostPage
from site_config.ids import parse_id

# How a comment form names its target ("app_label.model", as xtd's form writes it).
POST_CONTENT_TYPE = BlogPostPage._meta.label_lower


def post_content_type():
    """The blog post's content type (Django caches it after the first lookup)."""
    return ContentType.objects.get_for_model(BlogPostPage)


def comments_on_posts():
    """Every comment on a blog post, in any state, without xtd's joins."""
    return XtdComment.norel_objects.filter(content_type=post_content_type())


def live_post(pk):
    """The live, public post with this id, or None (no such post, a draft, a private one)."""
    if pk is None:
        return None
    return BlogPostPage.objects.live().public().filter(pk=pk).first()


def live_post_of(comment):
    """The live, public post a stored comment is on, or None."""
    if comment.content_type_id != post_content_type().pk:
        return None
    return live_post(parse_id(comment.object_pk))


def as_object_pks(posts):
    """The posts' ids as text, the type of a comment's `object_pk`, for a subquery."""
    return posts.annotate(pk_text=Cast("pk", CharField())).values("pk_text")


def replies_allowed_under(comment) -> bool:
    """Whether a reply under this comment stays within the thread depth xtd enforces."""
    return comment.level < xtd_settings.COMMENTS_XTD_MAX_THREAD_LEVEL
