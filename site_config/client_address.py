"""The client's IP address, as the sign-in throttle and the comment rate limits see it."""

from django.conf import settings


def client_ip(request) -> str:
    """REMOTE_ADDR, or the header a trusted reverse proxy sets (CLIENT_IP_HEADER, see
    docs/deployment.md); never a header a client could forge past the proxy."""
    if request is None:
        return ""
    return request.META.get(settings.CLIENT_IP_HEADER) or request.META.get("REMOTE_ADDR", "")
