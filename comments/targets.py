"""Where a comment may go: on a live, public blog post, and under a comment that is not yet at
the deepest level of its thread. Every query and check that needs either asks here."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, F, Subquery, Value
from django.db.models.functions import Cast, Coalesce
from django.utils import translation
from django_comments_xtd.conf import settings as xtd_settings
from django_comments_xtd.models import XtdComment

from leaders.models import BlogPostPage, Page
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


def thread_key(translation_key):
    """The `object_pk` of the one thread a post's versions share: the id, as text, of the
    first-created page of its translation group (lowest id), as a subquery. It never changes
    when a translation is added later. `translation_key` may be an `OuterRef`."""
    return Subquery(
        Page.objects.filter(translation_key=translation_key)
        .order_by("pk")
        .annotate(pk_text=Cast("pk", CharField()))
        .values("pk_text")[:1]
    )


def thread_pk(post) -> str:
    """The thread's `object_pk` for `post` (one query)."""
    versions = Page.objects.filter(translation_key=post.translation_key).order_by("pk")
    return str(versions.values_list("pk", flat=True)[:1].get())


def thread_comments(post):
    """Every comment, in any state, in the thread of `post` and its translations."""
    return comments_on_posts().filter(object_pk=thread_key(post.translation_key))


def comment_language(code=None) -> str:
    """`code` (the active language when None) as one of the site's languages: "en-gb" or "cy"."""
    code = (code or translation.get_language() or settings.LANGUAGE_CODE).lower()
    offered = [language for language, _name in settings.LANGUAGES]
    for candidate in (code, code.split("-")[0]):
        for language in offered:
            if candidate in (language, language.split("-")[0]):
                return language
    return settings.LANGUAGE_CODE


def with_languages(comments):
    """`comments` annotated with `language`, the code each was written in (a comment without a
    recorded language predates the Welsh site: English)."""
    return comments.annotate(
        language=Coalesce(F("written_in__language"), Value(settings.LANGUAGE_CODE))
    )


def html_lang(code) -> str:
    """The `lang` attribute for a stored language code: "en-GB", "cy"."""
    language, _sep, region = (code or settings.LANGUAGE_CODE).partition("-")
    return f"{language}-{region.upper()}" if region else language


def live_versions(post_pk):
    """{language code: live public post} for the translation group of the post `post_pk`."""
    versions = (
        BlogPostPage.objects.live()
        .public()
        .filter(
            alias_of__isnull=True,
            translation_key=Subquery(Page.objects.filter(pk=post_pk).values("translation_key")[:1]),
        )
        .select_related("locale")
    )
    return {version.locale.language_code: version for version in versions}


def post_in_language(post_pk, language=None):
    """The live, public version of the post `post_pk` in `language` (the active one when None),
    or another live version when that language has none; None when no version is live."""
    versions = live_versions(post_pk)
    if not versions:
        return None
    wanted = comment_language(language)
    return versions.get(wanted) or live_post(post_pk) or next(iter(versions.values()))


def live_post_of(comment):
    """The live, public post a stored comment is on, in the reader's language, or None."""
    if comment.content_type_id != post_content_type().pk:
        return None
    post_pk = parse_id(comment.object_pk)
    return post_in_language(post_pk) if post_pk is not None else None


def as_object_pks(posts):
    """The posts' ids as text, the type of a comment's `object_pk`, for a subquery."""
    return posts.annotate(pk_text=Cast("pk", CharField())).values("pk_text")


def replies_allowed_under(comment) -> bool:
    """Whether a reply under this comment stays within the thread depth xtd enforces."""
    return comment.level < xtd_settings.COMMENTS_XTD_MAX_THREAD_LEVEL
