from django import forms
from django.utils.translation import gettext_lazy as _

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
