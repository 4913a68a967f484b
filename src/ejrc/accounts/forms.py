from allauth.account.adapter import get_adapter
from allauth.account.forms import SignupForm
from django import forms
from django.utils.translation import gettext_lazy as _

from .models import User
from .models.user import time_zone_choices


class ProfileForm(forms.ModelForm):
    time_zone = forms.ChoiceField(label=_("Time zone"), choices=time_zone_choices)

    class Meta:
        model = User
        fields = ["name", "name_ja", "preferred_language", "time_zone"]


class ExplicitSignupForm(SignupForm):
    """Sign-up says plainly that an address is already registered (a choice, see the README).

    Everywhere else (password reset, adding an address) allauth's enumeration prevention answers
    the same whether or not the address has an account.
    """

    def validate_unique_email(self, value):
        email = super().validate_unique_email(value)
        if self.account_already_exists:
            raise get_adapter().validation_error("email_taken")
        return email
