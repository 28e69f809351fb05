"""Fixtures for the readers' side: posts across two leaders with dates, tags and a hero image."""

import datetime

import pytest
from django.core.cache import cache

from demo.starter_pages import create_site_pages
from tests import factories


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Wagtail caches renditions; each test has its own media folder, so start clean."""
    cache.clear()


@pytest.fixture
def site_pages(home):
    """The accessibility statement, privacy notice, cookies page and comment policy."""
    create_site_pages(home)
    return home


@pytest.fixture
def posts(blog_a, blog_b):
    """Three posts by Ada (two in 2025, one in 2026) and one by Ben, sharing some tags."""
    hero = factories.image(title="Town hall", filename="hall.png")
    return {
        "old": factories.blog_post(
            blog_a,
            title="Budget questions answered",
            date=datetime.date(2025, 3, 4),
            tags=["budget", "listening"],
        ),
        "middle": factories.blog_post(
            blog_a,
            title="Winter ready",
            date=datetime.date(2025, 11, 20),
            tags=["winter"],
        ),
        "new": factories.blog_post(
            blog_a,
            title="Libraries stay open",
            date=datetime.date(2026, 2, 1),
            tags=["libraries", "budget", "listening"],
            hero_image=hero,
            hero_alt_text="The town hall at dusk",
            body=[factories.paragraph("<p>The reading rooms will open on Sundays too.</p>")],
        ),
        "other": factories.blog_post(
            blog_b,
            title="Fire station open day",
            date=datetime.date(2026, 1, 10),
            tags=["budget"],
        ),
    }


@pytest.fixture
def draft(blog_a):
    return factories.blog_post(
        blog_a,
        title="Secret draft about the budget",
        date=datetime.date(2026, 2, 2),
        tags=["budget"],
        publish=False,
    )


REPORT_URL = "/accessibility/report/"


@pytest.fixture
def instant_forms(settings):
    """Forms may be sent as soon as they are shown (the minimum time has its own tests)."""
    settings.LEADERS_COMMENTS = {**settings.LEADERS_COMMENTS, "MIN_SECONDS_TO_SUBMIT": 0}


def send_report(client, remote_addr="127.0.0.1", **values):
    """Fill in the real report form (its hidden fields as the page rendered them) and send it."""
    from tests.comments.conftest import form_fields

    response = client.get(REPORT_URL)
    assert response.status_code == 200
    data = form_fields(response.content.decode(), action="")
    data.update(values)
    return client.post(REPORT_URL, data, REMOTE_ADDR=remote_addr)
