"""The admin session lasts no longer than the provider's token.

mozilla-django-oidc's SessionRefresh: once the id_token has expired, the next page of the admin
sends the browser to the provider with `prompt=none`. A person still signed in there (and still
enabled, still in a mapped group) comes straight back to the same page, roles synced again; a
person the provider refuses is signed out (views.CallbackView). Saves (POST) and background
requests are not interrupted, so an editor who was typing when the token ran out keeps their
work: the save goes through and the page it leads to does the check. Password (break-glass)
sessions are not concerned. Only admin paths are checked: public pages never touch the session.
"""

import logging

from django.conf import settings
from django.contrib.auth import logout
from django.http import HttpResponseRedirect
from django.urls import reverse
from mozilla_django_oidc.middleware import SessionRefresh

from site_config.admin_path import is_admin_path

from .provider import ProviderUnavailable, provider
from .views import login_url

logger = logging.getLogger(__name__)


class SessionCheckMiddleware(SessionRefresh):
    OIDC_STATE_SIZE = 32
    OIDC_NONCE_SIZE = 32
    OIDC_USE_NONCE = True
    OIDC_AUTHENTICATION_CALLBACK_URL = "oidc_authentication_callback"

    def __init__(self, get_response):
        # SessionRefresh's __init__ reads the endpoint from settings; ours comes from discovery.
        super(SessionRefresh, self).__init__(get_response)

    @property
    def OIDC_RP_CLIENT_ID(self):
        return settings.OIDC_RP_CLIENT_ID

    @property
    def OIDC_RP_SCOPES(self):
        return settings.OIDC_RP_SCOPES

    @property
    def exempt_urls(self):
        return {
            reverse("oidc_authentication_init"),
            reverse("oidc_authentication_callback"),
            reverse("wagtailadmin_login"),
            reverse("wagtailadmin_logout"),
        }

    @property
    def exempt_url_patterns(self):
        return set()

    def process_request(self, request):
        if not settings.OIDC_OP_ISSUER or not is_admin_path(request.path):
            return None
        if not self.is_refreshable_url(request):
            return None
        try:
            self.OIDC_OP_AUTHORIZATION_ENDPOINT = provider().authorization_endpoint
        except ProviderUnavailable as error:
            # Nobody can vouch for the session any more: it ends (break-glass still works).
            logger.error("Single sign-on: session check impossible, signing out: %s", error)
            next_path = request.get_full_path()
            logout(request)
            return HttpResponseRedirect(login_url(next_path))
        return super().process_request(request)
