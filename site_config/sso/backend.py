"""The authentication backend behind the callback: mozilla-django-oidc's code exchange, with the
id_token checked in full and the account found by its subject (see accounts.py).

mozilla-django-oidc 5.0.2 decodes the id_token without checking its audience or issuer
(`verify_aud: False`) and matches accounts on email; both are replaced here. The groups come
from the id_token itself (Entra ID puts them there; its userinfo endpoint does not carry them),
so no userinfo request is made.
"""

import logging

import jwt
import requests
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import SuspiciousOperation
from django.utils.crypto import constant_time_compare
from mozilla_django_oidc.auth import OIDCAuthenticationBackend

from . import accounts
from .provider import ProviderUnavailable, provider, signing_key

logger = logging.getLogger(__name__)

# Why the last attempt on a request was refused, for the page the callback shows.
INVALID = "invalid"
NO_ROLE = "no_role"
UNAVAILABLE = "unavailable"

ALGORITHMS = ["RS256"]  # what Entra ID and most providers sign with; never a shared secret
LEEWAY_SECONDS = 60  # clock skew between the provider and this server


def refusal(request) -> str | None:
    return getattr(request, "sso_refusal", None)


class SSOBackend(OIDCAuthenticationBackend):
    """Signs in only from the callback (which passes `nonce` and `code_verifier`): any other
    authenticate() call, a password sign-in among them, passes through untouched."""

    def __init__(self, *args, **kwargs):
        # mozilla's own __init__ reads the endpoints from settings; ours come from discovery,
        # asked only when a callback arrives (get_user() runs on every request).
        self.UserModel = get_user_model()
        self.OIDC_RP_CLIENT_ID = settings.OIDC_RP_CLIENT_ID
        self.OIDC_RP_CLIENT_SECRET = settings.OIDC_RP_CLIENT_SECRET
        self.OIDC_RP_SIGN_ALGO = ALGORITHMS[0]
        self.OIDC_RP_IDP_SIGN_KEY = None
        self.OIDC_OP_JWKS_ENDPOINT = None

    def authenticate(self, request, nonce=None, code_verifier=None, **kwargs):
        if request is None or not settings.OIDC_OP_ISSUER or not nonce or not code_verifier:
            return None
        request.sso_refusal = None
        try:
            self.OIDC_OP_TOKEN_ENDPOINT = provider().token_endpoint
            user = super().authenticate(request, nonce=nonce, code_verifier=code_verifier)
        except ProviderUnavailable as error:
            logger.error("Single sign-on: the provider cannot be reached: %s", error)
            request.sso_refusal = UNAVAILABLE
            return None
        except (jwt.PyJWTError, SuspiciousOperation, requests.RequestException) as error:
            # A code already used, a token from another key, issuer or audience, a wrong nonce.
            logger.warning("Single sign-on refused a response: %s", error)
            request.sso_refusal = INVALID
            return None
        if user is None and request.sso_refusal is None:
            request.sso_refusal = INVALID
        return user

    def verify_token(self, token, **kwargs):
        """The id_token's signature (the provider's key), issuer, audience, expiry and nonce."""
        if not isinstance(token, str) or not token:
            raise SuspiciousOperation("The token response has no id_token.")
        payload = jwt.decode(
            token,
            key=signing_key(token),
            algorithms=ALGORITHMS,
            audience=self.OIDC_RP_CLIENT_ID,
            issuer=settings.OIDC_OP_ISSUER,
            leeway=LEEWAY_SECONDS,
            options={"require": ["exp", "iat", "iss", "aud", "sub"]},
        )
        audiences = payload["aud"] if isinstance(payload["aud"], list) else [payload["aud"]]
        if len(audiences) > 1 and payload.get("azp") != self.OIDC_RP_CLIENT_ID:
            raise SuspiciousOperation("The id_token was issued to another party (azp).")
        nonce = kwargs.get("nonce")
        if not nonce or not constant_time_compare(str(payload.get("nonce", "")), nonce):
            raise SuspiciousOperation("The id_token's nonce is not this sign-in's.")
        self.request.sso_expires_at = payload["exp"]
        return payload

    def get_userinfo(self, access_token, id_token, payload):
        return payload  # the verified id_token's claims

    def get_or_create_user(self, access_token, id_token, payload):
        issuer, subject = payload["iss"], str(payload["sub"])
        groups = accounts.mapped_groups(payload)
        user = accounts.find_user(issuer, subject)
        if not groups:
            if user is not None:
                accounts.sync_groups(user, set())  # no longer in any mapped group: no roles
            logger.warning(
                "Single sign-on refused subject %s of %s: no group maps to a role", subject, issuer
            )
            self.request.sso_refusal = NO_ROLE
            return None
        if user is None:
            user = accounts.create_user(payload, issuer, subject)
            logger.info("Single sign-on created user %s for subject %s", user.pk, subject)
        user = accounts.update_user(user, payload, groups)
        user.signed_in_with_sso = True
        return user

    def get_user(self, user_id):
        """The session's user, marked as signed in by the provider, which asked for the second
        factor itself (site_config/two_factor.py asks for none on top)."""
        user = super().get_user(user_id)
        if user is not None:
            user.signed_in_with_sso = True
        return user
