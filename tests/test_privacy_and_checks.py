"""Project-wide guarantees: no third-party resources, clean checks, the offline guard works."""

import io
import re
import socket

import pytest
from django.core.management import call_command

from tests.conftest import OutboundNetworkBlocked

RESOURCE = re.compile(
    r'<(?:script|img|iframe|link|source|video|audio)\b[^>]*?(?:src|href|srcset)="([^"]+)"'
)


@pytest.mark.django_db
def test_no_page_loads_anything_from_another_host(client, settings):
    call_command("load_demo", stdout=io.StringIO())
    from leaders.models import BlogPostPage, LeaderBlogPage

    urls = ["/", "/leaders/", "/no-such-page/"]
    urls += [blog.url for blog in LeaderBlogPage.objects.live()]
    urls += [post.url for post in BlogPostPage.objects.live()]
    for url in urls:
        html = client.get(url).content.decode()
        html = re.sub(r"<template.*?</template>", "", html, flags=re.S)  # inert until "Play"
        for resource in RESOURCE.findall(html):
            for candidate in resource.split(","):
                address = candidate.strip().split(" ")[0]
                own_site = address.startswith(settings.SITE_URL + "/")  # canonical, feeds
                relative = address.startswith("/") and not address.startswith("//")
                assert own_site or relative, (url, address)
        assert "gravatar" not in html.lower()


def test_outbound_connections_fail_in_tests():
    with pytest.raises(OutboundNetworkBlocked):
        socket.create_connection(("192.0.2.1", 80), timeout=1)


def test_django_system_checks_pass():
    call_command("check", fail_level="WARNING")


@pytest.mark.django_db
def test_models_and_migrations_agree():
    call_command("makemigrations", check=True, dry_run=True, stdout=io.StringIO())


def test_server_error_page_is_styled_and_leaks_nothing(rf):
    from django.views.defaults import server_error

    response = server_error(rf.get("/"))
    html = response.content.decode()
    assert response.status_code == 500
    assert "Sorry, there is a problem with the service" in html
    assert "Traceback" not in html and 'href="/static/css/site.css"' in html


@pytest.mark.parametrize(
    ("database_error", "status", "heading"),
    [
        (False, 500, "Sorry, there is a problem with the service"),
        (True, 503, "Sorry, the service is unavailable"),
    ],
)
def test_error_pages_speak_the_readers_language(rf, database_error, status, heading):
    """A fault under /cy/ answers in Welsh, marked as Welsh; the same page in English says so."""
    from django.db import OperationalError
    from django.utils import translation
    from django.utils.translation import gettext

    from site_config.faults import server_error

    for code, lang in (("cy", "cy"), ("en-gb", "en-GB")):
        with translation.override(code):
            try:
                if database_error:
                    raise OperationalError("the database is away")
                raise RuntimeError("a bug")
            except Exception:
                response = server_error(rf.get("/cy/" if code == "cy" else "/"))
            expected = gettext(heading)
        html = response.content.decode()
        assert response.status_code == status
        assert f'<html lang="{lang}">' in html
        assert f"<h1>{expected}</h1>" in html
        if code == "cy":
            assert expected != heading and heading not in html
