"""Which address the rate limits count: REMOTE_ADDR, or the proxy's header read from the right.

A client can put anything in X-Forwarded-For; only what our own proxies append can be trusted.
"""

import ipaddress
import types

import pytest
from django.test import RequestFactory

from comments import ratelimit
from comments.models import PendingConfirmation
from site_config.client_address import client_ip

from .conftest import submit


@pytest.fixture(autouse=True)
def _one_rate_window(monkeypatch):
    """The limits count in fixed windows (a minute, a day): a run that crossed the start of a
    minute would count its posts in two windows. The counter's clock stands still here."""
    monkeypatch.setattr(ratelimit, "time", types.SimpleNamespace(time=lambda: 1_800_000_030.0))


def request_with(**meta):
    return RequestFactory().get("/", REMOTE_ADDR="127.0.0.1", **meta)


@pytest.mark.django_db
def test_forged_forwarded_for_is_ignored_when_no_proxy_header_is_configured(client, post_a):
    assert client_ip(request_with(HTTP_X_FORWARDED_FOR="198.51.100.1")) == "127.0.0.1"
    statuses = []
    for number in range(6):
        client.defaults["HTTP_X_FORWARDED_FOR"] = f"198.51.100.{number}"
        client.defaults["HTTP_X_REAL_IP"] = f"198.51.100.{number}"
        response = submit(client, post_a, text=f"Comment {number}", email=f"p{number}@r.example")
        statuses.append(response.status_code)

    assert statuses == [200] * 5 + [429]
    assert set(PendingConfirmation.objects.values_list("ip_address", flat=True)) == {"127.0.0.1"}


@pytest.mark.django_db
def test_behind_proxies_the_right_most_untrusted_address_is_counted(client, post_a, settings):
    """nginx on this machine passes on X-Forwarded-For, after a load balancer in 10.0.0.0/8."""
    settings.CLIENT_IP_HEADER = "HTTP_X_FORWARDED_FOR"
    settings.CLIENT_IP_TRUSTED_PROXIES = [ipaddress.ip_network("10.0.0.0/8")]
    statuses = []
    for number in range(6):
        # The client forges a new address each time; the balancer appended the real one.
        client.defaults["HTTP_X_FORWARDED_FOR"] = f"198.51.100.{number}, 203.0.113.9, 10.0.0.2"
        response = submit(client, post_a, text=f"Comment {number}", email=f"p{number}@r.example")
        statuses.append(response.status_code)

    assert statuses == [200] * 5 + [429]
    assert set(PendingConfirmation.objects.values_list("ip_address", flat=True)) == {"203.0.113.9"}
    # Another client behind the same proxies is counted on its own.
    client.defaults["HTTP_X_FORWARDED_FOR"] = "203.0.113.10, 10.0.0.2"
    assert submit(client, post_a, text="Mine", email="other@r.example").status_code == 200


@pytest.mark.parametrize(
    ("header", "trusted", "value", "expected"),
    [
        ("REMOTE_ADDR", [], "198.51.100.1", "127.0.0.1"),
        ("HTTP_X_REAL_IP", [], "203.0.113.9", "203.0.113.9"),
        ("HTTP_X_FORWARDED_FOR", [], "203.0.113.9", "203.0.113.9"),
        ("HTTP_X_FORWARDED_FOR", [], "198.51.100.1, 203.0.113.9", "203.0.113.9"),
        ("HTTP_X_FORWARDED_FOR", [], "198.51.100.1,203.0.113.9 ", "203.0.113.9"),
        (
            "HTTP_X_FORWARDED_FOR",
            ["10.0.0.0/8"],
            "198.51.100.1, 203.0.113.9, 10.0.0.2",
            "203.0.113.9",
        ),
        (
            "HTTP_X_FORWARDED_FOR",
            ["10.0.0.0/8"],
            "198.51.100.1, 10.1.1.1, 10.0.0.2",
            "198.51.100.1",
        ),
        ("HTTP_X_FORWARDED_FOR", ["10.0.0.0/8"], "10.1.1.1, 10.0.0.2", "127.0.0.1"),
        ("HTTP_X_FORWARDED_FOR", [], "2001:DB8:0:0::0001", "2001:db8::1"),
        ("HTTP_X_FORWARDED_FOR", [], "198.51.100.1, not-an-address", "127.0.0.1"),
        ("HTTP_X_FORWARDED_FOR", [], "203.0.113.9:4431", "127.0.0.1"),
        ("HTTP_X_FORWARDED_FOR", [], "", "127.0.0.1"),
        ("HTTP_X_FORWARDED_FOR", [], None, "127.0.0.1"),
    ],
)
def test_client_ip_reads_the_proxy_header_from_the_right(
    settings, header, trusted, value, expected
):
    settings.CLIENT_IP_HEADER = header
    settings.CLIENT_IP_TRUSTED_PROXIES = [ipaddress.ip_network(net) for net in trusted]
    meta = {} if value is None else {"HTTP_X_FORWARDED_FOR": value, "HTTP_X_REAL_IP": value}
    assert client_ip(request_with(**meta)) == expected
