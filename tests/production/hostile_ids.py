"""Ids no row can have, for the hostile-input tests: too large for a 64-bit key, not positive, or
not a plain number at all, and a snapshot of every table to show that nothing was stored."""

import urllib.parse

from django.apps import apps
from hypothesis import strategies as st
from wagtail.users.models import UserProfile

from tests import factories

MAX_ID = 2**63 - 1
IMPOSSIBLE_IDS = [
    str(MAX_ID + 1),
    str(10**23),
    "99999999999999999999999",
    "9" * 5000,  # beyond int()'s 4,300-digit limit
    "-1",
    "0",
    str(-(2**63) - 1),
]
MALFORMED_IDS = [
    "abc",
    "1e3",
    "١٢",
    "\uff11\uff12",
    "",
    " 1",
    "1 ",
    "+1",
    "1_000",
    "0x1f",
    "1.0",
    "None",
]
ids = (
    st.sampled_from(IMPOSSIBLE_IDS + MALFORMED_IDS)
    | st.integers(min_value=MAX_ID + 1, max_value=10**40).map(str)
    | st.integers(max_value=0).map(str)
    | st.text(max_size=20)
)


def int_reads_as_an_id(value: str) -> bool:
    """Whether Python's int(), and so Django's lookups, read the value as a possible id: " 1" and
    "١٢" do. Wagtail's views act on such a value as on the plain number."""
    try:
        return 1 <= int(value) <= MAX_ID
    except ValueError:
        return False


def in_path(value: str) -> str:
    """The value as one URL path segment."""
    return urllib.parse.quote(value, safe="")


# Not content: signing in makes a session, and listing images makes their thumbnails.
NOT_STORED_CONTENT = {"sessions.Session", "wagtailimages.Rendition"}


def row_counts() -> dict:
    """How many rows each table of content holds."""
    return {
        model._meta.label: model._base_manager.count()
        for model in apps.get_models()
        if model._meta.label not in NOT_STORED_CONTENT
    }


def signed_in_superuser(client, username):
    """The client signed in as a new superuser, whose profile row (which the admin makes on
    first use) already exists, so a row count shows only what a request stored."""
    user = factories.UserFactory(username=username, is_superuser=True)
    UserProfile.get_for_user(user)
    client.force_login(user)
    return client
