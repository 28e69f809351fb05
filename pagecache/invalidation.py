"""Which cached pages a change makes stale, and the one place that says so.

Every cached response records the version of each *tag* it depends on; a change replaces the
version of the tags it touches, so the next request for any page that depends on them renders
afresh. Tags, by what a page shows:

- ``site``: every page (site-wide changes: the home page, the directory, other pages, site
  settings, an edited or deleted image);
- ``listings:<locale id>``: pages that list posts from every leader in one language (home,
  directory, tags, feeds of that language's tree), so publishing an English post leaves the
  Welsh listings cached, and the other way round;
- ``listings``: what lists both languages (the sitemap), bumped with either language's;
- ``blog:<path>``: one leader's blog and its posts in one language (keyed by tree path, known
  without a query). A change to a post or blog also bumps the blog tags of its versions in the
  other language: their language switcher and hreflang links point at it.

Cached pages are keyed by the request's language and path (/… English, /cy/… Welsh), so the two
languages never share an entry (pagecache.middleware).

Publishing, unpublishing, moving or deleting a post or blog calls :func:`invalidate_post` or
:func:`invalidate_blog` through Wagtail's signals; a comment saved or deleted (Django's model
signals) or changed by a moderation action (approval, removal, erasure: the comments app's
`comments_changed` signal) does the same for its post. A change of who
may see a page (its or an ancestor's view restriction, unpublishing, deleting, a move into or
out of a private section) or a collection's privacy refreshes the whole site: see
:func:`pagecache.signal_handlers.on_page_privacy_changed`. The receivers are in
`pagecache.signal_handlers`.
"""

import copy
import uuid

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.images.models import AbstractImage
from wagtail.models import Page, Site

from comments.targets import post_content_type
from home.models import HomePage
from leaders.models import BlogPostPage, LeaderBlogPage
from leaders.routes import route_url

SITE = "site"
LISTINGS = "listings"
TAG_PREFIX = "pagecache:tag:"


def page_cache():
    return caches["pages"]


def blog_tag(blog_path: str) -> str:
    return f"blog:{blog_path}"


def listings_tag(locale_id) -> str:
    return f"{LISTINGS}:{locale_id}"


def _version_paths(page) -> list[str]:
    """Tree paths of `page` in every language (its translations and aliases, itself too)."""
    return list(
        Page.objects.filter(translation_key=page.translation_key).values_list("path", flat=True)
    )


def tags_for_page(page) -> list[str]:
    """The tags a rendered page depends on, from its type and tree position (no query)."""
    if isinstance(page, BlogPostPage):
        return [SITE, blog_tag(page.path[: -Page.steplen])]
    if isinstance(page, LeaderBlogPage):
        return [SITE, blog_tag(page.path)]
    return [SITE, listings_tag(page.locale_id)]


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
    blogs = {blog_tag(path[: -Page.steplen]) for path in [post.path, *_version_paths(post)]}
    bump(*blogs, listings_tag(post.locale_id), LISTINGS)
    purge_frontend_cache(post)


def invalidate_blog(blog) -> None:
    """A leader's blog changed: its own page, its posts' bylines and its language's listings."""
    blogs = {blog_tag(path) for path in [blog.path, *_version_paths(blog)]}
    bump(*blogs, listings_tag(blog.locale_id), LISTINGS)
    purge_frontend_cache(blog)


def invalidate_site() -> None:
    """Something every page may show changed: nothing cached survives."""
    bump(SITE)


def _frontend_cache_batch():
    """A batch of URLs to purge from the CDN in front of the site, or None without one."""
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return None
    return PurgeBatch()


def purge_frontend_cache(page, *, subtree=False) -> None:
    """Also purge a CDN in front of the site, when `WAGTAILFRONTENDCACHE` configures one.

    Wagtail's frontend_cache app purges a published page's own URL; the pages above it list it
    (home, directory, the blog, with their feeds: `get_cached_paths`), and a post is also listed
    on archive and topic routes. With `subtree`, every live page beneath as well: a privacy
    change reaches them all. The purge waits for the commit, so the CDN refetches new data.
    """
    batch = _frontend_cache_batch()
    if batch is None:
        return
    batch.add_pages(Page.objects.ancestor_of(page, inclusive=True).filter(depth__gt=1))
    if subtree:
        batch.add_pages(Page.objects.descendant_of(page).live())
        posts = BlogPostPage.objects.descendant_of(page, inclusive=True).live()
        batch.add_urls(_listing_urls(posts.prefetch_related("tags"), batch))
    elif isinstance(page, BlogPostPage):
        batch.add_urls(_listing_urls([page], batch))
    transaction.on_commit(batch.purge)


def _listing_urls(posts, batch) -> set[str]:
    """The routes listing these posts that are not pages: each post's year, month and tag
    archives on its blog, and its topics' pages and feeds on the home page."""
    posts = list(posts)
    blog_paths = {post.path[: -Page.steplen] for post in posts}
    home_paths = {post.path[: 2 * Page.steplen] for post in posts}
    pages = {
        **{blog.path: blog for blog in LeaderBlogPage.objects.filter(path__in=blog_paths)},
        **{home.path: home for home in HomePage.objects.filter(path__in=home_paths)},
    }
    urls = set()
    for post in posts:
        blog = pages.get(post.path[: -Page.steplen])
        home = pages.get(post.path[: 2 * Page.steplen])
        tags = [tag.slug for tag in post.tags.all()]
        year, month = str(post.date.year), f"{post.date.month:02d}"
        routes = [(blog, "year", (year,)), (blog, "month", (year, month))]
        routes += [(blog, "tag", (tag,)) for tag in tags]
        for name in ("tag", "tag_rss", "tag_atom"):
            routes += [(home, name, (tag,)) for tag in tags]
        for listing, name, args in routes:
            url = route_url(listing, name, *args, request=batch, full=True) if listing else None
            if url:
                urls.add(url)
    return urls


def purge_documents(documents) -> None:
    """Purge documents' URLs (served by Wagtail's view, on every site's host) from the CDN."""
    batch = _frontend_cache_batch()
    if batch is None:
        return
    roots = [site.root_url for site in Site.objects.all()]
    batch.add_urls(root + document.url for document in documents for root in roots)
    transaction.on_commit(batch.purge)


def purge_old_url(page, url_path_before) -> None:
    """Purge the URL a moved page had: Wagtail's own URL for its tree path before the move
    (`post_page_move` sends it), so the site, the language and trailing slashes are as Wagtail
    builds them."""
    batch = _frontend_cache_batch()
    if batch is None:
        return
    before = copy.copy(page)
    before.url_path = url_path_before
    old_url = before.get_full_url(batch)
    if old_url:
        batch.add_url(old_url)
        transaction.on_commit(batch.purge)


def invalidate_page(instance):
    """A page was published, edited or deleted while not public: refresh what shows it."""
    page = instance.specific_deferred if type(instance) is Page else instance
    if isinstance(page, BlogPostPage):
        invalidate_post(page)
    elif isinstance(page, LeaderBlogPage):
        invalidate_blog(page)
    else:
        invalidate_site()


def withdraw_page(instance):
    """A live page leaves public view: besides its blog and the listings, other leaders' posts
    show it among their related posts, so every page is refreshed."""
    invalidate_page(instance)
    invalidate_site()


def invalidate_comment(comment):
    """A comment was stored, deleted or moderated: refresh every language version of the post
    it is on (they share one thread), with each language's listings (their comment counts).
    Moderation changes rows with `QuerySet.update()`, which sends no model signal, so the
    comments app sends `comments_changed` for each comment it changes."""
    if comment.content_type_id != post_content_type().pk:
        return
    thread = Page.objects.filter(pk=comment.object_pk).values("translation_key")[:1]
    versions = list(
        BlogPostPage.objects.filter(translation_key__in=thread).only(
            "path", "locale_id", "translation_key", "url_path", "depth"
        )
    )
    if not versions:
        return
    bump(
        *{blog_tag(version.path[: -Page.steplen]) for version in versions},
        *{listings_tag(version.locale_id) for version in versions},
        LISTINGS,
    )
    for version in versions:
        purge_frontend_cache(version)


def shown_on_every_page(instance) -> bool:
    """Site settings (header, footer) and images may appear anywhere; pages do not list them."""
    return isinstance(instance, BaseSiteSetting | BaseGenericSetting | AbstractImage)
