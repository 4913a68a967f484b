from django import forms
from django.utils.translation import gettext_lazy as _

from ejrc.directory.models import Organisation
from ejrc.events.domain.pitches import PITCHING_KINDS
from ejrc.events.models import Room, SessionKind


class SessionForm(forms.Form):
    """A session placed by an organiser, its times read on the event's clock."""

    kind = forms.ChoiceField(label=_("Kind"), choices=SessionKind.choices)
    title_en = forms.CharField(label=_("Title (English)"), max_length=200)
    title_ja = forms.CharField(label=_("Title (Japanese)"), max_length=200, required=False)
    date = forms.TypedChoiceField(label=_("Day"), coerce=lambda value: value)
    start = forms.TimeField(label=_("Starts (event's time)"), widget=forms.TimeInput(attrs={"type": "time"}))
    end = forms.TimeField(label=_("Ends (event's time)"), widget=forms.TimeInput(attrs={"type": "time"}))
    room = forms.ModelChoiceField(label=_("Room"), queryset=Room.objects.none(), required=False)
    for_both_sides = forms.BooleanField(label=_("Online or hybrid, for Europe and Japan together"), required=False)
    capacity = forms.IntegerField(label=_("Places (site visits)"), min_value=1, required=False)
    departure_point = forms.CharField(label=_("Departure point"), max_length=200, required=False)
    transport = forms.CharField(label=_("Transport"), max_length=200, required=False)

    def __init__(self, *args, event, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["date"].choices = [(day.date.isoformat(), day.date.isoformat()) for day in event.days.all()]
        self.fields["room"].queryset = event.rooms.all()

    def session_fields(self):
        data = dict(self.cleaned_data)
        date = forms.DateField().clean(data.pop("date"))
        data["start"] = forms.DateTimeField().clean(f"{date} {data['start']}")
        data["end"] = forms.DateTimeField().clean(f"{date} {data['end']}")
        return data


class PitchForm(forms.Form):
    organisation = forms.ModelChoiceField(label=_("On behalf of"), queryset=Organisation.objects.none())
    title = forms.CharField(label=_("Title"), max_length=200)
    abstract = forms.CharField(label=_("Abstract"), max_length=3000, widget=forms.Textarea(attrs={"rows": 5}))
    slides = forms.FileField(label=_("Slides (PDF)"), widget=forms.ClearableFileInput(attrs={"accept": "application/pdf"}))

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = Organisation.objects.filter(
            memberships__user=user, kind__in=PITCHING_KINDS).order_by("name_en")


class PitchDecisionForm(forms.Form):
    reason = forms.CharField(label=_("Reason"), required=False, max_length=2000,
                             widget=forms.Textarea(attrs={"rows": 2}))
