"""Who a verified id_token is on this site: the account, its roles, and who keeps a password.

- The account is found by the provider's issuer and subject (`Identity`), never by email.
- Roles: the site groups named in OIDC_GROUP_MAP are the provider's to give. At every sign-in
  (and every session check) the user holds exactly the mapped groups their groups claim maps
  to; other groups (a leader's blog group, which follows the comms team's blog assignment) are
  never touched. Superuser status is never given by the provider.
- No mapped group: no account is created, an existing one loses its mapped groups, and the
  sign-in is refused.
- Break-glass: with OIDC_ONLY=true a password opens the admin only for an active superuser who
  has a usable password and no single sign-on identity (made with `createsuperuser`).
"""

import hashlib

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction

from .models import Identity


def mapped_groups(claims: dict) -> set[str]:
    """The site groups the token's groups claim maps to."""
    values = claims.get(settings.OIDC_GROUPS_CLAIM) or []
    if isinstance(values, str):
        values = [values]
    mapping = settings.OIDC_GROUP_MAP
    return {mapping[value] for value in values if isinstance(value, str) and value in mapping}


def find_user(issuer: str, subject: str):
    identity = Identity.objects.select_related("user").filter(issuer=issuer, subject=subject)
    found = identity.first()
    return found.user if found else None


def _free_username(claims: dict, issuer: str, subject: str) -> str:
    """A readable, unused username: the provider's preferred username or email when free, else
    one derived from the subject. Only a label: sign-in never looks it up."""
    User = get_user_model()
    digest = hashlib.sha256(f"{issuer}\n{subject}".encode()).hexdigest()[:12]
    for candidate in (claims.get("preferred_username"), claims.get("email"), f"sso-{digest}"):
        if isinstance(candidate, str) and candidate.strip():
            name = candidate.strip().lower()[:150]
            if not User._default_manager.filter(username__iexact=name).exists():
                return name
    return f"sso-{digest}"


def _profile(claims: dict) -> dict:
    def text(name, limit):
        value = claims.get(name)
        return value.strip()[:limit] if isinstance(value, str) else ""

    first, last = text("given_name", 150), text("family_name", 150)
    if not (first or last) and text("name", 300):
        first, _, last = text("name", 300).partition(" ")
    return {"first_name": first[:150], "last_name": last[:150], "email": text("email", 254)}


@transaction.atomic
def create_user(claims: dict, issuer: str, subject: str):
    User = get_user_model()
    user = User(username=_free_username(claims, issuer, subject), **_profile(claims))
    user.set_unusable_password()  # only the provider signs this account in
    user.save()
    Identity.objects.create(user=user, issuer=issuer, subject=subject)
    return user


@transaction.atomic
def update_user(user, claims: dict, groups: set[str]):
    """The profile from the token, and exactly the mapped groups it grants."""
    changed = [
        field
        for field, value in _profile(claims).items()
        if value and getattr(user, field) != value
    ]
    for field in changed:
        setattr(user, field, _profile(claims)[field])
    if changed:
        user.save(update_fields=changed)
    sync_groups(user, groups)
    return user


def sync_groups(user, groups: set[str]) -> None:
    managed = set(settings.OIDC_GROUP_MAP.values())
    wanted = [Group.objects.get_or_create(name=name)[0] for name in sorted(groups & managed)]
    user.groups.remove(*user.groups.filter(name__in=managed - groups))
    user.groups.add(*wanted)


def password_allowed(user) -> bool:
    """Whether a password may sign this user in: always, unless OIDC_ONLY keeps it for
    break-glass accounts."""
    if not (settings.OIDC_OP_ISSUER and settings.OIDC_ONLY):
        return True
    return (
        user.is_superuser
        and user.has_usable_password()
        and not Identity.objects.filter(user=user).exists()
    )
