"""Reusable pieces for browser tests: the demo site, contexts, axe, requests, focus, layout.

The comment-form tests reuse these: open a page with `new_page()`, record with
`RequestLog(page)`, check with `assert_accessible(page, name)`, tab with `tab_to(page, test)`.
"""

import mimetypes
from pathlib import Path
from urllib.parse import urlsplit

from axe_playwright_python.sync_playwright import Axe
from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django.utils import timezone

from tests import factories

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
SCREENSHOTS = ARTIFACTS / "screenshots"

_axe = Axe()


def build_demo_site():
    """What migrations and `load_demo` make, on a flushed database: locale, root, home, demo."""
    cache.clear()  # renditions cached by an earlier test point at files that are gone
    factories.home_page()  # a flushed database (after an earlier live-server test) needs a root
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    post = add_video_and_diagram_post()
    translate_video_and_diagram_post(post)


def add_video_and_diagram_post():
    """The demo has videos and diagrams in separate posts; one post with both, as editors may."""
    from wagtail.images import get_image_model

    from leaders.models import LeaderBlogPage
    from tests import factories

    blog = LeaderBlogPage.objects.get(slug="amira-hassan", locale__language_code="en-gb")
    chart = get_image_model().objects.filter(file__endswith=".svg").order_by("pk").first()
    return factories.blog_post(
        blog,
        title="Our year in one video and one chart",
        slug="video-and-diagram",
        date=timezone.localdate(),
        tags=["transparency"],
        body=[
            factories.paragraph("<p>A short look back at the year.</p>"),
            {
                "type": "video",
                "value": {
                    "url": "https://www.youtube.com/watch?v=aqz-KE-bpKQ",
                    "title": "The year in review",
                    "caption": "Recorded at the town hall.",
                    "transcript": "<p>Hello, and thank you for reading.</p>",
                },
            },
            {
                "type": "diagram",
                "value": {
                    "image": chart.pk,
                    "alt_text": "Response times fell to 8.2 minutes this year.",
                    "caption": "Average response time to primary fires, by year.",
                    "long_description": "<p>Six years of response times, in minutes.</p>",
                    "credit": "Performance team",
                    "licence": "ogl",
                },
            },
        ],
    )


def translate_video_and_diagram_post(post):
    """Its Welsh version, as a leader writes it with "Translate": Welsh words, the same video
    and chart."""
    import json

    from demo.welsh import translate, welsh_locale

    body = json.loads(json.dumps(list(post.body.get_prep_value())))
    video, diagram = body[1]["value"], body[2]["value"]
    body[0]["value"] = "<p>Golwg fer yn ôl ar y flwyddyn.</p>"
    video.update(
        title="Y flwyddyn mewn adolygiad",
        caption="Wedi'i recordio yn neuadd y dref.",
        transcript="<p>Helo, a diolch am ddarllen.</p>",
    )
    diagram.update(
        alt_text="Gostyngodd yr amseroedd ymateb i 8.2 munud eleni.",
        caption="Amser ymateb cyfartalog i danau cynradd, fesul blwyddyn.",
        long_description="<p>Chwe blynedd o amseroedd ymateb, mewn munudau.</p>",
        credit="Tîm perfformiad",
    )

    def welsh_tags(page):
        page.tags.clear()
        page.tags.add("tryloywder")

    fields = {
        "title": "Ein blwyddyn mewn un fideo ac un siart",
        "slug": "fideo-a-diagram",
        "summary": "Y flwyddyn mewn fideo byr ac un siart.",
        "body": json.dumps(body),
    }
    return translate(post, welsh_locale(), fields, user=post.owner, prepare=welsh_tags)[0]


def sign_in(page, username):
    """Sign in to the Wagtail admin as a demo user (their password is DEMO_PASSWORD)."""
    page.goto("/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", settings.DEMO_PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")


def open_context(browser, base_url, media_root: Path, width=1280, height=900):
    context = browser.new_context(base_url=base_url, viewport={"width": width, "height": height})
    # Playwright's 30 s default for a page load or a wait is short on a busy shared machine:
    # this bound is a safety stop, every wait ends as soon as its condition holds.
    context.set_default_timeout(180_000)

    def serve_media(route):
        # The web server in front of Django serves /media/ in production; here, Playwright does.
        path = media_root / urlsplit(route.request.url).path.removeprefix("/media/")
        if path.is_file():
            content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            route.fulfill(status=200, body=path.read_bytes(), content_type=content_type)
        else:
            route.fulfill(status=404, body="")

    context.route(f"{base_url}/media/**", serve_media)
    return context


class RequestLog:
    """Every request a page makes, from now on."""

    def __init__(self, page):
        self.urls = []
        page.on("request", lambda request: self.urls.append(request.url))

    def hosts(self):
        return {urlsplit(url).netloc for url in self.urls if not url.startswith("data:")}


def assert_accessible(page, name):
    """axe-core finds no WCAG 2.0/2.1/2.2 A or AA violation on the page as it is now."""
    results = _axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
    violations = results.response["violations"]
    report = "\n".join(
        f"{v['id']} ({v['impact']}): {v['help']} -> "
        + "; ".join(str(node["target"]) for node in v["nodes"][:5])
        for v in violations
    )
    assert not violations, f"axe found problems on {name}:\n{report}"


def focused(page):
    """A description of the focused element and whether its focus can be seen."""
    return page.evaluate(
        """() => {
            const el = document.activeElement;
            const style = getComputedStyle(el);
            const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
            const shadow = style.boxShadow && style.boxShadow !== 'none';
            return {
                tag: el.tagName.toLowerCase(),
                text: (el.innerText || el.value || '').trim().slice(0, 80),
                classes: el.className || '',
                play: el.hasAttribute('data-video-play'),
                name: el.getAttribute('name') || '',
                visible: outline || shadow,
            };
        }"""
    )


def tab_to(page, test, limit=300):
    """Press Tab until test(focused element) holds; every element passed must show its focus."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        element = focused(page)
        assert element["visible"], f"focus is not visible on {element}"
        if test(element):
            return element
    raise AssertionError(f"Tab never reached the element after {limit} presses")


def has_horizontal_scroll(page):
    return page.evaluate(
        "() => document.documentElement.scrollWidth > document.documentElement.clientWidth"
    )


def screenshot(page, name):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)
