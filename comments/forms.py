"""The citizen's comment form: xtd's form (signed target, timestamp, honeypot) with our rules."""

from django import forms
from django.utils.translation import gettext_lazy as _
from django_comments_xtd.forms import XtdCommentForm

from comments import antispam
from site_config.ids import parse_id

from .models import CommentReport


class CitizenCommentForm(XtdCommentForm):
    """No website field (a spam magnet), plain labels and hints, and a minimum time to submit."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        del self.fields["url"]
        name = self.fields["name"]
        name.label = _("Your name")
        name.help_text = _("Shown with your comment. You can use a nickname.")
        name.widget = forms.TextInput(attrs={"autocomplete": "name", "maxlength": 50})
        email = self.fields["email"]
        email.label = _("Email address")
        email.help_text = _(
            "To confirm your comment and, if you ask, to tell you about replies. It is never shown."
        )
        email.widget = forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"})
        email.validators = [*email.validators, antispam.plain_address]
        comment = self.fields["comment"]
        comment.label = _("Your comment")
        comment.help_text = _("Plain text; links are shown but not followed by search engines.")
        comment.widget = forms.Textarea(attrs={"rows": 6, "maxlength": comment.max_length})
        comment.error_messages["required"] = _("Enter your comment.")
        comment.error_messages["max_length"] = _(
            "Your comment must be %(limit_value)d characters or fewer (it has %(show_value)d)."
        )
        name.error_messages["required"] = _("Enter your name.")
        email.error_messages["required"] = _("Enter your email address.")
        email.error_messages["invalid"] = _(
            "Enter an email address in the correct format, like name@example.com."
        )
        self.fields["followup"].label = _("Email me when someone else comments on this post")
        self.fields["followup"].widget.attrs = {}
        self.fields["followup"].help_text = _("Every email has a link to stop them.")
        self.fields["honeypot"].label = antispam.HONEYPOT_LABEL

    def clean_comment(self):
        text = self.cleaned_data["comment"].strip()
        if not text:
            raise forms.ValidationError(_("Enter your comment."), code="required")
        return text

    def clean_honeypot(self):
        return antispam.check_honeypot(self.cleaned_data["honeypot"])

    def clean_timestamp(self):
        # xtd's security hash (checked in clean_security_hash) signs the timestamp.
        return antispam.check_elapsed(self.cleaned_data["timestamp"])

    def clean_reply_to(self):
        """0 (a new thread) or the id of the comment answered: xtd's IntegerField would pass
        any number on to the database."""
        raw = self.data.get("reply_to", "")
        if raw == "0":
            return 0
        parent_id = parse_id(raw)
        if parent_id is None:
            raise forms.ValidationError(
                _("The comment you replied to is not available any more."), code="invalid"
            )
        return parent_id

    def clean(self):
        # xtd's clean() adds Bootstrap classes to invalid widgets; we style with aria-invalid.
        return forms.Form.clean(self)

    def tampered(self) -> bool:
        """A forged hidden field or a filled honeypot: refuse without showing the form again."""
        hidden = {"security_hash", "honeypot", "content_type", "object_pk", "reply_to"}
        return bool(hidden & set(self.errors))

    def fresh_security_data(self) -> dict:
        """A new signed timestamp for a form shown again after an error."""
        return self.generate_security_data()


class ReportForm(forms.ModelForm):
    class Meta:
        model = CommentReport
        fields = ["reason", "details"]
        widgets = {
            "reason": forms.RadioSelect,
            "details": forms.Textarea(attrs={"rows": 4, "maxlength": 1000}),
        }
        labels = {"details": _("Anything else the moderators should know (optional)")}
        error_messages = {"reason": {"required": _("Choose why you are reporting this comment.")}}
