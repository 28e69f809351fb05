"""The form a reader uses to report an accessibility problem."""

from django import forms
from django.utils.translation import gettext_lazy as _

from comments import antispam

# What the reader writes; the spam rules read these together.
TEXT_FIELDS = ("page_address", "problem", "name")


class AccessibilityReportForm(antispam.SpamCheckedForm):
    """The site's spam rules (honeypot, signed timestamp, deny words) apply as on comments."""

    page_address = forms.CharField(
        label=_("Which page has the problem? (optional)"),
        help_text=_("The web address or the title of the page."),
        required=False,
        max_length=500,
    )
    problem = forms.CharField(
        label=_("What is the problem?"),
        help_text=_("Tell us what you were trying to do and what went wrong."),
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=5000,
        error_messages={
            "required": _("Describe the problem you found"),
            "max_length": _("The description must be %(limit_value)d characters or fewer"),
        },
    )
    name = forms.CharField(
        label=_("Your name (optional)"),
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label=_("Your email address (optional)"),
        help_text=_("Only if you would like a reply. We use it for nothing else."),
        required=False,
        validators=[antispam.plain_address],
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
        error_messages={
            "invalid": _("Enter an email address in the correct format, like name@example.com")
        },
    )

    def clean_problem(self):
        problem = self.cleaned_data["problem"].strip()
        if not problem:
            raise forms.ValidationError(_("Describe the problem you found"))
        return problem

    def clean(self):
        cleaned_data = super().clean()
        if antispam.denied_words(self.text()):
            self.add_error(
                None,
                _(
                    "We cannot send this report because it contains words our comment policy "
                    "does not allow. Please reword it and send it again."
                ),
            )
        return cleaned_data

    def text(self) -> str:
        """Everything the reader wrote, for the word and link rules."""
        return "\n".join(self.cleaned_data.get(name) or "" for name in TEXT_FIELDS)

    def describe_errors(self):
        """Point each invalid field at its error message, so screen readers announce it."""
        for name in self.errors:
            if name in self.fields:
                widget = self.fields[name].widget
                ids = [f"{self[name].auto_id}_error"]
                if self.fields[name].help_text:
                    ids.append(f"{self[name].auto_id}_helptext")
                widget.attrs["aria-describedby"] = " ".join(ids)
