"""Single sign-on for the Wagtail admin with the organisation's OpenID Connect provider.

mozilla-django-oidc does the authorisation-code flow (state, nonce, PKCE); this app adds what
it leaves to the site: the provider's endpoints and keys from its discovery document, the full
check of the id_token (signature, issuer, audience, expiry, nonce), accounts matched on the
provider's stable subject, roles from the groups claim, a session that ends when the provider's
token does, and `next` kept to a path on this site. Configured by environment variables only
(`environment.py`); with OIDC_OP_ISSUER unset every part of it stands aside.
"""
