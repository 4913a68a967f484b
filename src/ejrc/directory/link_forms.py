from django import forms
from django.utils.translation import gettext_lazy as _

from ejrc.geo.models import Country, Prefecture

from .models import CooperationLink


class LinkFilterForm(forms.Form):
    """Filters of the list of twinnings and agreements; both are optional."""

    country = forms.ModelChoiceField(
        label=_("European country"), required=False, to_field_name="code",
        queryset=Country.objects.none(), empty_label=_("All countries"),
    )
    prefecture = forms.ModelChoiceField(
        label=_("Prefecture"), required=False, to_field_name="code",
        queryset=Prefecture.objects.defer("boundary"), empty_label=_("All prefectures"),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        linked = CooperationLink.objects.values("eu_country")
        self.fields["country"].queryset = Country.objects.filter(pk__in=linked)
