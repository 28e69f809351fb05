"""Production settings: complete from the environment, refused without it, pass check --deploy."""

import ipaddress
import os
import secrets
import subprocess
import sys

import pytest
from django.core.exceptions import ImproperlyConfigured

from site_config.settings.base import comment_rate_limits, trusted_proxies
from tests.production.realserver import BASE_DIR

PRODUCTION_ENV = {
    "SECRET_KEY": secrets.token_urlsafe(60),
    "ALLOWED_HOSTS": "leaders.eastmoor.gov.uk",
    "SITE_URL": "https://leaders.eastmoor.gov.uk",
    "DATABASE_URL": "postgres://lv:secret@db.internal:5432/lv",
    "REDIS_URL": "redis://127.0.0.1:6379/4",
    "DEFAULT_FROM_EMAIL": "Leadership Voices <noreply@eastmoor.gov.uk>",
    "EMAIL_HOST": "smtp.eastmoor.gov.uk",
}
SCALEOUT_ENV = {
    **PRODUCTION_ENV,
    "AWS_STORAGE_BUCKET_NAME": "lv-media",
    "AWS_S3_REGION_NAME": "eu-west-2",
    "AWS_S3_CUSTOM_DOMAIN": "media.leaders.eastmoor.gov.uk",
    "FRONTEND_CACHE": "cloudfront",
    "CLOUDFRONT_DISTRIBUTION_ID": "E2EXAMPLE",
}


def manage(settings, env, *args, tmp_path):
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in PRODUCTION_ENV and k not in SCALEOUT_ENV and not k.startswith("DJANGO_")
    }
    return subprocess.run(  # noqa: S603 - fixed command, test-built arguments
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env={**clean, **env, "DJANGO_SETTINGS_MODULE": settings, "VAR_DIR": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_production_settings_pass_check_deploy_at_warning_level(tmp_path):
    result = manage(
        "site_config.settings.production",
        PRODUCTION_ENV,
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        tmp_path=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_scaleout_settings_pass_check_deploy_with_s3_media_and_cdn_purge(tmp_path):
    result = manage(
        "site_config.settings.production_scaleout",
        SCALEOUT_ENV,
        "shell",
        "-c",
        "from django.conf import settings; from django.core.files.storage import default_storage;"
        "from django.core.management import call_command;"
        "call_command('check', deploy=True, fail_level='WARNING');"
        "print(type(default_storage._wrapped).__name__, settings.MEDIA_URL,"
        " settings.WAGTAILFRONTENDCACHE['default']['BACKEND'])",
        tmp_path=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert "S3Storage https://media.leaders.eastmoor.gov.uk/media/" in result.stdout
    assert "CloudfrontBackend" in result.stdout


@pytest.mark.parametrize("missing", sorted(PRODUCTION_ENV))
def test_production_refuses_to_start_naming_the_missing_variable(missing, tmp_path):
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != missing}
    result = manage("site_config.settings.production", env, "check", tmp_path=tmp_path)
    assert result.returncode != 0
    assert f"The environment variable {missing} is required in production" in result.stderr


def test_production_refuses_a_plain_http_site_url(tmp_path):
    env = {**PRODUCTION_ENV, "SITE_URL": "http://leaders.eastmoor.gov.uk"}
    result = manage("site_config.settings.production", env, "check", tmp_path=tmp_path)
    assert result.returncode != 0
    assert "SITE_URL must be an https:// URL in production" in result.stderr


def test_scaleout_refuses_an_unknown_frontend_cache(tmp_path):
    env = {**SCALEOUT_ENV, "FRONTEND_CACHE": "akamai"}
    result = manage("site_config.settings.production_scaleout", env, "check", tmp_path=tmp_path)
    assert result.returncode != 0
    assert "FRONTEND_CACHE must be one of" in result.stderr


def test_serve_settings_keep_a_generated_secret_key_in_var(tmp_path):
    env = {"DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}"}
    command = ("shell", "-c", "from django.conf import settings; print(settings.SECRET_KEY)")
    first = manage("site_config.settings.serve", env, *command, tmp_path=tmp_path)
    second = manage("site_config.settings.serve", env, *command, tmp_path=tmp_path)
    assert first.returncode == 0, first.stderr
    key_file = tmp_path / "secret_key"
    assert key_file.stat().st_mode & 0o777 == 0o600
    printed = [run.stdout.strip().splitlines()[-1] for run in (first, second)]
    assert printed[0] == printed[1] == key_file.read_text().strip()
    assert len(printed[0]) >= 50


def test_production_redirects_to_https_sends_hsts_and_secures_cookies(tmp_path):
    script = (
        "import json; from django.test import Client;"
        "c = Client(HTTP_HOST='leaders.eastmoor.gov.uk');"
        "plain = c.get('/leaders/');"
        "probe = c.get('/healthz');"
        "tls = c.get('/healthz', secure=True);"
        "from django.conf import settings as s;"
        "print(json.dumps([plain.status_code, plain.get('Location'), probe.status_code,"
        " tls.status_code, tls.get('Strict-Transport-Security'),"
        " s.SESSION_COOKIE_SECURE and s.CSRF_COOKIE_SECURE]))"
    )
    env = {**PRODUCTION_ENV, "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}"}
    result = manage(
        "site_config.settings.production", env, "shell", "-c", script, tmp_path=tmp_path
    )
    assert result.returncode == 0, result.stderr
    last_line = result.stdout.strip().splitlines()[-1]
    assert last_line == (
        '[301, "https://leaders.eastmoor.gov.uk/leaders/", 200, 200,'
        ' "max-age=31536000; includeSubDomains; preload", true]'
    )


def test_comment_rate_limits_are_read_as_seconds_and_posts():
    assert comment_rate_limits("60:5,86400:30") == [(60, 5), (86400, 30)]
    assert comment_rate_limits(" 10:1 , 3600:100") == [(10, 1), (3600, 100)]


@pytest.mark.parametrize(
    "value",
    ["60", "60:5:1", "60:five", "60:5,", ":5", ",", "0:5", "60:0", "-60:5", "60:-1", "1.5:3"],
)
def test_bad_comment_rate_limits_are_refused_with_a_clear_message(value):
    with pytest.raises(ImproperlyConfigured) as refusal:
        comment_rate_limits(value)
    assert str(refusal.value) == (
        "COMMENT_RATE_LIMITS must look like '60:5,86400:30' (seconds:posts, each a whole number "
        f"of at least 1), not {value!r}"
    )


SHOW_RATE_LIMITS = (
    "shell",
    "-c",
    "from comments.conf import option; print(option('RATE_LIMITS'))",
)


@pytest.mark.parametrize(
    ("value", "printed"),
    [
        ("", "[(60, 5), (86400, 30)]"),  # the defaults: five a minute, thirty a day
        ("30:2,3600:9", "[(30, 2), (3600, 9)]"),
    ],
)
def test_comment_rate_limits_from_the_environment_reach_the_comment_rules(tmp_path, value, printed):
    env = {"COMMENT_RATE_LIMITS": value}
    result = manage("site_config.settings.test", env, *SHOW_RATE_LIMITS, tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == printed


def test_a_bad_comment_rate_limit_stops_the_start(tmp_path):
    env = {"COMMENT_RATE_LIMITS": "60:5,daily"}
    result = manage("site_config.settings.test", env, *SHOW_RATE_LIMITS, tmp_path=tmp_path)
    assert result.returncode != 0
    assert "COMMENT_RATE_LIMITS must look like '60:5,86400:30'" in result.stderr


def test_trusted_proxies_are_read_as_networks():
    assert trusted_proxies("") == []
    assert trusted_proxies("10.0.0.0/8, 192.0.2.7,2001:db8::/32") == [
        ipaddress.ip_network("10.0.0.0/8"),
        ipaddress.ip_network("192.0.2.7/32"),
        ipaddress.ip_network("2001:db8::/32"),
    ]


@pytest.mark.parametrize("value", ["proxy.internal", "10.0.0.1/8", "10.0.0.0/33"])
def test_bad_trusted_proxies_are_refused_with_a_clear_message(value):
    with pytest.raises(ImproperlyConfigured, match="CLIENT_IP_TRUSTED_PROXIES must be addresses"):
        trusted_proxies(value)
