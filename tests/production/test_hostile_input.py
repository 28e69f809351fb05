"""Hostile input never gets a 500: property-based tests (hypothesis) over what a reader or an
editor can type, and oversized requests refused with a 4xx."""

import contextlib
import json
import string
import urllib.parse

import pytest
from django.core.exceptions import ValidationError
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from leaders.blocks import PostBodyBlock
from tests import factories

FUZZ = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
anything = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=300)
path_text = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")) | st.sampled_from("/.%?#;"),
    max_size=120,
)


@pytest.fixture
def site(post_a, blog_a):
    for n in range(12):  # enough posts for two pages of the blog's list
        factories.blog_post(blog_a, title=f"Post {n}", slug=f"post-{n}")
    return post_a


@FUZZ
@given(path=path_text)
def test_any_page_url_answers_without_a_server_error(client, site, path):
    response = client.get("/" + urllib.parse.quote(path, safe="/%"))
    assert response.status_code < 500


@FUZZ
@given(page=anything)
def test_any_pagination_parameter_answers_without_a_server_error(client, site, page):
    response = client.get(site.get_parent().url, {"page": page})
    assert response.status_code == 200


@FUZZ
@given(params=st.dictionaries(anything, anything, max_size=5))
def test_any_query_string_on_any_page_answers_without_a_server_error(client, site, params):
    for url in ("/", "/leaders/", site.url):
        assert client.get(url, params).status_code < 500


# --- StreamField: the blocks themselves, and the real admin edit view -----------------------

# Plain-text fields must come out escaped; rich text is stored as Wagtail's own trusted HTML.
PLAIN_TEXT_FIELDS = {
    "heading": ("text",),
    "quote": ("quote", "attribution"),
    "video": ("title", "caption"),
    "diagram": ("alt_text", "caption"),
}
hostile_text = anything | st.sampled_from(
    ['<script>alert("x")</script>', '"><img src=x onerror=alert(1)>', "{{ secret }}", "{% now %}"]
)
plain = st.fixed_dictionaries
stored_blocks = st.one_of(
    st.fixed_dictionaries({"type": st.just("paragraph"), "value": hostile_text}),
    plain({"type": st.just("heading"), "value": plain({"text": hostile_text, "level": anything})}),
    plain(
        {"type": st.just("quote"), "value": plain({"quote": hostile_text, "attribution": anything})}
    ),
    plain(
        {
            "type": st.just("video"),
            "value": plain(
                {
                    "url": hostile_text,
                    "title": hostile_text,
                    "caption": hostile_text,
                    "transcript": hostile_text,
                }
            ),
        }
    ),
    plain(
        {
            "type": st.just("diagram"),
            "value": plain(
                {
                    "image": st.none() | st.integers(-5, 10**6),
                    "alt_text": hostile_text,
                    "caption": hostile_text,
                    "credit": anything,
                    "credit_url": anything,
                    "licence": anything,
                    "long_description": anything,
                }
            ),
        }
    ),
    plain({"type": anything, "value": anything}),  # a block type that no longer exists
)


@FUZZ
@given(raw=st.lists(stored_blocks, max_size=4))
def test_any_stored_block_value_renders_escaped_and_cleans_or_is_refused(db, raw):
    """Whatever text a stored body holds (an old revision, an import), it renders, with plain
    text escaped, and clean() accepts it or refuses it with a ValidationError.

    Values of the wrong JSON type (a number where a block stores an object) are out of scope:
    Wagtail itself assumes the stored shape, and only its validated forms write bodies here.
    """
    block = PostBodyBlock()
    value = block.to_python(raw)
    html = str(block.render(value))
    plain_text = [
        item["value"].get(name, "")
        for item in raw
        for name in PLAIN_TEXT_FIELDS.get(item["type"], ())
    ]
    rich_text_html = [str(item["value"]) for item in raw if item["type"] in ("paragraph", "video")]
    if any("<script" in text for text in plain_text) and not any(
        "<script" in text for text in rich_text_html
    ):
        assert "<script" not in html
    with contextlib.suppress(ValidationError):
        block.clean(value)


def contentstate(text: str) -> str:
    """What Wagtail's Draftail editor posts for one paragraph (deterministic block key)."""
    block = {"key": "fuzz1", "type": "unstyled", "text": text, "depth": 0}
    block |= {"inlineStyleRanges": [], "entityRanges": []}
    return json.dumps({"blocks": [block], "entityMap": {}})


def edit_form(post, body_items):
    return nested_form_data(
        {
            "title": post.title,
            "slug": post.slug,
            "date": "2026-11-01",
            "summary": "A summary.",
            "hero_alt_text": "",
            "tags": "",
            "allow_comments": "on",
            "body": streamfield(body_items),
            "links": inline_formset([]),
            "comments": inline_formset([]),
            "seo_title": "",
            "search_description": "",
        }
    )


@pytest.fixture
def editor_client(client, db):
    client.force_login(factories.UserFactory(username="fuzz.editor", is_superuser=True))
    return client


def test_the_edit_form_helper_saves_a_valid_post(editor_client, post_a):
    data = edit_form(post_a, [("paragraph", contentstate("Fine."))])
    response = editor_client.post(f"/admin/pages/{post_a.pk}/edit/", data)
    assert response.status_code == 302, response.context["form"].errors


block_items = st.one_of(
    st.tuples(st.just("paragraph"), anything.map(contentstate) | anything),
    st.tuples(
        st.just("heading"),
        st.fixed_dictionaries({"text": anything, "level": st.sampled_from(["h2", "h3", "h1", ""])}),
    ),
    st.tuples(
        st.just("quote"), st.fixed_dictionaries({"quote": anything, "attribution": anything})
    ),
    st.tuples(
        st.just("video"),
        st.fixed_dictionaries(
            {
                "url": anything
                | st.sampled_from(
                    ["https://youtu.be/dQw4w9WgXcQ", "https://vimeo.com/1", "javascript:alert(1)"]
                ),
                "title": anything,
                "caption": anything,
                "transcript": anything.map(contentstate),
            }
        ),
    ),
    st.tuples(
        st.just("diagram"),
        st.fixed_dictionaries(
            {
                # The chooser posts an id or nothing (a non-numeric id is a Wagtail 500: see
                # the report; only a forged request can send one).
                "image": st.sampled_from(["", "999999", "1"]),
                "alt_text": anything,
                "caption": anything,
                "credit_url": anything,
                "licence": anything,
            }
        ),
    ),
    st.tuples(st.text(string.ascii_lowercase, min_size=1, max_size=10), anything),
)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(items=st.lists(block_items, max_size=3))
def test_any_body_an_editor_submits_is_saved_or_refused_with_a_message(
    editor_client, post_a, items
):
    response = editor_client.post(f"/admin/pages/{post_a.pk}/edit/", edit_form(post_a, items))
    assert response.status_code in (200, 302, 400)
    if response.status_code == 400:  # a damaged rich text field: said so, nothing saved
        assert "nothing was saved" in response.content.decode()


# --- Oversized requests -----------------------------------------------------------------------


def test_an_oversized_form_body_is_refused_with_400(client, db, settings):
    body = "username=" + "x" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 1)
    response = client.post("/admin/login/", body, content_type="application/x-www-form-urlencoded")
    assert response.status_code == 400


def test_too_many_form_fields_are_refused_with_400(client, db, settings):
    body = "&".join(f"f{n}=1" for n in range(settings.DATA_UPLOAD_MAX_NUMBER_FIELDS + 1))
    response = client.post("/admin/login/", body, content_type="application/x-www-form-urlencoded")
    assert response.status_code == 400


def test_an_oversized_json_body_to_a_page_is_refused_or_ignored_without_error(client, site):
    body = json.dumps({"x": "y" * 3_000_000})
    response = client.post(site.url, body, content_type="application/json")
    assert response.status_code < 500


def test_a_damaged_rich_text_field_gets_a_400_and_saves_nothing(editor_client, post_a):
    revisions = post_a.revisions.count()
    data = edit_form(post_a, [("paragraph", "this is not the editor's JSON")])
    response = editor_client.post(f"/admin/pages/{post_a.pk}/edit/", data)
    assert response.status_code == 400
    assert "nothing was saved" in response.content.decode()
    assert post_a.revisions.count() == revisions
