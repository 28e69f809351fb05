"""The client's IP address, as the sign-in throttle and the rate limits of public forms see it."""

import ipaddress

from django.conf import settings


def client_ip(request) -> str:
    """REMOTE_ADDR, or the address a trusted reverse proxy reports (CLIENT_IP_HEADER, see
    docs/deployment.md); never an address a client could forge past the proxy.

    A proxy appends the address it received the request from to X-Forwarded-For, after
    whatever the client sent. So the list is read from the right: proxies of our own
    (CLIENT_IP_TRUSTED_PROXIES) are skipped, and the first other address is the client. Anything
    further left was written by the client and is ignored. A header that is missing or holds
    something that is not an address gives REMOTE_ADDR (the proxy): one shared, limited bucket
    rather than a value a client could vary at will.
    """
    if request is None:
        return ""
    remote = request.META.get("REMOTE_ADDR", "")
    if settings.CLIENT_IP_HEADER == "REMOTE_ADDR":
        return remote
    for entry in reversed(request.META.get(settings.CLIENT_IP_HEADER, "").split(",")):
        try:
            address = ipaddress.ip_address(entry.strip())
        except ValueError:
            return remote
        if not any(address in network for network in settings.CLIENT_IP_TRUSTED_PROXIES):
            return str(address)
    return remote
