"""Forms of partnering: they parse input; the domain functions check and save it."""

from django import forms
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from ejrc.directory.forms import GroupedChoicesMixin, region_choices, sector_choices, third_country_choices
from ejrc.directory.models import OrganisationKind, Sector
from ejrc.geo.models import Country, Prefecture, Region

from .domain.opportunities import default_expiry
from .models import Direction, OpportunityKind, OutcomeStage, PartnerSide, SavedSearch

PLAIN_TEXT_HELP = _("Plain text.")


class DateInput(forms.DateInput):
    input_type = "date"


class OpportunityForm(GroupedChoicesMixin, forms.Form):
    organisation = forms.ModelChoiceField(label=_("Published by"), queryset=None, to_field_name="slug",
                                          empty_label=None)
    direction = forms.ChoiceField(label=_("Offer or request"), choices=Direction.choices, widget=forms.RadioSelect)
    kind = forms.ChoiceField(label=_("Kind of opportunity"), choices=OpportunityKind.choices)
    title_en = forms.CharField(label=_("Title in English"), max_length=200, required=False)
    title_ja = forms.CharField(label=_("Title in Japanese"), max_length=200, required=False)
    summary_en = forms.CharField(label=_("Summary in English"), widget=forms.Textarea, required=False,
                                 help_text=PLAIN_TEXT_HELP)
    summary_ja = forms.CharField(label=_("Summary in Japanese"), widget=forms.Textarea, required=False,
                                 help_text=PLAIN_TEXT_HELP)
    sectors = forms.MultipleChoiceField(label=_("Sectors"), required=False, widget=forms.CheckboxSelectMultiple)
    partner_side = forms.ChoiceField(label=_("Partner sought"), choices=PartnerSide.choices)
    partner_kinds = forms.MultipleChoiceField(
        label=_("Kinds of partner sought"), choices=OrganisationKind.choices, required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    partner_countries = forms.ModelMultipleChoiceField(
        label=_("Countries of the partner sought"), queryset=Country.objects.all(), to_field_name="code",
        required=False,
    )
    partner_regions = forms.MultipleChoiceField(label=_("European regions of the partner sought"), required=False)
    partner_prefectures = forms.ModelMultipleChoiceField(
        label=_("Prefectures of the partner sought"), queryset=Prefecture.objects.order_by("jis_code"),
        to_field_name="code", required=False,
    )
    third_countries = forms.MultipleChoiceField(
        label=_("Target third countries"), required=False, widget=forms.CheckboxSelectMultiple,
        help_text=_("Required for a joint action towards a third country."),
    )
    call_identifier = forms.CharField(
        label=_("Call identifier"), max_length=100, required=False,
        help_text=_("For a research and innovation project: the call's identifier, e.g. HORIZON-CL5-2027-D3-01."),
    )
    call_deadline = forms.DateField(label=_("Call deadline"), required=False, widget=DateInput)
    expires_on = forms.DateField(label=_("Expires on"), widget=DateInput,
                                 help_text=_("At most a year from today; you can renew it."))

    def __init__(self, *args, organisations=None, **kwargs):
        super().__init__(*args, **kwargs)
        if organisations is None:
            del self.fields["organisation"]
        else:
            self.fields["organisation"].queryset = organisations
        self.fields["sectors"].choices = sector_choices()
        self.fields["third_countries"].choices = third_country_choices()
        self.fields["partner_regions"].choices = region_choices()[1:]
        self.fields["expires_on"].initial = default_expiry()

    def clean_sectors(self):
        wanted = {tuple(key.split(":", 1)) for key in self.cleaned_data["sectors"]}
        return [s for s in Sector.objects.filter(scheme__in={scheme for scheme, _c in wanted})
                if (s.scheme, s.code) in wanted]

    def clean_third_countries(self):
        return list(Country.objects.filter(code__in=self.cleaned_data["third_countries"]))

    def clean_partner_regions(self):
        return list(Region.objects.filter(code__in=self.cleaned_data["partner_regions"]))

    @classmethod
    def initial_from(cls, opportunity):
        """The form's values for an existing opportunity."""
        return {
            "direction": opportunity.direction, "kind": opportunity.kind,
            "title_en": opportunity.title_en, "title_ja": opportunity.title_ja,
            "summary_en": opportunity.summary_en, "summary_ja": opportunity.summary_ja,
            "sectors": [f"{s.scheme}:{s.code}" for s in opportunity.sectors.all()],
            "partner_side": opportunity.partner_side,
            "partner_kinds": [row.kind for row in opportunity.partner_kinds.all()],
            "partner_countries": list(opportunity.partner_countries.all()),
            "partner_regions": [r.code for r in opportunity.partner_regions.all()],
            "partner_prefectures": list(opportunity.partner_prefectures.all()),
            "third_countries": [c.code for c in opportunity.third_countries.all()],
            "call_identifier": opportunity.call_identifier, "call_deadline": opportunity.call_deadline,
            "expires_on": opportunity.expires_on,
        }


class RejectForm(forms.Form):
    reason = forms.CharField(label=_("Reason (sent to the owners)"), widget=forms.Textarea)


class InterestForm(forms.Form):
    organisation = forms.ModelChoiceField(label=_("On behalf of"), queryset=None, to_field_name="slug",
                                          empty_label=None)
    message = forms.CharField(
        label=_("Your message"), widget=forms.Textarea, max_length=4000,
        help_text=_("Say who you are and what you would like to do together."),
    )

    def __init__(self, *args, organisations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisations


class MessageForm(forms.Form):
    body = forms.CharField(label=_("Message"), widget=forms.Textarea, max_length=4000)


class OutcomeForm(forms.Form):
    stage = forms.ChoiceField(label=_("Stage reached"), choices=OutcomeStage.choices)
    happened_on = forms.DateField(label=_("Date"), widget=DateInput)
    document = forms.FileField(label=_("Document (PDF, optional)"), required=False)


class SavedSearchForm(forms.Form):
    target = forms.ChoiceField(label=_("What to watch"), choices=[
        (value, label) for value, label in SavedSearch.Target.choices if value != SavedSearch.Target.MATCHES])
    query_string = forms.CharField(required=False, max_length=2000, widget=forms.HiddenInput)
    words = forms.CharField(label=_("Words"), required=False, max_length=200,
                            help_text=_("Any words, in English or Japanese; empty for everything new."))
    frequency = forms.ChoiceField(label=_("How often"), choices=SavedSearch.Frequency.choices)
    name = forms.CharField(label=_("Name"), required=False, max_length=120)

    def query(self):
        """The saved query string: the page's own, or the words typed here."""
        data = self.cleaned_data
        if data["query_string"]:
            return data["query_string"]
        return _words_query(data["words"])


class MatchingProfileForm(forms.Form):
    frequency = forms.ChoiceField(label=_("How often"), choices=SavedSearch.Frequency.choices,
                                  initial=SavedSearch.Frequency.WEEKLY)


def _words_query(words):
    query = QueryDict(mutable=True)
    if words:
        query["q"] = words
    return query.urlencode()
