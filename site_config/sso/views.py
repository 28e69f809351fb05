"""The two ends of the sign-in round trip: off to the provider, and back.

mozilla-django-oidc's views with the site's rules: the provider's endpoints from discovery,
`next` kept to a path on this site, a clear page (and no session) for every refusal, and the
session's end set by the provider's token.
"""

import logging
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import auth, messages
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from mozilla_django_oidc.views import (
    OIDCAuthenticationCallbackView,
    OIDCAuthenticationRequestView,
)

from . import backend
from .next_url import safe_next
from .provider import ProviderUnavailable, provider

logger = logging.getLogger(__name__)

DISABLED = "disabled"


def login_url(next_path: str) -> str:
    return f"{reverse('wagtailadmin_login')}?{urlencode({'next': next_path})}"


def refused(request, reason: str):
    """The page that says why the sign-in did not happen, and what to do."""
    pages = {
        backend.NO_ROLE: (
            403,
            _("Your account has no role on this site"),
            _(
                "You signed in with your organisation account, but it is not in a group that "
                "gives access to this site. Ask the communications team to add you to the "
                "right group, then sign in again."
            ),
        ),
        DISABLED: (
            403,
            _("Your account is switched off on this site"),
            _("Ask the communications team or the site administrator to switch it back on."),
        ),
        backend.UNAVAILABLE: (
            503,
            _("The sign-in service cannot be reached"),
            _(
                "Your organisation's sign-in service did not answer. Try again in a few "
                "minutes. If it goes on, tell the site administrator."
            ),
        ),
        backend.INVALID: (
            400,
            _("Sign-in could not be completed"),
            _(
                "The answer from the sign-in service was out of date or not meant for this "
                "site, so you have not been signed in. Start again from the sign-in page."
            ),
        ),
    }
    status, title, explanation = pages.get(reason, pages[backend.INVALID])
    return render(
        request,
        "sso/refused.html",
        {"title": title, "explanation": explanation, "login_url": reverse("wagtailadmin_login")},
        status=status,
    )


class StartView(OIDCAuthenticationRequestView):
    """Sends the browser to the provider, with a fresh state, nonce and PKCE challenge."""

    def __init__(self, **kwargs):
        # mozilla's __init__ reads the endpoint from settings; ours comes from discovery.
        super(OIDCAuthenticationRequestView, self).__init__(**kwargs)
        self.OIDC_RP_CLIENT_ID = settings.OIDC_RP_CLIENT_ID

    def get(self, request):
        if not settings.OIDC_OP_ISSUER:
            raise Http404
        try:
            self.OIDC_OP_AUTH_ENDPOINT = provider().authorization_endpoint
        except ProviderUnavailable as error:
            logger.error("Single sign-on: the provider cannot be reached: %s", error)
            return refused(request, backend.UNAVAILABLE)
        response = super().get(request)
        request.session["oidc_login_next"] = safe_next(request.GET.get("next"))
        return response


class CallbackView(OIDCAuthenticationCallbackView):
    """Back from the provider: this browser's own state, once, then the code exchange.

    A state this session did not start (forged, foreign, or already used) is refused before
    anything else and changes nothing. Any later refusal ends the session it was meant to
    renew, so a session check that fails signs the person out.
    """

    def get(self, request):
        if not settings.OIDC_OP_ISSUER:
            raise Http404
        states = request.session.get("oidc_states")
        state = request.GET.get("state", "")
        pending = states.pop(state, None) if isinstance(states, dict) and state else None
        if pending is None:
            logger.warning("Single sign-on refused a callback with an unknown state")
            auth.user_login_failed.send(__name__, credentials={}, request=request)
            return refused(request, backend.INVALID)
        request.session.modified = True
        next_path = safe_next(request.session.get("oidc_login_next"))
        if request.GET.get("error"):
            # Cancelled at the provider, or a session check the provider refused (signed out
            # there, or the account disabled): signed out here too, back to where they were.
            logger.info("Single sign-on: the provider answered %s", request.GET["error"][:100])
            if request.user.is_authenticated:
                auth.logout(request)
            messages.warning(request, _("You were not signed in. Sign in again to carry on."))
            return HttpResponseRedirect(login_url(next_path))
        request.session.save()
        # Reloaded after the slow code exchange, as mozilla-django-oidc does, so parallel tabs'
        # states survive.
        request.session = request.session.__class__(request.session.session_key)
        user = auth.authenticate(
            request=request, nonce=pending.get("nonce"), code_verifier=pending.get("code_verifier")
        )
        if user is None or not user.is_active:
            if request.user.is_authenticated:
                auth.logout(request)
            reason = backend.refusal(request) if user is None else DISABLED
            if user is not None:
                auth.user_login_failed.send(__name__, credentials={}, request=request)
            return refused(request, reason or backend.INVALID)
        self.user = user
        self.next_path = next_path
        return self.login_success()

    def login_success(self):
        request = self.request
        renewal = request.user.is_authenticated and request.user == self.user
        if not renewal:
            auth.login(request, self.user)
        # The session lasts as long as the provider's token; then SessionCheckMiddleware asks
        # the provider again.
        request.session["oidc_id_token_expiration"] = request.sso_expires_at
        logger.info(
            "Single sign-on: user %s %s", self.user.pk, "renewed" if renewal else "signed in"
        )
        return HttpResponseRedirect(self.next_path)
