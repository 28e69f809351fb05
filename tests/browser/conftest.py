"""Browser tests: Debian's Chromium driven by Playwright against pytest-django's live server.

Skipped with a clear reason where Chromium is not installed, except under CI=true, where a
missing browser fails the run (tests/services.py). Playwright's sync API runs an event loop in
this thread, so Django's async-safety check would refuse the ORM calls the fixtures make: allow
them here.
"""

import os
import shutil
from pathlib import Path

import pytest

from tests.services import require_service

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]


def chromium_path():
    if Path(CHROMIUM).is_file():
        return CHROMIUM
    return shutil.which("chromium")


def pytest_collection_modifyitems(config, items):
    """Every test in this folder is a browser test (`-m "not browser"` leaves them out)."""
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.fspath).parents:
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser():
    path = chromium_path()
    require_service(
        "Chromium", path is not None, f"not installed at {CHROMIUM} (apt install chromium)"
    )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def demo_site(live_server, settings):
    """The demo site (load_demo) on the live server, built afresh: the test database is flushed."""
    from tests.browser.helpers import build_demo_site

    return build_demo_site()


@pytest.fixture
def new_page(browser, live_server, settings):
    """Open pages in fresh contexts (no cookies, no cache); /media/ is served from disk."""
    from tests.browser.helpers import open_context

    contexts = []

    def factory(width=1280, height=900):
        context = open_context(browser, live_server.url, Path(settings.MEDIA_ROOT), width, height)
        contexts.append(context)
        return context.new_page()

    yield factory
    for context in contexts:
        context.close()
