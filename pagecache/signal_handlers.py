"""Every signal receiver of the page cache, connected once from `PageCacheConfig.ready()`.

What each change invalidates is decided in `pagecache.invalidation`; this module only says
which changes to listen for: Wagtail's publish, unpublish and move signals, saves and deletes
of pages, settings, images, documents and comments, page and collection privacy, and the
comments app's own signal for moderation actions that update rows without saving them.
"""

from django.db.models.signals import post_delete, post_save
from django_comments.models import Comment
from wagtail.documents import get_document_model
from wagtail.documents.models import AbstractDocument
from wagtail.models import Collection, CollectionViewRestriction, Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from comments.signals import comments_changed
from leaders.models import BlogPostPage

from . import invalidation


def on_comments_changed(sender, comment, **kwargs):
    invalidation.invalidate_comment(comment)


def on_publish(sender, instance, **kwargs):
    invalidation.invalidate_page(instance)


def on_unpublish(sender, instance, **kwargs):
    invalidation.withdraw_page(instance)


def on_delete(sender, instance, **kwargs):
    # Deleting a post also deletes its base Page row; react once, to the specific model.
    if isinstance(instance, Page) and sender is not Page:
        if instance.live:
            invalidation.withdraw_page(instance)
        else:
            invalidation.invalidate_page(instance)
    elif invalidation.shown_on_every_page(instance):
        invalidation.invalidate_site()
    elif isinstance(instance, Comment):
        invalidation.invalidate_comment(instance)
    elif isinstance(instance, AbstractDocument):
        invalidation.purge_documents([instance])


def on_save(sender, instance, created, raw=False, **kwargs):
    if raw:  # rows loaded as they are (fixtures, a test's serialized database): nothing edited
        return
    # A new image is on no page yet; an edited one (file, focal point) gets new renditions.
    # A settings row is created with its defaults the first time a page reads it (for_site's
    # get_or_create), mid-render: nothing on any page changes, so only edits invalidate.
    if invalidation.shown_on_every_page(instance) and not created:
        invalidation.invalidate_site()
    elif isinstance(instance, Comment):
        invalidation.invalidate_comment(instance)
    elif isinstance(instance, AbstractDocument) and not created:
        # Moved to another collection (so perhaps now private) or given a new file.
        invalidation.purge_documents([instance])


def on_move(sender, instance, parent_page_before, parent_page_after, url_path_before, **kwargs):
    parents = (parent_page_before, parent_page_after)
    if isinstance(instance.specific_deferred, BlogPostPage):
        invalidation.bump(
            *(invalidation.blog_tag(parent.path) for parent in parents),
            *{invalidation.listings_tag(parent.locale_id) for parent in parents},
            invalidation.LISTINGS,
        )
        if any(parent.get_view_restrictions().exists() for parent in parents):
            # Into or out of a private section: who may see it changed, as with its privacy.
            invalidation.invalidate_site()
    else:
        invalidation.invalidate_site()
    invalidation.purge_frontend_cache(instance.specific_deferred, subtree=True)
    invalidation.purge_frontend_cache(parent_page_before)
    invalidation.purge_old_url(instance, url_path_before)


def on_page_privacy_changed(sender, instance, raw=False, **kwargs):
    """A page's view restriction was added, changed or removed (Wagtail's privacy settings save
    or delete the row): who may see the page and every page beneath it changed.

    Scope: the whole site, wherever the restriction is. A post is listed on its blog, the home
    page, topic pages and feeds, and among the related posts of other leaders' posts; a blog on
    the directory and the home page; a restriction on the directory or the home page reaches
    every post. Narrower tags would miss the related posts of other blogs, and privacy changes
    are rare. The CDN is purged for the page, every live page beneath it and the listings above.

    Its groups (an M2M) need no receiver: they change which signed-in users may see the page,
    while the anonymous readers that caches serve are refused before and after.
    """
    if raw:
        return
    invalidation.invalidate_site()
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        invalidation.purge_frontend_cache(page, subtree=True)


def on_collection_privacy_changed(sender, instance, raw=False, **kwargs):
    """A collection's view restriction was added, changed or removed.

    Wagtail applies it to the collection's documents (their serve view asks for the password or
    a sign-in), not to images, which are served as plain files. Pages may link a document or show
    an image from it, so every page is refreshed (it is rare), and the CDN drops its copies of
    the documents in the collection and the collections beneath it.
    """
    if raw:
        return
    invalidation.invalidate_site()
    collection = Collection.objects.filter(pk=instance.collection_id).first()
    if collection is not None:
        collections = collection.get_descendants(inclusive=True)
        invalidation.purge_documents(
            get_document_model().objects.filter(collection__in=collections)
        )


def register_signal_handlers():
    page_published.connect(on_publish, dispatch_uid="pagecache-published")
    page_unpublished.connect(on_unpublish, dispatch_uid="pagecache-unpublished")
    post_page_move.connect(on_move, dispatch_uid="pagecache-moved")
    post_delete.connect(on_delete, dispatch_uid="pagecache-deleted")
    post_save.connect(on_save, dispatch_uid="pagecache-saved")
    comments_changed.connect(on_comments_changed, dispatch_uid="pagecache-comments-changed")
    for restriction, receiver in (
        (PageViewRestriction, on_page_privacy_changed),
        (CollectionViewRestriction, on_collection_privacy_changed),
    ):
        name = restriction._meta.model_name
        post_save.connect(receiver, sender=restriction, dispatch_uid=f"pagecache-{name}-saved")
        post_delete.connect(receiver, sender=restriction, dispatch_uid=f"pagecache-{name}-deleted")
