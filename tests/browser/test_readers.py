"""Every page type a reader meets, in a real Chromium: WCAG 2.2 AA, keyboard, privacy, layout."""

import pytest
from django.utils import translation
from django.utils.translation import gettext

from tests.browser.helpers import (
    RequestLog,
    assert_accessible,
    has_horizontal_scroll,
    screenshot,
    tab_to,
)
from tests.page_types import (
    FORM_PAGES,
    POST_WITH_VIDEO_AND_DIAGRAM,
    WELSH_POST_WITH_VIDEO_AND_DIAGRAM,
    page_types,
)

pytestmark = pytest.mark.browser


def visit(page, name, path):
    kind = name.removeprefix("welsh-")
    response = page.goto(path)
    expected = 404 if kind == "not-found" else 200
    assert response.status == expected, f"{path} answered {response.status}"
    with translation.override("cy" if name.startswith("welsh-") else "en-gb"):
        send_report, send_comment = gettext("Send report"), gettext("Send comment")
    if kind == "report-form-errors":
        page.get_by_role("button", name=send_report).click()
        page.wait_for_selector(".error-summary")
    if kind == "comment-form-errors":
        page.get_by_role("button", name=send_comment).click()
        page.wait_for_selector(".comment-form .error-summary")


def test_every_page_type_passes_axe_wcag_22_aa(demo_site, new_page):
    page = new_page()
    for name, path in page_types():
        if name.startswith("welsh-"):
            continue  # at both widths, with the switcher, below
        visit(page, name, path)
        assert_accessible(page, name)
    # The video facade after "Play video", with the provider's player shown (its request aborted).
    page.route("https://www.youtube-nocookie.com/**", lambda route: route.abort())
    page.goto(POST_WITH_VIDEO_AND_DIAGRAM)
    page.get_by_role("button", name="Play video").click()
    page.wait_for_selector("iframe.video__iframe")
    assert_accessible(page, "post after Play video")


def test_axe_check_reports_a_violation(new_page):
    page = new_page()
    page.set_content('<html lang="en"><title>t</title><main><img src="data:,"></main></html>')
    with pytest.raises(AssertionError, match="image-alt"):
        assert_accessible(page, "a page with an unlabelled image")


def test_keyboard_reaches_skip_link_then_video_and_diagram_with_focus_visible(demo_site, new_page):
    page = new_page()
    page.goto(POST_WITH_VIDEO_AND_DIAGRAM)
    page.keyboard.press("Tab")
    first = page.evaluate("() => document.activeElement.className")
    assert first == "skip-link"
    play = tab_to(page, lambda element: element["play"])
    assert play["text"].startswith("Play video")
    summary = tab_to(
        page, lambda element: element["tag"] == "summary" and "Long description" in element["text"]
    )
    assert summary["visible"]
    page.keyboard.press("Enter")
    assert page.locator("details.diagram__description").get_attribute("open") is not None
    for field in ("name", "email", "comment", "followup"):
        tab_to(page, lambda element, field=field: element["name"] == field)
    tab_to(page, lambda element: element["text"] == "Send comment")


def test_comment_form_errors_take_focus_and_link_to_the_fields(demo_site, new_page):
    page = new_page()
    page.goto(POST_WITH_VIDEO_AND_DIAGRAM)
    page.get_by_role("button", name="Send comment").click()
    page.wait_for_selector(".comment-form .error-summary")
    assert page.evaluate("() => document.activeElement.classList.contains('error-summary')")
    links = page.locator(".comment-form .error-summary a")
    assert links.count() >= 3  # name, email and comment are required
    links.first.click()
    assert page.evaluate("() => document.activeElement.getAttribute('name')") == "name"


def test_skip_link_moves_focus_to_the_main_content(demo_site, new_page):
    page = new_page()
    page.goto("/leaders/amira-hassan/")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.id") == "main-content"


def test_pages_request_nothing_from_other_hosts_and_set_no_cookies(
    demo_site, new_page, live_server
):
    site_host = live_server.url.split("//", 1)[1]
    for name, path in page_types():
        page = new_page()
        log = RequestLog(page)
        visit(page, name, path)  # returns after the load event: every resource was requested
        assert log.hosts() == {site_host}, f"{name} asked other hosts: {log.hosts()}"
        cookies = {cookie["name"] for cookie in page.context.cookies()}
        expected = {"csrftoken"} if name in FORM_PAGES else set()
        assert cookies == expected, f"{name} set cookies {cookies}"


def test_play_video_is_the_only_way_to_reach_the_provider(demo_site, new_page, live_server):
    page = new_page()
    page.route("https://www.youtube-nocookie.com/**", lambda route: route.abort())
    log = RequestLog(page)
    page.goto(POST_WITH_VIDEO_AND_DIAGRAM)
    page.wait_for_load_state("networkidle")
    before = log.hosts()
    with page.expect_request("https://www.youtube-nocookie.com/**"):
        page.get_by_role("button", name="Play video").click()
    assert log.hosts() - before == {"www.youtube-nocookie.com"}
    # Only our own CSRF cookie (the post carries the comment form); nothing from the provider.
    assert {cookie["name"] for cookie in page.context.cookies()} == {"csrftoken"}


@pytest.mark.parametrize("width", [320, 1280])
def test_no_page_scrolls_sideways(demo_site, new_page, width):
    page = new_page(width=width, height=800)
    wide = []
    for name, path in page_types():
        visit(page, name, path)
        screenshot(page, f"{name}-{width}")
        if has_horizontal_scroll(page):
            wide.append(name)
    assert wide == [], f"these pages scroll sideways at {width} px: {wide}"


# (English page, its Welsh counterpart) for each kind of page with a translation in the demo.
LANGUAGE_PAIRS = [
    ("/", "/cy/"),
    ("/leaders/", "/cy/arweinwyr/"),
    ("/leaders/amira-hassan/", "/cy/arweinwyr/amira-hassan/"),
    (POST_WITH_VIDEO_AND_DIAGRAM, WELSH_POST_WITH_VIDEO_AND_DIAGRAM),
    ("/search/?q=budget", "/cy/search/?q=budget"),
    ("/accessibility/", "/cy/hygyrchedd/"),
    ("/privacy/", "/cy/preifatrwydd/"),
    ("/cookies/", "/cy/cwcis/"),
    ("/comment-policy/", "/cy/polisi-sylwadau/"),
]


@pytest.mark.parametrize("width", [320, 1280])
def test_the_switcher_leads_to_the_welsh_page_and_back_and_both_pass_axe(
    demo_site, new_page, live_server, width
):
    """With the keyboard-reachable links of the switcher (each label in its own language), at a
    phone's width and a desktop's: every Welsh page passes axe, and "English" leads back."""
    page = new_page(width=width, height=800)
    for english, welsh in LANGUAGE_PAIRS:
        page.goto(english)
        page.get_by_role("link", name="Cymraeg").click()
        page.wait_for_load_state()
        assert page.url == live_server.url + welsh, (english, page.url)
        assert page.locator("html").get_attribute("lang") == "cy"
        assert_accessible(page, f"{welsh} at {width}px")
        page.get_by_role("link", name="English").click()
        page.wait_for_load_state()
        assert page.url == live_server.url + english, (welsh, page.url)
    # The remaining Welsh page kinds (archives, topics, the notice, errors), checked by axe.
    for name, path in page_types():
        if name.startswith("welsh-") and path not in dict(LANGUAGE_PAIRS).values():
            visit(page, name, path)
            assert_accessible(page, f"{name} at {width}px")
