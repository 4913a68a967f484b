from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ejrc.core.i18n import localized
from ejrc.directory.models import Organisation, OrganisationKind
from ejrc.events.domain.queries import choosable_sessions
from ejrc.events.models import RegistrationStatus
from ejrc.geo.models import CountryGroup


class SessionChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, session):
        local = timezone.localtime(session.starts_at, session.event.zone)
        places = _(" (%(count)s places)") % {"count": session.capacity} if session.capacity else ""
        return f"{local:%Y-%m-%d %H:%M %Z} · {localized(session, 'title')}{places}"


class RegistrationForm(forms.Form):
    """Registration on behalf of one of the person's organisations, with the event's questions."""

    organisation = forms.ModelChoiceField(label=_("On behalf of"), queryset=Organisation.objects.none())
    sessions = SessionChoiceField(label=_("Site visits and sessions"), queryset=None, required=False,
                                  widget=forms.CheckboxSelectMultiple)

    def __init__(self, *args, event, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.event = event
        self.fields["organisation"].queryset = Organisation.objects.filter(memberships__user=user).order_by("name_en")
        self.fields["sessions"].queryset = choosable_sessions(event).select_related("event")
        self.questions = list(event.questions.all())
        for question in self.questions:
            self.fields[f"question_{question.pk}"] = forms.CharField(
                label=localized(question, "label"), required=question.required, max_length=2000,
                widget=forms.Textarea(attrs={"rows": 2}))
        if not self.fields["sessions"].queryset.exists():
            del self.fields["sessions"]

    def answers(self):
        return {str(q.pk): self.cleaned_data.get(f"question_{q.pk}", "") for q in self.questions}


class ChangeRegistrationForm(RegistrationForm):
    """The same choices and questions, filled in from the registration; the organisation stays."""

    def __init__(self, *args, registration, **kwargs):
        super().__init__(*args, event=registration.event, user=registration.user, **kwargs)
        del self.fields["organisation"]
        if "sessions" in self.fields:
            self.fields["sessions"].initial = [choice.session_id for choice in registration.choices.all()]
        for question in self.questions:
            self.fields[f"question_{question.pk}"].initial = registration.answers.get(str(question.pk), "")


class RejectForm(forms.Form):
    reason = forms.CharField(label=_("Reason"), widget=forms.Textarea(attrs={"rows": 2}), max_length=2000)


class ParticipantFilterForm(forms.Form):
    """Filters of the organiser's participant list, its exports and its badges (all GET)."""

    text = forms.CharField(label=_("Search"), required=False)
    status = forms.ChoiceField(label=_("Status"), required=False,
                               choices=[("", _("All"))] + RegistrationStatus.choices)
    group = forms.ChoiceField(label=_("Side"), required=False, choices=[
        ("", _("All")), (CountryGroup.EU, _("European Union")), (CountryGroup.JAPAN, _("Japan"))])
    kind = forms.ChoiceField(label=_("Kind of organisation"), required=False,
                             choices=[("", _("All"))] + OrganisationKind.choices)
    session = forms.ModelChoiceField(label=_("Site visit or session"), required=False, queryset=None)

    def __init__(self, *args, event, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["session"].queryset = choosable_sessions(event)

    def filters(self):
        """The valid filters as keyword arguments of ``participants`` (none when invalid)."""
        if not self.is_valid():
            return {}
        data = self.cleaned_data
        return {"status": data["status"], "group": data["group"], "kind": data["kind"],
                "session": data["session"], "text": data["text"]}
