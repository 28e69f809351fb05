"""Which language versions of a post or a blog a reader can be sent to."""

from django.conf import settings
from wagtail.models import Page

from leaders.models import BlogPostPage, LeaderBlogPage


def language_of(page) -> str:
    return page.locale.language_code


def live_version(model, translation_key, language):
    """The live page of `model` in `language` (an alias of another language's page does not
    count: it shows that language's text), or None."""
    return (
        model.objects.live()
        .filter(translation_key=translation_key, locale__language_code=language, alias_of=None)
        .select_related("locale")
        .first()
    )


def post_for(translation_key, language):
    """(the post to send, whether it is in `language`): the version in `language` if live,
    else the first live version in the site's languages' order."""
    wanted = live_version(BlogPostPage, translation_key, language)
    if wanted is not None:
        return wanted, True
    for code, _name in settings.LANGUAGES:
        if code != language and (other := live_version(BlogPostPage, translation_key, code)):
            return other, False
    return None, False


def blog_name(blog_key, language) -> str:
    blog = LeaderBlogPage.objects.filter(translation_key=blog_key, locale__language_code=language)
    blog = blog.first() or LeaderBlogPage.objects.filter(translation_key=blog_key).first()
    return blog.name if blog else ""


def live_blogs(language):
    """The live blogs of serving leaders in `language`, by name, for the forms."""
    return (
        LeaderBlogPage.objects.live()
        .filter(locale__language_code=language, left_office_on=None)
        .order_by("name")
        .only("name", "translation_key", "left_office_on")
    )


def is_first_publication(page: Page) -> bool:
    """True only on the very first publication of the first language version of a post: not a
    republish, not unpublish then publish, not a later translation."""
    if page.first_published_at is None or page.first_published_at != page.last_published_at:
        return False
    return (
        not Page.objects.filter(
            translation_key=page.translation_key, first_published_at__lt=page.first_published_at
        )
        .exclude(pk=page.pk)
        .exists()
    )
