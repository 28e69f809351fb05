"""Uploaded images served by Django in development and `make serve`; nothing else from MEDIA_ROOT.

Documents live under MEDIA_ROOT too, but only Wagtail's document view may hand them out: it
checks collection privacy and forces a download. So this view serves an allow-list of folders
(Wagtail's original images, its renditions and the admin's avatars) and answers 404 for
everything else, including any path that is not already in its plain, canonical form.

The decision is made on the path exactly as the file system will read it. A blocklist checked
on the raw URL (e.g. "not documents/") is bypassed by `//documents/`, `./documents/` or
`images/../documents/`, which Django's `serve` normalises only afterwards. Rather than normalise
and then guess what was meant, a path that is not canonical is refused: every segment must be
a plain file or folder name ([\\w.-], never "", "." or ".."), so doubled slashes, dot segments,
backslashes, NUL bytes, leftover percent-escapes (`%2e` arriving as literal text after the
server's one decoding) and trailing slashes all fail. Folder names are compared exactly, and a
symbolic link that leads out of its folder is refused too.
"""

import re
from pathlib import Path

from django.conf import settings
from django.http import Http404
from django.urls import re_path
from django.views.decorators.http import require_safe
from django.views.static import serve

# Where Wagtail stores uploads that are public by design: AbstractImage.get_upload_to,
# AbstractRendition.get_upload_to and the admin's UserProfile.avatar.
SERVED_FOLDERS = frozenset({"original_images", "images", "avatar_images"})

# File names as Django's storage writes them (get_valid_name keeps word characters, "-" and ".").
_SEGMENT = re.compile(r"[\w.-]+")


def allowed_path(path: str) -> bool:
    """True when `path` is a canonical file path inside one of the served folders."""
    segments = path.split("/")
    return (
        len(segments) >= 2
        and segments[0] in SERVED_FOLDERS
        and all(_SEGMENT.fullmatch(s) and s not in {".", ".."} for s in segments)
    )


def _inside_its_folder(root: Path, path: str) -> bool:
    folder = (root / path.split("/", 1)[0]).resolve()
    return (root / path).resolve().is_relative_to(folder)


@require_safe
def serve_media(request, path):
    root = Path(settings.MEDIA_ROOT)
    if not allowed_path(path) or not _inside_its_folder(root, path):
        raise Http404
    return serve(request, path, document_root=root)


def media_urlpatterns():
    """The URL pattern for MEDIA_URL (a local path such as /media/); SecurityHeadersMiddleware
    adds the sandbox policy to everything under it."""
    return [re_path(rf"^{re.escape(settings.MEDIA_URL.lstrip('/'))}(?P<path>.*)$", serve_media)]
