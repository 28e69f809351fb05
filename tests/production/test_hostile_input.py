"""Hostile input never gets a 500: property-based tests (hypothesis) over what a reader or an
editor can type or forge (ids no row can have, damaged editor forms), and oversized requests
refused with a 4xx."""

import contextlib
import json
import re
import string
import urllib.parse

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import Resolver404, URLResolver, get_resolver
from django.urls.converters import IntConverter
from django.urls.resolvers import LocalePrefixPattern, RoutePattern
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from leaders.blocks import PostBodyBlock
from site_config.ids import IdConverter, parse_id
from tests import factories
from tests.production.hostile_ids import (
    IMPOSSIBLE_IDS,
    MAX_ID,
    ids,
    in_path,
    int_reads_as_an_id,
    row_counts,
    signed_in_superuser,
)
from tests.workflow.conftest import comms_member
from tests.workflow.helpers import blog_form, edit_url, post_form

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
    return signed_in_superuser(client, "fuzz.editor")


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


# --- Every route that takes an id, with an impossible one -------------------------------------

ID_NAME = re.compile(r"(^|_)(pk|id)$")
REGEX_GROUP = re.compile(r"\((?:\?P<\w+>)?([^()]*)\)")


def _fill_route(pattern, value):
    """The route with `value` for each id in it and "x" for other parts; (url, takes_an_id)."""
    takes_id = False

    def part(match):
        nonlocal takes_id
        name = match["name"]
        if isinstance(pattern.converters[name], IntConverter | IdConverter) or ID_NAME.search(name):
            takes_id = True
            return value
        return "x"

    return re.sub(r"<(?:\w+:)?(?P<name>\w+)>", part, str(pattern._route)), takes_id


def _fill_regex(pattern, value):
    if isinstance(pattern, LocalePrefixPattern):  # the readers' routes, walked in English
        return "", False
    regex = pattern._regex.lstrip("^").removesuffix("$").removesuffix(r"\Z")
    takes_id = r"\d" in regex
    url = REGEX_GROUP.sub(lambda m: value if r"\d" in m[1] else "x", regex).replace("\\", "")
    return url, takes_id


def id_routes(value, patterns=None, prefix="", takes_id=False):
    """(url, view module) of every route of the site that takes an id, with `value` for it."""
    for entry in get_resolver().url_patterns if patterns is None else patterns:
        pattern = entry.pattern
        fill = _fill_route if isinstance(pattern, RoutePattern) else _fill_regex
        part, part_takes_id = fill(pattern, value)
        if isinstance(entry, URLResolver):
            yield from id_routes(
                value, entry.url_patterns, prefix + part, takes_id or part_takes_id
            )
        elif takes_id or part_takes_id:
            assert not re.search(r"[()\[\]?*+|\\]", part), f"cannot fill {pattern}"
            yield "/" + prefix + part, entry.callback.__module__


OURS = ("leaders.", "home.", "comments.", "pagecache.", "site_config.")


def test_every_route_of_ours_that_takes_an_id_uses_the_id_converter():
    """Django's "int" takes any length; the "id" converter only what a 64-bit key can hold."""
    ours = [url for url, module in id_routes("{id}") if module.startswith(OURS)]
    assert "/comments/reply/{id}/" in ours and "/admin/comments/{id}/approve/" in ours
    routes = [
        (url, entry)
        for url, entry in _leaf_patterns(get_resolver().url_patterns)
        if entry.callback.__module__.startswith(OURS)
    ]
    int_routes = [url for url, entry in routes if _converters_of(entry, IntConverter)]
    assert int_routes == []


def _leaf_patterns(patterns, prefix=""):
    for entry in patterns:
        if isinstance(entry, URLResolver):
            yield from _leaf_patterns(entry.url_patterns, prefix + str(entry.pattern))
        else:
            yield prefix + str(entry.pattern), entry


def _converters_of(entry, kind):
    return [c for c in getattr(entry.pattern, "converters", {}).values() if isinstance(c, kind)]


@pytest.mark.parametrize("value", [*IMPOSSIBLE_IDS, "abc", "١٢"])
def test_our_id_routes_do_not_match_an_id_no_row_can_have(value):
    """The URL goes to no view of ours (a 404, or the admin's sign-in first)."""
    for url, module in id_routes(in_path(value)):
        if module.startswith(OURS):
            with contextlib.suppress(Resolver404):
                assert not get_resolver().resolve(url).func.__module__.startswith(OURS), url


@pytest.mark.parametrize("value", ["1", str(MAX_ID)])
def test_our_id_routes_match_every_id_a_row_can_have(value):
    for url, module in id_routes(value):
        if module.startswith(OURS):
            assert get_resolver().resolve(url).kwargs, url


@given(number=st.integers(min_value=-(2**70), max_value=2**70))
def test_parse_id_takes_exactly_the_ids_a_row_can_have(number):
    expected = number if 1 <= number <= MAX_ID else None
    assert parse_id(str(number)) == expected
    assert parse_id(number) == expected


@pytest.mark.parametrize(
    "value", ["", " 1", "1 ", "+1", "1_0", "١٢", "\uff11\uff12", "1e3", "0x1f", "1.0"]
)
def test_parse_id_refuses_anything_but_plain_digits(value):
    assert parse_id(value) is None


@pytest.fixture
def wagtail_content(post_a):
    """Something of each kind the admin routes look up, so a lookup has rows to search."""
    factories.image()
    return post_a


@pytest.mark.parametrize("value", [str(MAX_ID + 1), "abc"])
@pytest.mark.parametrize("signed_in", [True, False], ids=["superuser", "anonymous"])
def test_every_route_that_takes_an_id_answers_an_impossible_one_without_error(
    wagtail_content, signed_in, value
):
    """All of Django's, Wagtail's and our routes with an id in the URL, GET and POST: the first
    id past the 64-bit range, or a word, finds nothing, and nothing is stored."""
    client = Client(raise_request_exception=False)
    if signed_in:
        signed_in_superuser(client, "route.walker")
    routes = list(id_routes(value))
    assert len(routes) > 80  # the walk found Wagtail's admin, not only our routes
    before = row_counts()
    failures = [
        (method, url, response.status_code)
        for url, _module in routes
        for method in ("get", "post")
        if (response := getattr(client, method)(url)).status_code >= 500
    ]
    assert failures == []
    assert row_counts() == before


ID_ROUTES = sorted({url for url, _module in id_routes("{id}")})


@FUZZ
@given(route=st.sampled_from(ID_ROUTES), value=ids)
def test_any_id_in_any_route_answers_without_a_server_error(
    editor_client, wagtail_content, route, value
):
    assume(not int_reads_as_an_id(value))
    before = row_counts()
    url = route.replace("{id}", in_path(value))
    assert editor_client.get(url).status_code < 500, url
    assert editor_client.post(url).status_code < 500, url
    assert row_counts() == before


# Ids Wagtail's admin reads from the query string: bulk actions, listing filters, choosers.
QUERY_IDS = [
    "/admin/bulk/wagtailcore/page/delete/?id=",
    "/admin/bulk/wagtailcore/page/publish/?id=",
    "/admin/bulk/wagtailimages/image/delete/?id=",
    "/admin/bulk/wagtaildocs/document/delete/?id=",
    "/admin/bulk/auth/user/delete/?id=",
    "/admin/bulk/django_comments_xtd/xtdcomment/approve/?id=",
    "/admin/pages/?owner=",
    "/admin/pages/{post}/?site=",
    "/admin/pages/{post}/?owner=",
    "/admin/users/?group=",
    "/admin/choose-page/?target_pages[]=",
    "/admin/images/?collection_id=",
    "/admin/documents/?collection_id=",
    "/admin/comments/?leader=",
]


@FUZZ
@given(url=st.sampled_from(QUERY_IDS), value=ids)
def test_any_id_in_an_admin_query_string_answers_without_a_server_error(
    editor_client, wagtail_content, url, value
):
    assume(not int_reads_as_an_id(value))  # a real id may delete a real row, as it should
    url = url.replace("{post}", str(wagtail_content.pk)) + urllib.parse.quote(value)
    before = row_counts()
    assert editor_client.get(url).status_code < 500, url
    assert editor_client.post(url).status_code < 500, url
    assert row_counts() == before


# --- Damaged editor forms: 400, and nothing saved ---------------------------------------------

DAMAGED_BODY = {
    "count not a number": {"body-count": "abc"},
    "count missing": {"body-count": None},
    "count too large": {"body-count": "99999999999999999999999"},
    "order not a number": {"body-0-order": "abc"},
    "block type missing": {"body-0-type": None},
    "image id not a number": {"body-0-value-image": "abc"},
    "rich text not json": {"body-0-value": "[1]"},
}


def damaged(data, changes):
    data = dict(data)
    for name, value in changes.items():
        if value is None:
            data.pop(name)
        else:
            data[name] = value
    return data


@pytest.mark.parametrize("changes", DAMAGED_BODY.values(), ids=DAMAGED_BODY.keys())
def test_a_damaged_streamfield_post_gets_a_400_and_saves_nothing(editor_client, post_a, changes):
    image = factories.image()
    first_block = ("diagram", {"image": str(image.pk), "alt_text": "A chart.", "caption": ""})
    if "body-0-value" in changes:
        first_block = ("paragraph", contentstate("Fine."))
    data = damaged(edit_form(post_a, [first_block]), changes)
    revisions = post_a.revisions.count()
    response = editor_client.post(f"/admin/pages/{post_a.pk}/edit/", data)
    assert response.status_code == 400
    assert "nothing was saved" in response.content.decode()
    assert post_a.revisions.count() == revisions


STREAM_FIELDS = ["body-count", "body-0-order", "body-0-type", "body-0-deleted", "body-0-id"]


@FUZZ
@given(field=st.sampled_from(STREAM_FIELDS), value=ids | anything)
def test_any_value_in_the_streamfield_bookkeeping_is_saved_or_refused_with_a_message(
    editor_client, post_a, field, value
):
    data = {**edit_form(post_a, [("paragraph", contentstate("Fine."))]), field: value}
    revisions = post_a.revisions.count()
    response = editor_client.post(f"/admin/pages/{post_a.pk}/edit/", data)
    assert response.status_code in (200, 302, 400)
    if response.status_code != 302:
        assert post_a.revisions.count() == revisions
    if response.status_code == 400:
        assert "nothing was saved" in response.content.decode()


@pytest.mark.parametrize("value", ["abc", ""])
def test_a_damaged_inline_panel_count_is_refused_by_django_and_saves_nothing(
    editor_client, blog_a, value
):
    revisions = blog_a.revisions.count()
    data = {**blog_form(blog_a), "links-TOTAL_FORMS": value}
    response = editor_client.post(edit_url(blog_a), data)
    assert response.status_code == 200  # the editor again, with Django's management form error
    assert blog_a.revisions.count() == revisions


@pytest.mark.parametrize(
    "extra_data",
    ["not json", "[]", '"approve"', "[" * 100_000],
    ids=["not json", "a list", "a string", "nested too deep"],
)
def test_damaged_workflow_action_data_gets_a_400_and_saves_nothing(client, blog_a, extra_data):
    """Wagtail reads this field only after saving the revision; it is checked before the view."""
    leader = blog_a.leader
    client.force_login(leader)
    client.post(
        f"/admin/pages/add/leaders/blogpostpage/{blog_a.pk}/",
        {**post_form("Submitted post"), "action-submit": "1"},
    )
    post = Page.objects.get(slug="submitted-post", locale=blog_a.locale).specific
    revisions = post.revisions.count()
    client.force_login(comms_member("dev.comms", "Dev"))
    data = {
        **post_form(post.title, slug=post.slug, summary="Changed by Dev."),
        "action-workflow-action": "1",
        "workflow-action-name": "approve",
        "workflow-action-extra-data": extra_data,
    }
    response = client.post(edit_url(post), data)
    assert response.status_code == 400
    assert "nothing was saved" in response.content.decode()
    assert post.revisions.count() == revisions
    assert post.current_workflow_task.name == "Communications approval"


# --- The fault middlewares answer for the request's content only, never for a server bug --------

HUGE = "99999999999999999999999"


@pytest.mark.urls("tests.production.faulty_views")
@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/database-overflow/", 500),  # the code's own number: a bug
        (f"/database-overflow/?n={HUGE}", 404),  # the request carried a number too large
        (f"/arithmetic-overflow/?n={HUGE}", 500),  # not the database refusing a number
        ("/not-a-number/", 500),  # the code's own string
        ("/not-a-number/?q=abc", 404),  # the value the request sent
    ],
)
def test_the_id_safety_net_answers_only_for_a_number_the_request_sent(db, url, status):
    assert Client(raise_request_exception=False).get(url).status_code == status


@pytest.mark.urls("tests.production.faulty_views")
def test_a_parsing_error_outside_form_reading_stays_a_server_error(db):
    response = Client(raise_request_exception=False).post("/bad-json/", {"body-count": "abc"})
    assert response.status_code == 500
