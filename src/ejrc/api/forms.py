from datetime import timedelta

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

VALIDITY = [("30", _("30 days")), ("90", _("90 days")), ("365", _("A year")), ("", _("No expiry"))]


class NewTokenForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=100,
                           help_text=_("What will use it, e.g. “Regional agency CRM”."))
    validity = forms.ChoiceField(label=_("Valid for"), choices=VALIDITY, initial="90", required=False)

    def expires_at(self):
        days = self.cleaned_data.get("validity")
        return timezone.now() + timedelta(days=int(days)) if days else None
