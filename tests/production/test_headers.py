"""Security headers on every response, and templates that work under the public CSP."""

import re
from pathlib import Path

import pytest
from django.test import Client

from tests import factories

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"

# The whole policies, directive by directive: dropping or loosening any one must fail a test.
PUBLIC_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "media-src 'self'; font-src 'self'; connect-src 'self'; "
    "frame-src https://www.youtube-nocookie.com https://player.vimeo.com; "
    "frame-ancestors 'self'; object-src 'none'; base-uri 'self'; form-action 'self'"
)
ADMIN_POLICY = (
    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data: blob:; media-src 'self'; font-src 'self' data:; connect-src 'self'; "
    "frame-src 'self' https://www.youtube-nocookie.com https://player.vimeo.com; "
    "frame-ancestors 'self'; object-src 'none'; base-uri 'self'; form-action 'self'"
)


def directives(response) -> dict:
    policy = response["Content-Security-Policy"]
    return {d.split()[0]: d.split()[1:] for d in (p.strip() for p in policy.split(";")) if d}


@pytest.fixture
def public_responses(client, post_a):
    return {
        "home": client.get("/"),
        "directory": client.get("/leaders/"),
        "blog": client.get(post_a.get_parent().url),
        "post": client.get(post_a.url),
        "not found": client.get("/no-such-page/"),
    }


def test_public_pages_forbid_inline_and_eval_script_and_frame_only_video_hosts(public_responses):
    for name, response in public_responses.items():
        csp = directives(response)
        assert csp["script-src"] == ["'self'"], name
        assert csp["style-src"] == ["'self'"], name
        assert csp["frame-src"] == ["https://www.youtube-nocookie.com", "https://player.vimeo.com"]
        assert csp["frame-ancestors"] == ["'self'"]
        assert csp["img-src"] == ["'self'", "data:"]
        assert csp["object-src"] == ["'none'"]
        assert "unsafe-inline" not in response["Content-Security-Policy"]
        assert "unsafe-eval" not in response["Content-Security-Policy"]


def test_public_pages_send_exactly_the_public_policy(public_responses):
    for name, response in public_responses.items():
        assert response["Content-Security-Policy"] == PUBLIC_POLICY, name


def assert_public_security_headers(response, name):
    assert response["Content-Security-Policy"] == PUBLIC_POLICY, name
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin", name
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"


def test_public_pages_send_referrer_permissions_nosniff_and_opener_policies(public_responses):
    for name, response in public_responses.items():
        assert_public_security_headers(response, name)


@pytest.mark.urls("tests.production.fault_urls")
@pytest.mark.parametrize(
    ("path", "status", "heading"),
    [
        ("/fault/bug/", 500, "Sorry, there is a problem with the service"),
        ("/fault/database-down/", 503, "Sorry, the service is unavailable"),
    ],
)
def test_error_pages_carry_every_security_header(db, settings, path, status, heading):
    """The 500 and 503 pages come from the error handler, past every view: same headers."""
    settings.SECURE_HSTS_SECONDS = 31_536_000
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    settings.SECURE_HSTS_PRELOAD = True

    response = Client(raise_request_exception=False).get(path, secure=True)

    assert response.status_code == status
    assert heading in response.content.decode()
    assert_public_security_headers(response, path)
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"


def test_admin_gets_inline_allowance_it_needs_but_never_eval(client, db):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assert response["Content-Security-Policy"] == ADMIN_POLICY
    csp = directives(response)
    assert "'unsafe-inline'" in csp["script-src"]
    assert "'unsafe-eval'" not in csp["script-src"]
    assert csp["frame-ancestors"] == ["'self'"]


def test_wagtail_preview_can_be_framed_by_the_admin(admin_client, post_a):
    response = admin_client.get(f"/admin/pages/{post_a.pk}/edit/preview/")
    assert response.status_code == 200
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert directives(response)["frame-ancestors"] == ["'self'"]


def test_session_and_csrf_cookies_are_httponly_and_samesite(client, db):
    factories.UserFactory(username="editor", is_superuser=True, is_staff=True)
    client.get("/admin/login/")
    response = client.post("/admin/login/", {"username": "editor", "password": factories.PASSWORD})
    assert response.status_code == 302
    session = response.cookies["sessionid"]
    csrf = client.cookies["csrftoken"]
    assert session["httponly"] and session["samesite"] == "Lax"
    assert csrf["httponly"] and csrf["samesite"] == "Lax"


# The HTML of emails is read in mail programs, never served under the site's CSP, and mail
# programs drop <style> and external sheets: emails are styled inline.
SERVED_TEMPLATES = sorted(
    path for path in TEMPLATES.rglob("*.html") if "email" not in path.relative_to(TEMPLATES).parts
)


@pytest.mark.parametrize("path", SERVED_TEMPLATES, ids=lambda p: p.name)
def test_templates_have_no_inline_script_style_or_event_handlers(path):
    """The public CSP blocks these; a template that used one would silently break."""
    text = path.read_text()
    assert not re.search(r"\sstyle\s*=", text), "inline style attribute"
    assert not re.search(r"<style[\s>]", text), "inline <style> element"
    assert not re.search(r"\son[a-z]+\s*=", text), "inline event handler"
    for tag in re.findall(r"<script\b[^>]*>", text):
        # Data blocks (JSON, JSON-LD) are never executed, so the CSP does not apply to them.
        data_block = re.search(r'type="application/(ld\+)?json"', tag)
        assert "src=" in tag or data_block, tag
