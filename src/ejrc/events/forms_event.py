from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ejrc.events.models import Event, validate_time_zone

DETAIL_FIELDS = ["title_en", "title_ja", "description_en", "description_ja", "starts_on", "ends_on", "time_zone",
                 "format", "venue", "address", "online_url", "capacity", "registration_deadline",
                 "requires_approval", "is_published", "outcomes_en", "outcomes_ja"]


class EventForm(forms.ModelForm):
    """An event's details as its organisers enter them; the deadline is read on the event's clock.

    The checks that need the database (dates against the programme) are the domain's
    (``domain/events.py``); this form only reads the fields.
    """

    time_zone = forms.CharField(label=_("Time zone"), max_length=64,
                                help_text=_("An IANA name, such as Europe/Paris or Asia/Tokyo."))
    online_url = forms.URLField(label=_("Online link"), required=False, assume_scheme="https")
    registration_deadline = forms.DateTimeField(
        label=_("Registration deadline (the event's time)"), required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"))

    class Meta:
        model = Event
        fields = ["slug", *DETAIL_FIELDS]
        widgets = {"starts_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
                   "ends_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
                   "description_en": forms.Textarea(attrs={"rows": 4}),
                   "description_ja": forms.Textarea(attrs={"rows": 4}),
                   "address": forms.Textarea(attrs={"rows": 2}),
                   "outcomes_en": forms.Textarea(attrs={"rows": 3}), "outcomes_ja": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            del self.fields["slug"]  # links to the event stay valid
            if self.instance.registration_deadline:
                self.initial["registration_deadline"] = timezone.localtime(
                    self.instance.registration_deadline, self.instance.zone).replace(tzinfo=None)

    def _post_clean(self):
        """The domain validates the model and the programme; nothing is written to the instance."""

    def clean_time_zone(self):
        name = self.cleaned_data["time_zone"].strip()
        validate_time_zone(name)
        return name

    def clean(self):
        data = super().clean()
        deadline, zone = data.get("registration_deadline"), data.get("time_zone")
        if deadline and zone:  # entered on the event's clock, not the organiser's
            data["registration_deadline"] = timezone.make_aware(
                timezone.make_naive(deadline).replace(tzinfo=None), Event(time_zone=zone).zone)
        return data

    def details(self):
        return {name: self.cleaned_data[name] for name in DETAIL_FIELDS}
