"""Recognise YouTube and Vimeo URLs and build their privacy-friendly embeds locally.

Wagtail's default oEmbed finder calls the provider at save time, so an offline server cannot
even save a post with a video, and every lookup tells the provider about our editors. We know
the two providers' URL shapes, so we build the player URL ourselves: YouTube through
www.youtube-nocookie.com, Vimeo with dnt=1 (do not track).
"""

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlencode, urlsplit

from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail.embeds.finders.base import EmbedFinder

ACCEPTED_PROVIDERS_MESSAGE = _(
    "Only YouTube and Vimeo videos can be embedded. Paste the address of the video's page, "
    "for example https://www.youtube.com/watch?v=… or https://vimeo.com/…"
)

YOUTUBE_HOSTS = {
    "youtube.com",
    "www.youtube.com",
    "m.youtube.com",
    "youtube-nocookie.com",
    "www.youtube-nocookie.com",
    "music.youtube.com",
}
VIMEO_HOSTS = {"vimeo.com", "www.vimeo.com", "player.vimeo.com"}
YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{11}$")
YOUTUBE_PATH = re.compile(r"^/(?:embed|shorts|live|v)/([A-Za-z0-9_-]{11})/?$")
VIMEO_PATH = re.compile(r"^/(?:video/)?(\d+)(?:/([0-9a-f]+))?/?$")
TIME_PART = re.compile(r"([0-9]{1,6})([hms]?)")


@dataclass(frozen=True)
class VideoSource:
    """Where a video lives and how to play it without tracking."""

    provider: str  # "YouTube" or "Vimeo"
    video_id: str
    start: int = 0
    unlisted_hash: str = ""

    @property
    def embed_url(self) -> str:
        if self.provider == "YouTube":
            query = {"rel": "0", "autoplay": "1"}
            if self.start:
                query["start"] = str(self.start)
            return f"https://www.youtube-nocookie.com/embed/{self.video_id}?{urlencode(query)}"
        query = {"dnt": "1", "autoplay": "1"}
        if self.unlisted_hash:
            query = {"h": self.unlisted_hash, **query}
        url = f"https://player.vimeo.com/video/{self.video_id}?{urlencode(query)}"
        return url + (f"#t={self.start}s" if self.start else "")

    @property
    def watch_url(self) -> str:
        if self.provider == "YouTube":
            suffix = f"&t={self.start}s" if self.start else ""
            return f"https://www.youtube.com/watch?v={self.video_id}{suffix}"
        path = f"{self.video_id}/{self.unlisted_hash}" if self.unlisted_hash else self.video_id
        return f"https://vimeo.com/{path}" + (f"#t={self.start}s" if self.start else "")


def parse_start_time(value: str) -> int:
    """'90', '90s', '1m30s' and '1h2m3s' all mean seconds from the start."""
    value = (value or "").strip().lower()
    if re.fullmatch(r"[0-9]+", value):  # not str.isdigit(): it accepts "²", int() refuses it
        return int(value) if len(value) <= 6 else 0
    units = {"h": 3600, "m": 60, "s": 1, "": 1}
    parts = TIME_PART.findall(value)
    if not parts or "".join(n + u for n, u in parts) != value:
        return 0
    return sum(int(number) * units[unit] for number, unit in parts)


def parse_video_url(url: str) -> VideoSource | None:
    """The video a YouTube or Vimeo URL points at, or None for anything else."""
    try:
        parts = urlsplit((url or "").strip())
    except ValueError:
        return None
    if parts.scheme not in ("http", "https"):
        return None
    host = (parts.hostname or "").lower()
    query = parse_qs(parts.query)
    fragment = parse_qs(parts.fragment)
    start = parse_start_time((query.get("t") or query.get("start") or fragment.get("t") or [""])[0])

    if host in YOUTUBE_HOSTS:
        video_id = (query.get("v") or [""])[0] if parts.path in ("/watch", "/watch/") else ""
        if not video_id:
            match = YOUTUBE_PATH.match(parts.path)
            video_id = match.group(1) if match else ""
        if YOUTUBE_ID.match(video_id):
            return VideoSource("YouTube", video_id, start)
        return None
    if host == "youtu.be":
        video_id = parts.path.strip("/")
        return VideoSource("YouTube", video_id, start) if YOUTUBE_ID.match(video_id) else None
    if host in VIMEO_HOSTS:
        match = VIMEO_PATH.match(parts.path)
        if not match:
            return None
        unlisted_hash = match.group(2) or (query.get("h") or [""])[0]
        if unlisted_hash and not re.fullmatch(r"[0-9a-f]+", unlisted_hash):
            return None
        return VideoSource("Vimeo", match.group(1), start, unlisted_hash)
    return None


class LocalVideoFinder(EmbedFinder):
    """Wagtail embed finder for YouTube and Vimeo that never touches the network."""

    def accept(self, url):
        return parse_video_url(url) is not None

    def find_embed(self, url, max_width=None, max_height=None):
        source = parse_video_url(url)
        html = format_html(
            '<iframe src="{}" title="{}" width="640" height="360" loading="lazy" '
            'allow="autoplay; fullscreen; picture-in-picture" allowfullscreen></iframe>',
            source.embed_url,
            _("Video on %(provider)s") % {"provider": source.provider},
        )
        return {
            "title": "",
            "author_name": "",
            "provider_name": source.provider,
            "type": "video",
            "thumbnail_url": None,
            "width": 640,
            "height": 360,
            "html": str(html),
        }
