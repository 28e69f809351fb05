"""The video block: a privacy-first facade, the right player URL, and clear refusals."""

import re

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from leaders.blocks import VideoBlock
from leaders.models import BlogPostPage
from tests import factories
from tests.leaders.test_embeds import ACCEPTED


def video_post(blog, url, title="Our winter plan"):
    return factories.blog_post(
        blog,
        title="Video post",
        body=[
            {
                "type": "video",
                "value": {
                    "url": url,
                    "title": title,
                    "caption": "Recorded in the council chamber.",
                    "transcript": "<p><b>Ada:</b> Hello.</p>",
                },
            }
        ],
    )


@pytest.mark.parametrize(("url", "embed_url", "watch_url"), ACCEPTED)
def test_video_renders_facade_with_inert_player(client, blog_a, url, embed_url, watch_url):
    video_post(blog_a, url)
    html = client.get("/leaders/ada-lovell/video-post/").content.decode()
    template = re.search(r"<template data-video-embed>(.*?)</template>", html, re.S)
    assert template, "the player must wait inside an inert <template>"
    assert f'src="{embed_url.replace("&", "&amp;")}"' in template.group(1)
    outside_template = html.replace(template.group(0), "")
    assert "<iframe" not in outside_template
    assert "youtube-nocookie" not in outside_template
    assert "player.vimeo.com" not in outside_template
    assert f'href="{watch_url.replace("&", "&amp;")}"' in html
    assert "Play video" in html
    assert "Our winter plan" in html
    assert "<details" in html and "Transcript" in html and "<b>Ada:</b> Hello." in html
    assert "Recorded in the council chamber." in html


def test_play_button_says_the_provider_may_set_cookies(client, blog_a):
    video_post(blog_a, "https://vimeo.com/76979871")
    html = client.get("/leaders/ada-lovell/video-post/").content.decode()
    assert "Playing this video loads it from Vimeo, which may set cookies" in html
    assert "data-video-play hidden" in html  # shown by the script; the link works without it


@pytest.mark.parametrize(
    "url", ["https://www.dailymotion.com/video/x7tgad0", "https://evil.example/x"]
)
def test_refused_url_names_the_accepted_providers(url):
    from django.core.exceptions import ValidationError

    block = VideoBlock()
    value = block.to_python({"url": url, "title": "T", "caption": "", "transcript": ""})
    with pytest.raises(ValidationError) as error:
        block.clean(value)
    assert "Only YouTube and Vimeo videos can be embedded" in str(error.value.block_errors)


def test_admin_refuses_other_providers_and_saves_nothing(admin_client, blog_a):
    data = nested_form_data(
        {
            "title": "Refused video",
            "slug": "refused-video",
            "date": "2026-11-01",
            "summary": "A post.",
            "body": streamfield(
                [
                    (
                        "video",
                        {
                            "url": "https://www.dailymotion.com/video/x7tgad0",
                            "title": "Elsewhere",
                            "caption": "",
                            "transcript": rich_text(""),
                        },
                    )
                ]
            ),
        }
    )
    url = reverse("wagtailadmin_pages:add", args=["leaders", "blogpostpage", blog_a.pk])
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert "Only YouTube and Vimeo videos can be embedded" in response.content.decode()
    assert not BlogPostPage.objects.filter(slug="refused-video").exists()


def test_admin_saves_a_video_offline(admin_client, blog_a):
    """The suite blocks outbound sockets, so this save proves no network is needed."""
    data = nested_form_data(
        {
            "title": "Offline video",
            "slug": "offline-video",
            "date": "2026-11-01",
            "summary": "A post.",
            "body": streamfield(
                [
                    (
                        "video",
                        {
                            "url": "https://www.youtube.com/watch?v=aqz-KE-bpKQ",
                            "title": "A message",
                            "caption": "",
                            "transcript": rich_text(""),
                        },
                    )
                ]
            ),
        }
    )
    url = reverse("wagtailadmin_pages:add", args=["leaders", "blogpostpage", blog_a.pk])
    response = admin_client.post(url, data)
    assert response.status_code == 302
    assert BlogPostPage.objects.filter(slug="offline-video").exists()
