"""A post page: reading time, neighbours, related posts, plain share links, SEO data."""

import json
import re

import pytest

from tests import factories


def post_page(client, slug, blog="ada-lovell"):
    response = client.get(f"/leaders/{blog}/{slug}/")
    assert response.status_code == 200
    return response


@pytest.mark.django_db
def test_reading_time_follows_the_length_of_the_post(client, blog_a):
    words = " ".join(["word"] * 1000)
    factories.blog_post(blog_a, title="Long read", body=[factories.paragraph(f"<p>{words}</p>")])
    factories.blog_post(blog_a, title="Short read")
    assert "6 minute read" in post_page(client, "long-read").content.decode()
    assert "1 minute read" in post_page(client, "short-read").content.decode()


@pytest.mark.django_db
def test_previous_and_next_are_the_same_leaders_neighbouring_live_posts(client, posts, draft):
    middle = post_page(client, "winter-ready").context
    assert middle["previous_post"].title == "Budget questions answered"
    assert middle["next_post"].title == "Libraries stay open"  # the later draft is skipped
    newest = post_page(client, "libraries-stay-open").context
    assert newest["next_post"] is None
    assert (
        post_page(client, "fire-station-open-day", blog="ben-okoro").context["previous_post"]
        is None
    )


@pytest.mark.django_db
def test_related_posts_share_tags_across_leaders_most_shared_first(client, posts, draft):
    related = post_page(client, "libraries-stay-open").context["related_posts"]
    titles = [post.title for post in related]
    assert titles == ["Budget questions answered", "Fire station open day"]
    assert post_page(client, "winter-ready").context["related_posts"] == []


@pytest.mark.django_db
def test_share_links_are_plain_links_with_no_scripts_or_counters(client, posts):
    html = post_page(client, "libraries-stay-open").content.decode()
    url = "https%3A%2F%2Fleaders.example%2Fleaders%2Fada-lovell%2Flibraries-stay-open%2F"
    for label, start in [
        ("Share by email", "mailto:?subject=Libraries%20stay%20open"),
        ("Share on LinkedIn", f"https://www.linkedin.com/sharing/share-offsite/?url={url}"),
        ("Share on X", "https://x.com/intent/post?text=Libraries+stay+open"),
        ("Share on Facebook", f"https://www.facebook.com/sharer/sharer.php?u={url}"),
        ("Share on Mastodon", "https://mastodonshare.com/?text=Libraries+stay+open"),
    ]:
        assert re.search(rf'<a href="{re.escape(start)}[^"]*">{label}</a>', html), label
    scripts = re.findall(r"<script[^>]*src=\"([^\"]+)\"", html)
    assert scripts and all(src.startswith("/static/js/") for src in scripts), scripts
    assert "<iframe" not in html


@pytest.mark.django_db
def test_post_has_canonical_description_opengraph_and_json_ld(client, posts):
    html = post_page(client, "libraries-stay-open").content.decode()
    url = "https://leaders.example/leaders/ada-lovell/libraries-stay-open/"
    assert f'<link rel="canonical" href="{url}">' in html
    assert '<meta name="description" content="Summary of Libraries stay open.">' in html
    assert '<meta property="og:type" content="article">' in html
    assert f'<meta property="og:url" content="{url}">' in html
    image = re.search(r'<meta property="og:image" content="([^"]+)">', html).group(1)
    assert image.startswith("https://leaders.example/media/images/hall.")
    assert '<meta name="twitter:card" content="summary_large_image">' in html
    data = json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    )
    assert data["@type"] == "BlogPosting"
    assert data["headline"] == "Libraries stay open"
    assert data["author"]["name"] == "Ada Lovell"
    assert data["publisher"]["name"] == "Eastmoor Borough Council"
    assert data["image"] == image
    assert data["datePublished"] and data["dateModified"]


@pytest.mark.django_db
def test_share_image_falls_back_to_the_first_bitmap_diagram(client, blog_a):
    svg = factories.image(title="Flow", filename="flow.svg", data=factories.SVG_DIAGRAM)
    png = factories.image(title="Chart", filename="chart.png")
    factories.blog_post(
        blog_a,
        title="Charts",
        body=[
            {"type": "diagram", "value": {"image": svg.pk, "alt_text": "Flow", "caption": "Flow"}},
            {"type": "diagram", "value": {"image": png.pk, "alt_text": "Bars", "caption": "Bars"}},
        ],
    )
    html = post_page(client, "charts").content.decode()
    assert re.search(
        r'<meta property="og:image" content="https://leaders.example/media/images/chart\.', html
    )
    assert '<meta property="og:image:alt" content="Bars">' in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("size", "shared"), [((2400, 1500), (1200, 630)), ((300, 200), (300, 158))]
)
def test_share_image_size_is_the_renditions_real_size(client, blog_a, size, shared):
    png = factories.image(title="Chart", filename="chart.png", data=factories.png_bytes(*size))
    body = [{"type": "diagram", "value": {"image": png.pk, "alt_text": "Bars", "caption": "Bars"}}]
    factories.blog_post(blog_a, title="Sized", body=body)
    html = post_page(client, "sized").content.decode()
    assert f'<meta property="og:image:width" content="{shared[0]}">' in html
    assert f'<meta property="og:image:height" content="{shared[1]}">' in html


@pytest.mark.django_db
def test_json_ld_cannot_break_out_of_its_script_element(client, blog_a):
    factories.blog_post(blog_a, title="</script><script>alert(1)</script>", slug="tricky")
    html = post_page(client, "tricky").content.decode()
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    assert json.loads(block)["headline"] == "</script><script>alert(1)</script>"


@pytest.mark.django_db
def test_post_without_image_gets_a_summary_card(client, posts):
    html = post_page(client, "winter-ready").content.decode()
    assert '<meta name="twitter:card" content="summary">' in html
    assert "og:image" not in html


@pytest.mark.django_db
def test_a_hero_image_missing_from_storage_breaks_neither_post_nor_feed(client, posts):
    hero = posts["new"].hero_image
    hero.file.storage.delete(hero.file.name)
    html = post_page(client, "libraries-stay-open").content.decode()
    assert "og:image" not in html
    assert client.get("/leaders/ada-lovell/feed/").status_code == 200
