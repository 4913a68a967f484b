from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from ejrc.directory.models import CooperationInterest
from ejrc.meetings.models import Participant, Priority, SchedulingMode, Side


class SetupForm(forms.Form):
    mode = forms.ChoiceField(label=_("Scheduling"), choices=SchedulingMode.choices)
    tables = forms.IntegerField(label=_("Tables"), min_value=1, max_value=500, initial=10)
    slot_minutes = forms.IntegerField(label=_("Minutes per meeting"), min_value=5, max_value=120, initial=20)
    request_expiry_hours = forms.IntegerField(label=_("Hours to answer a request"), min_value=1, max_value=720,
                                              initial=72)
    interpreters = forms.IntegerField(label=_("Interpreters per slot"), min_value=0, max_value=50, initial=0)
    online_link_base = forms.URLField(label=_("Online meeting address"), required=False, assume_scheme="https")


class FilterForm(forms.Form):
    side = forms.ChoiceField(label=pgettext_lazy("b2b", "Side"), choices=[("", _("Any"))] + Side.choices, required=False)
    country = forms.CharField(label=_("Country code"), max_length=2, required=False)
    sector = forms.IntegerField(label=_("Sector"), required=False, widget=forms.HiddenInput)
    interest = forms.ChoiceField(label=_("Interest"), choices=[("", _("Any"))] + CooperationInterest.choices,
                                 required=False)
    text = forms.CharField(label=_("Words"), max_length=100, required=False)


class ProfileForm(forms.ModelForm):
    class Meta:
        model = Participant
        fields = ["offers", "seeks"]


class RequestForm(forms.Form):
    priority = forms.ChoiceField(label=_("Priority"), choices=Priority.choices, initial=Priority.WOULD_LIKE)
    message = forms.CharField(label=_("Message"), max_length=1000, required=False, widget=forms.Textarea)
    third = forms.ModelChoiceField(label=_("Third participant (trilateral meeting)"), required=False,
                                   queryset=Participant.objects.none())
    interpreter = forms.BooleanField(label=_("We need a Japanese-English interpreter"), required=False)
    online = forms.BooleanField(label=_("Meet online"), required=False)

    def __init__(self, *args, event, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["third"].queryset = Participant.objects.filter(event=event, side=Side.THIRD).select_related(
            "user", "organisation")


class RunForm(forms.Form):
    time_limit = forms.IntegerField(label=_("Time limit (seconds)"), min_value=1, max_value=600, initial=30)
    allow_moves = forms.BooleanField(label=_("Published meetings may move"), required=False)
