"""Which cached pages a change makes stale, and the one place that says so.

Every cached response records the version of each *tag* it depends on; a change replaces the
version of the tags it touches, so the next request for any page that depends on them renders
afresh. Tags, by what a page shows:

- ``site``: every page (site-wide changes: the home page, the directory, other pages, site
  settings, an edited or deleted image);
- ``listings``: pages that list posts from every leader (home, directory, tags, feeds, sitemap);
- ``blog:<path>``: one leader's blog and its posts (keyed by tree path, known without a query).

Publishing, unpublishing, moving or deleting a post or blog calls :func:`invalidate_post` or
:func:`invalidate_blog` through Wagtail's signals; saving or deleting a comment (approval,
removal, erasure) does the same for its post through Django's model signals.
"""

import uuid

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import caches
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django_comments.models import Comment
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.images.models import AbstractImage
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

SITE = "site"
LISTINGS = "listings"
TAG_PREFIX = "pagecache:tag:"


def page_cache():
    return caches["pages"]


def blog_tag(blog_path: str) -> str:
    return f"blog:{blog_path}"


def tags_for_page(page) -> list[str]:
    """The tags a rendered page depends on, from its type and tree position (no query)."""
    from leaders.models import BlogPostPage, LeaderBlogPage

    if isinstance(page, BlogPostPage):
        return [SITE, blog_tag(page.path[: -Page.steplen])]
    if isinstance(page, LeaderBlogPage):
        return [SITE, blog_tag(page.path)]
    return [SITE, LISTINGS]


def current_versions(tags) -> dict[str, str]:
    """The version of each tag now, giving a fresh version to any tag the cache has lost."""
    cache = page_cache()
    keys = {TAG_PREFIX + tag: tag for tag in tags}
    found = cache.get_many(keys)
    for key in keys.keys() - found.keys():
        cache.add(key, uuid.uuid4().hex, timeout=None)
        found[key] = cache.get(key)
    return {keys[key]: version for key, version in found.items()}


def _replace_versions(tags) -> None:
    page_cache().set_many({TAG_PREFIX + tag: uuid.uuid4().hex for tag in tags}, timeout=None)


def bump(*tags: str) -> None:
    """Make every page depending on `tags` stale now, and again once the transaction commits.

    The second bump closes a race: a reader who rendered the old data before the commit may
    store it under the version set by the first bump; the one after commit makes that stale too.
    """
    _replace_versions(tags)
    transaction.on_commit(lambda: _replace_versions(tags))


def invalidate_post(post) -> None:
    """A post changed (published, unpublished, moved, deleted, or a comment on it moderated)."""
    bump(blog_tag(post.path[: -Page.steplen]), LISTINGS)
    _purge_frontend_cache([post])


def invalidate_blog(blog) -> None:
    """A leader's blog changed: its own page, its posts' bylines and every listing."""
    bump(blog_tag(blog.path), LISTINGS)
    _purge_frontend_cache([blog])


def invalidate_site() -> None:
    """Something every page may show changed: nothing cached survives."""
    bump(SITE)


def _purge_frontend_cache(pages) -> None:
    """Also purge a CDN in front of the site, when `WAGTAILFRONTENDCACHE` configures one.

    Wagtail's frontend_cache app purges a published page's own URL; the listings that show it
    (home, directory, the blog) need purging too.
    """
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    from wagtail.contrib.frontend_cache.utils import PurgeBatch

    batch = PurgeBatch()
    for page in pages:
        batch.add_pages(Page.objects.ancestor_of(page, inclusive=True).filter(depth__gt=1))
    transaction.on_commit(batch.purge)


def _page_changed(instance):
    from leaders.models import BlogPostPage, LeaderBlogPage

    page = instance.specific_deferred if type(instance) is Page else instance
    if isinstance(page, BlogPostPage):
        invalidate_post(page)
    elif isinstance(page, LeaderBlogPage):
        invalidate_blog(page)
    else:
        invalidate_site()


def on_publish_or_unpublish(sender, instance, **kwargs):
    _page_changed(instance)


def on_delete(sender, instance, **kwargs):
    # Deleting a post also deletes its base Page row; react once, to the specific model.
    if isinstance(instance, Page) and sender is not Page:
        _page_changed(instance)
    elif _shown_on_every_page(instance):
        invalidate_site()
    elif isinstance(instance, Comment):
        invalidate_comment(instance)


def on_save(sender, instance, created, **kwargs):
    # A new image is on no page yet; an edited one (file, focal point) gets new renditions.
    # A settings row is created with its defaults the first time a page reads it (for_site's
    # get_or_create), mid-render: nothing on any page changes, so only edits invalidate.
    if _shown_on_every_page(instance) and not created:
        invalidate_site()
    elif isinstance(instance, Comment):
        invalidate_comment(instance)


def invalidate_comment(comment):
    """Approving, removing, editing or erasing a comment saves (or deletes) its row: refresh
    the post it is on. Bulk `QuerySet.update()` sends no signal; such code calls
    invalidate_post itself."""
    from leaders.models import BlogPostPage

    if comment.content_type_id != ContentType.objects.get_for_model(BlogPostPage).pk:
        return
    post = Page.objects.filter(pk=comment.object_pk).only("path").first()
    if post is not None:
        invalidate_post(post)


def _shown_on_every_page(instance) -> bool:
    """Site settings (header, footer) and images may appear anywhere; pages do not list them."""
    return isinstance(instance, BaseSiteSetting | BaseGenericSetting | AbstractImage)


def on_move(sender, instance, parent_page_before, parent_page_after, **kwargs):
    from leaders.models import BlogPostPage

    if isinstance(instance.specific_deferred, BlogPostPage):
        bump(blog_tag(parent_page_before.path), blog_tag(parent_page_after.path), LISTINGS)
    else:
        invalidate_site()


def connect_signals() -> None:
    page_published.connect(on_publish_or_unpublish, dispatch_uid="pagecache-published")
    page_unpublished.connect(on_publish_or_unpublish, dispatch_uid="pagecache-unpublished")
    post_page_move.connect(on_move, dispatch_uid="pagecache-moved")
    post_delete.connect(on_delete, dispatch_uid="pagecache-deleted")
    post_save.connect(on_save, dispatch_uid="pagecache-saved")
