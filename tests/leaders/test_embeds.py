"""The offline video finder: which URLs are accepted and what player URL each one gets."""

import pytest
from wagtail.embeds import embeds
from wagtail.embeds.finders import get_finders

from leaders.embeds import parse_video_url

ACCEPTED = [
    (
        "https://www.youtube.com/watch?v=aqz-KE-bpKQ",
        "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?rel=0&autoplay=1",
        "https://www.youtube.com/watch?v=aqz-KE-bpKQ",
    ),
    (
        "https://www.youtube.com/watch?v=aqz-KE-bpKQ&t=1m30s",
        "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?rel=0&autoplay=1&start=90",
        "https://www.youtube.com/watch?v=aqz-KE-bpKQ&t=90s",
    ),
    (
        "https://m.youtube.com/watch?feature=share&v=aqz-KE-bpKQ",
        "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?rel=0&autoplay=1",
        "https://www.youtube.com/watch?v=aqz-KE-bpKQ",
    ),
    (
        "https://youtu.be/aqz-KE-bpKQ?t=42",
        "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?rel=0&autoplay=1&start=42",
        "https://www.youtube.com/watch?v=aqz-KE-bpKQ&t=42s",
    ),
    (
        "https://www.youtube.com/shorts/aqz-KE-bpKQ",
        "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?rel=0&autoplay=1",
        "https://www.youtube.com/watch?v=aqz-KE-bpKQ",
    ),
    (
        "https://www.youtube.com/embed/aqz-KE-bpKQ?start=10",
        "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?rel=0&autoplay=1&start=10",
        "https://www.youtube.com/watch?v=aqz-KE-bpKQ&t=10s",
    ),
    (
        "https://www.youtube.com/live/aqz-KE-bpKQ",
        "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?rel=0&autoplay=1",
        "https://www.youtube.com/watch?v=aqz-KE-bpKQ",
    ),
    (
        "https://vimeo.com/76979871",
        "https://player.vimeo.com/video/76979871?dnt=1&autoplay=1",
        "https://vimeo.com/76979871",
    ),
    (
        "https://vimeo.com/76979871/8a2b5c1d9e",
        "https://player.vimeo.com/video/76979871?h=8a2b5c1d9e&dnt=1&autoplay=1",
        "https://vimeo.com/76979871/8a2b5c1d9e",
    ),
    (
        "https://player.vimeo.com/video/76979871?h=8a2b5c1d9e#t=20s",
        "https://player.vimeo.com/video/76979871?h=8a2b5c1d9e&dnt=1&autoplay=1#t=20s",
        "https://vimeo.com/76979871/8a2b5c1d9e#t=20s",
    ),
]

REFUSED = [
    "https://www.dailymotion.com/video/x7tgad0",
    "https://www.youtube.com/watch?v=short",
    "https://www.youtube.com/channel/UC123",
    "https://evil.example/watch?v=aqz-KE-bpKQ",
    "https://youtube.com.evil.example/watch?v=aqz-KE-bpKQ",
    "javascript:alert(1)",
    "ftp://vimeo.com/76979871",
    "https://vimeo.com/channels/staffpicks",
    "not a url",
    "",
]


@pytest.mark.parametrize(("url", "embed_url", "watch_url"), ACCEPTED)
def test_accepted_urls_get_privacy_friendly_player_urls(url, embed_url, watch_url):
    source = parse_video_url(url)
    assert source is not None
    assert source.embed_url == embed_url
    assert source.watch_url == watch_url


@pytest.mark.parametrize("start", ["²", "9" * 40, "1x", "-5", "١٢"])
def test_odd_start_times_are_ignored_not_fatal(start):
    assert parse_video_url(f"https://youtu.be/aqz-KE-bpKQ?t={start}").start == 0


@pytest.mark.parametrize("url", REFUSED)
def test_other_urls_are_refused(url):
    assert parse_video_url(url) is None


@pytest.mark.django_db
def test_wagtail_embed_lookup_uses_the_local_finder_without_network():
    get_finders.cache_clear()
    embed = embeds.get_embed("https://youtu.be/aqz-KE-bpKQ")
    assert embed.provider_name == "YouTube"
    assert 'src="https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ' in embed.html
