from django import forms
from django.utils.translation import gettext_lazy as _

from .domain.consent import current_wording


class MarketingConsentForm(forms.Form):
    """The marketing question, worded exactly as it is recorded."""

    given = forms.BooleanField(required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["given"].label = current_wording()


class DeleteAccountForm(forms.Form):
    password = forms.CharField(label=_("Your password"), widget=forms.PasswordInput, strip=False)

    def __init__(self, *args, user, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("This is not your password: your account has not been deleted."))
        return password
