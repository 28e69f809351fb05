"""Database ids taken from a request: checked before they reach the database.

Every table's key is a 64-bit signed integer. A larger number in a lookup makes SQLite's driver
raise OverflowError (Django only guards plain integer fields, not a parent link like a page
type's or a comment's key, and not `__in` lists), and a value that is not a number makes the
lookup raise ValueError. So our routes take ids through the "id" path converter, and ids from
forms and query strings through `parse_id`; both accept only what a row can have.
"""

import re

from django import forms

MAX_ID = 2**63 - 1
# ASCII digits only: int() would also take " 1", "1_0" and other scripts' digits ("١٢").
_ID = re.compile(r"[0-9]{1,19}")


def parse_id(value) -> int | None:
    """The id `value` names (1 to MAX_ID, from an int or a string of ASCII digits), else None."""
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    elif isinstance(value, str) and _ID.fullmatch(value):
        number = int(value)
    else:
        return None
    return number if 1 <= number <= MAX_ID else None


def beyond_database_range(value) -> bool:
    """Whether `value` reads as an integer (the way int() and so Django's lookups read it) that
    no 64-bit column can hold: what a request must carry for an overflow to be its fault."""
    try:
        number = int(value)
    except ValueError:
        # int() refuses more than 4,300 digits outright; they are still a number, and too large.
        return isinstance(value, str) and value.strip().isdecimal()
    except TypeError:
        return False
    return not -MAX_ID - 1 <= number <= MAX_ID


class IdConverter:
    """`<id:name>` in a route: an id as parse_id reads it; anything else does not match (404).

    A new name, not a replacement for Django's "int", which third-party routes rely on.
    """

    regex = "[0-9]{1,19}"

    def to_python(self, value):
        number = parse_id(value)
        if number is None:
            raise ValueError(value)  # tells the resolver the route does not match
        return number

    def to_url(self, value):
        number = parse_id(value)
        if number is None:
            raise ValueError(value)
        return str(number)


class IdChoiceField(forms.ModelChoiceField):
    """A model choice by id that refuses an impossible id as an invalid choice, before the query
    (Django's own field lets an oversized number through to the driver)."""

    def to_python(self, value):
        if (
            value not in self.empty_values
            and not isinstance(value, self.queryset.model)
            and parse_id(value) is None
        ):
            raise forms.ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice"
            )
        return super().to_python(value)
