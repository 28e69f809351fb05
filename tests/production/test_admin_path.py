"""One setting, ADMIN_PATH, says where the admin is: moving it moves the second factor, the
admin's security headers and robots.txt with it, and leaves nothing behind at /admin/."""

import importlib

import pytest
from django.urls import clear_url_caches
from django_otp.plugins.otp_totp.models import TOTPDevice

import site_config.urls
from tests import factories

pytestmark = pytest.mark.django_db


def reload_urls():
    importlib.reload(site_config.urls)
    clear_url_caches()


@pytest.fixture(autouse=True)
def admin_at_staff(settings):
    """The admin mounted at /staff/ for the test, then back where it was."""
    original = settings.ADMIN_PATH
    settings.ADMIN_PATH = "staff/"
    reload_urls()
    yield
    settings.ADMIN_PATH = original
    reload_urls()


@pytest.fixture
def editor(db):
    return factories.UserFactory(username="editor", is_superuser=True)


def test_the_admin_answers_at_the_new_path_only(client, editor):
    client.force_login(editor)
    assert client.get("/staff/").status_code == 200
    assert client.get("/admin/").status_code == 404


def test_robots_txt_keeps_crawlers_out_of_the_new_path(client):
    text = client.get("/robots.txt").content.decode()
    assert "Disallow: /staff/\n" in text
    assert "/admin/" not in text


def test_the_admin_policy_follows_the_new_path(client):
    admin = client.get("/staff/login/")
    assert admin.status_code == 200
    assert "'unsafe-inline'" in admin["Content-Security-Policy"]
    public = client.get("/admin/login/")
    assert "'unsafe-inline'" not in public["Content-Security-Policy"]


def test_a_session_without_its_code_is_signed_out_at_the_new_path(client, editor):
    TOTPDevice.objects.create(user=editor, name="phone", confirmed=True)
    client.force_login(editor)
    response = client.get("/staff/pages/")
    assert response.status_code == 302
    assert response["Location"] == "/staff/login/?next=/staff/pages/"
    assert "_auth_user_id" not in client.session


def test_the_new_open_pages_stay_open_to_a_session_owing_the_code(client, editor):
    TOTPDevice.objects.create(user=editor, name="phone", confirmed=True)
    client.force_login(editor)
    assert client.get("/staff/password_reset/").status_code == 200
    assert client.get("/staff/jsi18n/").status_code == 200
    assert "_auth_user_id" in client.session


def test_a_required_set_up_is_at_the_new_path(client, editor, settings):
    settings.WAGTAILADMIN_REQUIRE_TOTP = True
    client.force_login(editor)
    response = client.get("/staff/pages/")
    assert response.status_code == 302
    assert response["Location"] == "/staff/two-factor/"
    assert client.get("/staff/two-factor/").status_code == 200
