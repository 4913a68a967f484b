from django import forms

from .models import User
from .models.user import time_zone_choices


class ProfileForm(forms.ModelForm):
    time_zone = forms.ChoiceField(choices=time_zone_choices)

    class Meta:
        model = User
        fields = ["name", "name_ja", "preferred_language", "time_zone"]
