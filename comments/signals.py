"""Signals the comments app sends, for apps above it that keep copies of what comments show."""

from django.dispatch import Signal

# Sent with `comment` after a moderation action changed it with an UPDATE (no post_save is
# sent then): the page cache refreshes the post it is on.
comments_changed = Signal()
