"""The Welsh demo content keeps the English content's shape, so a loader can pair them up."""

import re
from html.parser import HTMLParser

import pytest
from wagtail.models import Page

from demo import content, starter_pages
from demo import content_cy as cy
from home.models import Cookie
from leaders.blocks import PostBodyBlock
from leaders.models import BlogPostPage, LeaderBlogPage, LeaderLink

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
ENGLISH_BLOGS = {leader["slug"]: leader for leader in content.LEADERS}
COMMENT_KEYS = {"name", "email", "text", "replies", "held", "reported"}


def english_posts():
    return [(leader["slug"], post) for leader in content.LEADERS for post in leader["posts"]]


def welsh_posts():
    for blog_slug, posts in ((slug, leader["posts"]) for slug, leader in cy.LEADERS_CY.items()):
        english = {post["slug"]: post for post in ENGLISH_BLOGS[blog_slug]["posts"]}
        for post_slug, welsh in posts.items():
            yield english[post_slug], welsh


def limit(model, field):
    return model._meta.get_field(field).max_length


def block_limit(block_type, child):
    """The max_length of a struct block's child, or None where the block sets none."""
    block = PostBodyBlock().child_blocks[block_type].child_blocks[child]
    return getattr(getattr(block, "field", None), "max_length", None)


def test_every_english_post_but_one_has_a_welsh_version_and_every_leader_keeps_some():
    assert cy.LEADERS_CY.keys() == ENGLISH_BLOGS.keys()
    missing = [
        slug
        for blog, post in english_posts()
        if (slug := post["slug"]) not in cy.LEADERS_CY[blog]["posts"]
    ]
    assert missing == ["what-residents-told-us"]
    for blog, leader in cy.LEADERS_CY.items():
        english_slugs = {post["slug"] for post in ENGLISH_BLOGS[blog]["posts"]}
        assert leader["posts"] and set(leader["posts"]) <= english_slugs


def test_leaders_keep_their_names_links_and_field_shapes():
    for blog, welsh in cy.LEADERS_CY.items():
        english = ENGLISH_BLOGS[blog]
        assert welsh["name"] == english["name"]
        assert type(welsh["biography"]) is type(english["biography"])
        assert len(welsh["biography"]) == len(english["biography"])
        assert [url for _title, url in welsh["links"]] == [url for _t, url in english["links"]]
        assert len(welsh["role"]) <= limit(LeaderBlogPage, "role")
        assert len(welsh["organisation"]) <= limit(LeaderBlogPage, "organisation")
        for title, _url in welsh["links"]:
            assert len(title) <= limit(LeaderLink, "title")


def test_welsh_bodies_have_the_english_blocks_in_the_same_order():
    for english, welsh in welsh_posts():
        assert welsh.keys() == {"title", "slug", "summary", "tags", "body"}
        assert [kind for kind, _ in welsh["body"]] == [kind for kind, _ in english["body"]]
        for (kind, value), (_kind, english_value) in zip(
            welsh["body"], english["body"], strict=True
        ):
            if kind == "diagram":
                assert value == english_value
            elif kind == "paragraph":
                assert value.startswith("<") and value.strip()
            else:
                assert value.keys() == english_value.keys()
            if kind == "heading":
                assert value["level"] == english_value["level"]
            if kind == "video":
                assert value["url"] == english_value["url"]


def test_welsh_text_fits_the_fields_it_is_loaded_into():
    for _english, welsh in welsh_posts():
        assert len(welsh["title"]) <= limit(Page, "title")
        assert len(welsh["summary"]) <= limit(BlogPostPage, "summary")
        for kind, value in welsh["body"]:
            if kind in {"heading", "quote", "video"}:
                for child, text in value.items():
                    max_length = block_limit(kind, child)
                    assert max_length is None or len(text) <= max_length, (kind, child, text)
    for spec in cy.DIAGRAMS_CY.values():
        for child in ("alt_text", "caption", "credit"):
            assert len(spec[child]) <= block_limit("diagram", child), (child, spec[child])


class _Markup(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs).get("href")))


def markup(html):
    """The tags and link targets of some HTML, in order: what a translation must not change."""
    parser = _Markup()
    parser.feed(html)
    return parser.tags


def test_welsh_rich_text_keeps_the_english_markup_and_links():
    for english, welsh in welsh_posts():
        for (kind, value), (_kind, english_value) in zip(
            welsh["body"], english["body"], strict=True
        ):
            if kind == "paragraph":
                assert markup(value) == markup(english_value), welsh["slug"]
            if kind == "video":
                assert markup(value["transcript"]) == markup(english_value["transcript"])
    for key, spec in cy.DIAGRAMS_CY.items():
        english = content.DIAGRAMS[key]["long_description"]
        assert markup(spec["long_description"]) == markup(english)
    for name, english in [
        ("accessibility", starter_pages.ACCESSIBILITY),
        ("privacy", starter_pages.PRIVACY),
        ("cookies", starter_pages.COOKIES),
        ("comment_policy", starter_pages.COMMENT_POLICY),
    ]:
        assert markup(cy.PAGES_CY[name]["body"]) == markup(english), name


def test_tags_translate_one_to_one():
    seen = {}
    for english, welsh in welsh_posts():
        assert len(welsh["tags"]) == len(english["tags"])
        for english_tag, welsh_tag in zip(english["tags"], welsh["tags"], strict=True):
            assert seen.setdefault(english_tag, welsh_tag) == welsh_tag, english_tag


def test_diagrams_match_the_english_keys_fields_and_bars():
    assert cy.DIAGRAMS_CY.keys() == content.DIAGRAMS.keys()
    for key, welsh in cy.DIAGRAMS_CY.items():
        english = content.DIAGRAMS[key]
        text_fields = {"title", "alt_text", "caption", "credit", "long_description"}
        assert text_fields <= welsh.keys()
        assert len(welsh["bars"]) == len(english["bars"])
        assert all(isinstance(label, str) and label for label in welsh["bars"])


def test_welsh_slugs_are_url_safe_and_unique():
    post_slugs = [welsh["slug"] for _english, welsh in welsh_posts()]
    blog_slugs = [leader["slug"] for leader in cy.LEADERS_CY.values()]
    page_slugs = [page["slug"] for page in cy.PAGES_CY.values()]
    for slugs in (post_slugs, blog_slugs, page_slugs):
        assert len(set(slugs)) == len(slugs)
        assert all(SLUG.match(slug) for slug in slugs), slugs


def test_site_pages_are_all_there_in_the_english_shape():
    assert cy.PAGES_CY.keys() == {
        "home",
        "directory",
        "accessibility",
        "privacy",
        "cookies",
        "comment_policy",
    }
    for name in ("accessibility", "privacy", "cookies", "comment_policy"):
        assert {"title", "slug", "body"} <= cy.PAGES_CY[name].keys()
    rows = cy.PAGES_CY["cookies"]["rows"]
    assert [row[0] for row in rows] == [row[0] for row in starter_pages.COOKIE_ROWS]
    for _name, purpose, expires in rows:
        assert len(purpose) <= limit(Cookie, "purpose")
        assert len(expires) <= limit(Cookie, "expires")
    assert "PRIVACY_LINK" in cy.PAGES_CY["comment_policy"]["body"]


def _check_comment(spec, depth):
    assert spec.keys() <= COMMENT_KEYS and {"name", "email", "text", "replies"} <= spec.keys()
    assert spec["email"].endswith(".example")
    assert depth <= 2
    for reply in spec["replies"]:
        _check_comment(reply, depth + 1)


@pytest.mark.parametrize("post_slug", sorted(cy.COMMENTS_CY))
def test_welsh_comments_sit_on_translated_posts_in_the_english_shape(post_slug):
    translated = {slug for leader in cy.LEADERS_CY.values() for slug in leader["posts"]}
    assert post_slug in translated
    for spec in cy.COMMENTS_CY[post_slug]:
        _check_comment(spec, depth=1)
