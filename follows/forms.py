"""The follow form (with the spam rules every public form shares) and the manage form."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from comments.antispam import SpamCheckedForm, plain_address

from .versions import live_blogs

EMAIL_ERRORS = {
    "required": _("Enter your email address."),
    "invalid": _("Enter an email address in the correct format, like name@example.com."),
}
LEADERS_REQUIRED = _("Choose at least one leader to follow.")


def leader_choices(language):
    return [(str(blog.translation_key), blog.name) for blog in live_blogs(language)]


class FollowForm(SpamCheckedForm):
    """ "Get an email when … publishes": an address and the leaders chosen (on a leader's blog
    or post, that one leader is a hidden field)."""

    email = forms.EmailField(
        label=_("Email address"),
        max_length=254,
        validators=[plain_address],
        error_messages=EMAIL_ERRORS,
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
    )
    leaders = forms.MultipleChoiceField(
        label=_("Leaders"),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": LEADERS_REQUIRED, "invalid_choice": LEADERS_REQUIRED},
    )
    page = forms.IntegerField(widget=forms.HiddenInput, min_value=1, max_value=2**31 - 1)

    def __init__(self, *args, language, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["leaders"].choices = leader_choices(language)

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()

    def clean_leaders(self):
        # A forged form can repeat one leader thousands of times: each repeat would cost the
        # confirmation email a look-up and a line.
        return sorted(set(self.cleaned_data["leaders"]))


class ManageForm(forms.Form):
    leaders = forms.MultipleChoiceField(
        label=_("Leaders you follow"),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        error_messages={"invalid_choice": _("Choose leaders from the list.")},
    )
    language = forms.ChoiceField(
        label=_("Language of the emails"),
        choices=settings.LANGUAGES,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose the language of the emails.")},
    )

    def __init__(self, *args, language, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["leaders"].choices = leader_choices(language)
