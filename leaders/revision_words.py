"""The words of a revision: what readers would get, without Wagtail's bookkeeping.

The workflow asks "who wrote these words?". Wagtail's editor saves a new revision whenever its
form reports a change, and it reports one for rich text Draftail has only re-encoded (it adds a
`data-block-key` to every paragraph): pressing Approve saves the reviewer's revision of the same
words. So authorship goes by words: the author of the newest revision's words is whoever saved
them first in the unbroken run of revisions that all have these words.

Anything not known to be bookkeeping counts as words, so an unexpected field makes a change, never
hides one.
"""

import json
import re

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist
from django.db.models import ForeignObjectRel
from django.utils.text import capfirst
from wagtail import blocks
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Revision

# Kept up to date by the page tree, publishing, locking, translation and the editor's own notes
# (Wagtail's commenting); `draft_title` repeats `title`.
BOOKKEEPING = frozenset(
    {
        "pk",
        "path",
        "depth",
        "numchild",
        "url_path",
        "content_type",
        "draft_title",
        "live",
        "has_unpublished_changes",
        "first_published_at",
        "last_published_at",
        "live_revision",
        "latest_revision",
        "latest_revision_created_at",
        "locked",
        "locked_at",
        "locked_by",
        "owner",
        "locale",
        "translation_key",
        "alias_of",
        "expired",
        "wagtail_admin_comments",
    }
)

# Draftail's paragraph keys: they identify a paragraph to the editor and change nothing a reader
# gets. Only the attribute goes; the rest of the tag, and the text, are compared as stored.
BLOCK_KEY = re.compile(r'(<[a-zA-Z][^<>]*?)\s+data-block-key="[^"<>]*"')


def _rich_text(html):
    return BLOCK_KEY.sub(r"\1", html) if isinstance(html, str) else html


def _block(block, value):
    """A block's stored value, with rich text re-encodings and block ids left out."""
    if isinstance(block, blocks.RichTextBlock):
        return _rich_text(value)
    if isinstance(block, blocks.StreamBlock) and isinstance(value, list):
        return [
            [item["type"], _block(block.child_blocks.get(item["type"]), item.get("value"))]
            if isinstance(item, dict) and "type" in item
            else item
            for item in value
        ]
    if isinstance(block, blocks.StructBlock) and isinstance(value, dict):
        return {name: _block(block.child_blocks.get(name), child) for name, child in value.items()}
    if isinstance(block, blocks.ListBlock) and isinstance(value, list):
        return [
            _block(block.child_block, item["value"])
            if isinstance(item, dict) and item.get("type") == "item" and "value" in item
            else _block(block.child_block, item)
            for item in value
        ]
    return value


def _children(relation, rows):
    """Child rows (tags, links) without their own ids or the key back to the page."""
    if not isinstance(rows, list):
        return rows
    skip = {"pk", "id", "sort_order", relation.field.name}
    cleaned = [
        {key: value for key, value in row.items() if key not in skip}
        if isinstance(row, dict)
        else row
        for row in rows
    ]
    if "sort_order" in {field.name for field in relation.related_model._meta.get_fields()}:
        return cleaned  # an ordered list: the order is part of the words
    return sorted(cleaned, key=lambda row: json.dumps(row, sort_keys=True, default=str))


def _stream_data(value):
    """A StreamField is stored in a revision as its JSON text."""
    if not isinstance(value, str):
        return value
    try:
        return json.loads(value)
    except ValueError:
        return value


def _field(model, name):
    try:
        return model._meta.get_field(name) if model else None
    except FieldDoesNotExist:
        return None


def words(revision):
    """The revision's content as readers would get it, comparable between revisions."""
    model = ContentType.objects.get_for_id(revision.content_type_id).model_class()
    result = {}
    for name, value in revision.content.items():
        if name in BOOKKEEPING:
            continue
        field = _field(model, name)
        if isinstance(field, StreamField):
            value = _block(field.stream_block, _stream_data(value))
        elif isinstance(field, RichTextField):
            value = _rich_text(value)
        elif isinstance(field, ForeignObjectRel) and field.one_to_many:
            value = _children(field, value)
        result[name] = value
    return result


def changed_fields(old, new):
    """The labels of the fields whose words differ between two revisions, in the model's order."""
    before, after = words(old), words(new)
    model = ContentType.objects.get_for_id(new.content_type_id).model_class()
    order = [field.name for field in model._meta.get_fields()] if model else []
    position = {name: index for index, name in enumerate(order)}
    changed = {
        _edited_as(model, name)
        for name in before.keys() | after.keys()
        if before.get(name) != after.get(name)
    }
    return [
        str(capfirst(getattr(_field(model, name), "verbose_name", None) or name.replace("_", " ")))
        for name in sorted(changed, key=lambda name: position.get(name, len(order)))
    ]


def _edited_as(model, name):
    """The field the editor shows for `name`: tags for the rows that hold them."""
    field = _field(model, name)
    if field is not None and not field.concrete:
        for other in model._meta.get_fields():
            if getattr(getattr(other, "remote_field", None), "through", None) is (
                field.related_model
            ):
                return other.name
    return name


def latest_revision(page):
    """The newest revision of `page`, read from the database rather than a copy in memory."""
    return (
        Revision.page_revisions.filter(object_id=str(page.pk))
        .order_by("-created_at", "-id")
        .first()
    )


def same_words_run(page, newest=None):
    """The newest revisions of `page` (or those up to the revision `newest`) that all have the
    words of the first of them, newest first.

    The run ends at the first older revision with other words: the last revision of the run is
    where these words were written, the others only saved them again.
    """
    run = []
    run_words = None
    revisions = Revision.page_revisions.filter(object_id=str(page.pk)).order_by(
        "-created_at", "-id"
    )
    for revision in revisions.iterator(chunk_size=10):
        if newest is not None and not run and revision.pk != newest.pk:
            continue
        current = words(revision)
        if run_words is None:
            run_words = current
        elif current != run_words:
            break
        run.append(revision)
    return run


def words_author_id(page, run=None):
    """The user who wrote the words of `page`'s newest revision (None when nobody did)."""
    run = same_words_run(page) if run is None else run
    return run[-1].user_id if run else None
