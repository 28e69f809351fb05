"""The spam rules every public form shares: the comment form and the accessibility report form.

One implementation, so the forms cannot drift apart:
- a honeypot field people never see (bots fill in every field they find);
- a signed timestamp of when the form was shown: sent sooner than MIN_SECONDS_TO_SUBMIT is a
  bot, older than COMMENTS_TIMEOUT is a replay;
- rate limits per client address and per email address, in the shared cache;
- email addresses a mail program can use: no quoted local part (see `plain_address`);
- links and the hold and deny word lists the communications team keeps in Comment settings.

The thresholds are the commenting ones (comments/conf.py). The comment form signs its
timestamp with xtd's security hash; other forms use `SpamCheckedForm` below.
"""

import re
import time

from django import forms
from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator
from django.utils.translation import gettext_lazy as _

from comments import ratelimit
from comments.conf import option
from comments.models import CommentSettings
from site_config.client_address import client_ip

LINK_PATTERN = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
HONEYPOT_LABEL = _("Leave this field empty")
TIMESTAMP_SALT = "comments.antispam.timestamp"


def check_honeypot(value: str) -> str:
    if value:
        raise forms.ValidationError(
            _(
                "The form could not be sent because the field “Leave this field empty” was "
                "filled in. Send it again with that field empty."
            ),
            code="honeypot",
        )
    return value


def check_elapsed(timestamp: int) -> int:
    """The form was shown at `timestamp` (already verified as ours): not too soon, not too old."""
    elapsed = time.time() - timestamp
    if elapsed < option("MIN_SECONDS_TO_SUBMIT"):
        raise forms.ValidationError(
            _("That was sent very quickly. Check what you wrote and send it again."),
            code="too_fast",
        )
    if elapsed > settings.COMMENTS_TIMEOUT:
        raise forms.ValidationError(
            _("This form was open for over two hours. Check what you wrote and send it again."),
            code="too_old",
        )
    return timestamp


def signed_timestamp() -> str:
    return signing.Signer(salt=TIMESTAMP_SALT).sign(str(int(time.time())))


def read_timestamp(value: str) -> int:
    """The time a form was shown, from its signed hidden field; a forged one is refused."""
    try:
        return int(signing.Signer(salt=TIMESTAMP_SALT).unsign(value))
    except (signing.BadSignature, ValueError):
        raise forms.ValidationError(
            _("The form could not be checked. Send it again."), code="tampered"
        ) from None


def rate_limit_wait(scope: str, request, email: str = "") -> int:
    """Count one submission to `scope` from this client and this email address.

    Returns 0 when it is allowed, else the seconds until the client may try again.
    """
    return max(
        ratelimit.hit(f"{scope}:ip", client_ip(request) or ""),
        ratelimit.hit(f"{scope}:email", ratelimit.mailbox(email or "")),
    )


def plain_address(value: str) -> None:
    """Refuse a quoted local part ("..."@example.com). Django's EmailField accepts one with
    control characters, some of which Python's mail library later reads as line breaks: it
    then refuses to send, in the worker, after the person was told an email was on its way.
    Nobody types such an address into a web form; the field's "invalid" message is shown."""
    if '"' in value or any(ord(char) < 32 or ord(char) == 127 for char in value):
        raise ValidationError(EmailValidator.message, code="invalid")


def count_links(text: str) -> int:
    return len(LINK_PATTERN.findall(text))


def matching_words(text: str, words) -> list[str]:
    """The listed words or phrases that occur in `text` as whole words (any script, any case)."""
    lowered = text.lower()
    return [
        word
        for word in words
        if re.search(r"(?<!\w)" + re.escape(word) + r"(?!\w)", lowered, flags=re.UNICODE)
    ]


def denied_words(text: str, request=None) -> list[str]:
    return matching_words(text, CommentSettings.load(request_or_site=request).deny_list)


def review_reasons(text: str, request=None) -> list[str]:
    """Why a person should look at this text before it is trusted; empty when nothing stands out."""
    reasons = []
    if count_links(text) >= option("LINKS_TO_HOLD"):
        reasons.append(
            _("it contains %(count)s or more links") % {"count": option("LINKS_TO_HOLD")}
        )
    if words := matching_words(text, CommentSettings.load(request_or_site=request).hold_list):
        reasons.append(
            _("it contains words on the hold list: %(words)s") % {"words": ", ".join(words)}
        )
    return reasons


class SpamCheckedForm(forms.Form):
    """A public form with the honeypot and the signed timestamp; errors are the form's own
    (non-field) errors, so the reader sees them at the top with what they wrote kept below.

    Templates render `reader_fields` and include components/spam_trap.html, which adds the
    honeypot and a fresh timestamp (fresh on every render, so a form shown again after an
    error can be sent again).
    """

    SPAM_FIELDS = ("honeypot", "timestamp")

    honeypot = forms.CharField(label=HONEYPOT_LABEL, required=False)
    timestamp = forms.CharField(required=False, widget=forms.HiddenInput)

    def clean(self):
        cleaned_data = super().clean()
        try:
            check_honeypot(cleaned_data.get("honeypot", ""))
            check_elapsed(read_timestamp(cleaned_data.get("timestamp", "")))
        except forms.ValidationError as error:
            self.add_error(None, error)
        return cleaned_data

    def reader_fields(self):
        return [field for field in self if field.name not in self.SPAM_FIELDS]

    def fresh_timestamp(self) -> str:
        return signed_timestamp()
