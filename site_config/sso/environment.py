"""The single sign-on settings, read from the environment by every settings module.

No Django imports beyond the exception: the settings modules import this before Django is set up.
"""

from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1"}


def group_map(value: str) -> dict[str, str]:
    """OIDC_GROUP_MAP="sg-blog-comms:Communications team,sg-blog-leaders:Leaders": the value
    the provider puts in the groups claim, a colon, the site's group (its name may hold spaces)."""
    mapping = {}
    for pair in value.split(","):
        if not pair.strip():
            continue
        claim, sep, group = pair.partition(":")
        if not sep or not claim.strip() or not group.strip():
            raise ImproperlyConfigured(
                f"OIDC_GROUP_MAP must look like 'provider-group:Site group,other:Other group', "
                f"not {value!r}"
            )
        mapping[claim.strip()] = group.strip()
    return mapping


def sso_settings(environ) -> dict:
    """Every OIDC_* setting from `environ`; empty issuer = single sign-on off."""
    issuer = environ.get("OIDC_OP_ISSUER", "").strip()
    only = environ.get("OIDC_ONLY", "").strip().lower() == "true"
    values = {
        "OIDC_OP_ISSUER": issuer,
        "OIDC_RP_CLIENT_ID": environ.get("OIDC_RP_CLIENT_ID", "").strip(),
        "OIDC_RP_CLIENT_SECRET": environ.get("OIDC_RP_CLIENT_SECRET", "").strip(),
        "OIDC_BUTTON_LABEL": environ.get("OIDC_BUTTON_LABEL", "").strip(),
        "OIDC_BUTTON_LABEL_CY": environ.get("OIDC_BUTTON_LABEL_CY", "").strip(),
        "OIDC_GROUPS_CLAIM": environ.get("OIDC_GROUPS_CLAIM", "").strip() or "groups",
        "OIDC_GROUP_MAP": group_map(environ.get("OIDC_GROUP_MAP", "")),
        "OIDC_ONLY": only,
    }
    if not issuer:
        if only:
            raise ImproperlyConfigured("OIDC_ONLY=true needs OIDC_OP_ISSUER (single sign-on).")
        return values
    parts = urlsplit(issuer)
    if parts.scheme != "https" and not (
        parts.scheme == "http" and parts.hostname in LOOPBACK_HOSTS
    ):
        raise ImproperlyConfigured(
            f"OIDC_OP_ISSUER must be an https:// URL (the provider's issuer), not {issuer!r}"
        )
    missing = [name for name in ("OIDC_RP_CLIENT_ID", "OIDC_RP_CLIENT_SECRET") if not values[name]]
    if not values["OIDC_GROUP_MAP"]:
        missing.append("OIDC_GROUP_MAP")
    if missing:
        raise ImproperlyConfigured(
            f"Single sign-on (OIDC_OP_ISSUER is set) also needs {', '.join(missing)} "
            "(see docs/deployment.md)."
        )
    return values
