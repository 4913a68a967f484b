"""Forms of the directory. The profile form edits a proposal (revision data), not the model."""

from itertools import groupby

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from ejrc.core.i18n import localized
from ejrc.directory.domain.profiles import check_name_free
from ejrc.directory.domain.queries import organisations_acted_for
from ejrc.directory.domain.revision_data import CONTACT_FIELDS, LABEL_FIELDS, SCALAR_FIELDS, sector_key
from ejrc.directory.domain.rich_text import check_logo
from ejrc.directory.domain.sectors import sector_label
from ejrc.directory.models import (
    Contact,
    CooperationInterest,
    Label,
    Membership,
    Organisation,
    OrganisationKind,
    OrganisationRelation,
    Sector,
    SectorScheme,
    Visibility,
)
from ejrc.directory.models.limits import DESCRIPTION_MAX_LENGTH, MAX_MEMBER_COUNT, MESSAGE_MAX_LENGTH
from ejrc.geo.models import Country, CountryGroup, Prefecture, Region

HOME_GROUPS = {CountryGroup.EU, CountryGroup.EEA_EFTA, CountryGroup.JAPAN}
RICH_TEXT_HELP = _("Paragraphs, bold, italics, lists and links are kept; other formatting is removed.")


def sector_choices():
    """Sector checkboxes grouped by classification, NACE divisions after their section."""
    names = dict(SectorScheme.choices)
    order = list(names)
    sectors = sorted(Sector.objects.all(), key=lambda s: (order.index(s.scheme) if s.scheme in order else 99, s.position))
    return [
        (names.get(scheme, scheme), [(sector_key(s), sector_label(s)) for s in group])
        for scheme, group in groupby(sectors, key=lambda s: s.scheme)
    ]


def third_country_choices():
    names = dict(CountryGroup.choices)
    countries = sorted(
        Country.objects.exclude(group__in=HOME_GROUPS), key=lambda c: (c.group, localized(c, "name"))
    )
    return [(names[group], [(c.code, localized(c, "name")) for c in items])
            for group, items in groupby(countries, key=lambda c: c.group)]


def region_choices():
    regions = Region.objects.filter(level__in=[1, 2]).select_related("country").order_by("country__name_en", "code")
    return [("", "—")] + [
        (localized(country, "name"), [(r.code, f"{localized(r, 'name')} ({r.code})") for r in items])
        for country, items in groupby(regions, key=lambda r: r.country)
    ]


class GroupedChoicesMixin:
    """Forms with the sector and third-country checkboxes, shown in collapsible groups
    (the directory's profile form and partnering's opportunity form)."""

    def grouped(self, name):
        """The checkboxes of a grouped field as (group label, checkboxes, any checked?) rows."""
        checkboxes = iter(self[name].subwidgets)
        groups = []
        for label, options in self.fields[name].choices:
            boxes = [next(checkboxes) for _option in options]
            groups.append((label, boxes, any(box.data["selected"] for box in boxes)))
        return groups

    def sector_groups(self):
        return self.grouped("sectors")

    def third_country_groups(self):
        return self.grouped("third_countries")


class OrganisationForm(GroupedChoicesMixin, forms.Form):
    kind = forms.ChoiceField(label=_("Kind of organisation"), choices=OrganisationKind.choices)
    name_en = forms.CharField(label=_("Name in English"), max_length=200)
    name_ja = forms.CharField(label=_("Name in Japanese"), max_length=200, required=False)
    description_en = forms.CharField(label=_("Description in English"), widget=forms.Textarea,
                                     max_length=DESCRIPTION_MAX_LENGTH, help_text=RICH_TEXT_HELP)
    description_ja = forms.CharField(label=_("Description in Japanese"), widget=forms.Textarea, required=False,
                                     max_length=DESCRIPTION_MAX_LENGTH, help_text=RICH_TEXT_HELP)
    country = forms.ModelChoiceField(label=_("Country"), queryset=Country.objects.all(), to_field_name="code")
    region = forms.ChoiceField(label=_("European region"), required=False)
    prefecture = forms.ModelChoiceField(
        label=_("Prefecture"), queryset=Prefecture.objects.all(), to_field_name="code", required=False
    )
    city = forms.CharField(label=_("City"), max_length=100, required=False)
    website = forms.URLField(label=_("Website"), required=False, assume_scheme="https",
                             max_length=Organisation._meta.get_field("website").max_length,
                             error_messages={"invalid": _("Enter a full web address, e.g. https://www.example.org.")})
    member_count = forms.IntegerField(label=_("Number of members"), min_value=0, max_value=MAX_MEMBER_COUNT,
                                      required=False)
    logo = forms.FileField(label=_("Logo"), required=False, help_text=_("PNG, JPEG or WebP."))
    sectors = forms.MultipleChoiceField(label=_("Sectors"), required=False, widget=forms.CheckboxSelectMultiple)
    interests = forms.MultipleChoiceField(
        label=_("Cooperation interests"), required=False, choices=CooperationInterest.choices,
        widget=forms.CheckboxSelectMultiple,
    )
    third_countries = forms.MultipleChoiceField(
        label=_("Interest in third countries"), required=False, widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args, organisation=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.organisation = organisation
        self.fields["sectors"].choices = sector_choices()
        self.fields["third_countries"].choices = third_country_choices()
        self.fields["region"].choices = region_choices()

    def clean_logo(self):
        logo = self.cleaned_data.get("logo")
        if logo:
            check_logo(logo)
        return logo

    def clean(self):
        data = super().clean()
        country, prefecture, region = data.get("country"), data.get("prefecture"), data.get("region")
        if country is None:
            return data
        if country.is_japan and prefecture is None:
            self.add_error("prefecture", _("Choose the prefecture."))
        if not country.is_japan and prefecture is not None:
            self.add_error("prefecture", _("A prefecture only applies to organisations in Japan."))
        if region and (country.is_japan or not Region.objects.filter(code=region, country=country).exists()):
            self.add_error("region", _("This region is not in the chosen country."))
        if data.get("name_en"):
            try:
                check_name_free(name_en=data["name_en"], country=country,
                                exclude_pk=self.organisation.pk if self.organisation else None)
            except ValidationError as error:
                self.add_error(None, error)
        return data

    def proposal(self):
        """The cleaned values in revision-data form (without labels and contacts)."""
        data = {field: self.cleaned_data[field] for field in SCALAR_FIELDS}
        for field in ("name_ja", "description_ja", "city", "website"):
            data[field] = data[field] or ""
        data["country"] = self.cleaned_data["country"].code
        data["region"] = self.cleaned_data["region"] or None
        data["prefecture"] = self.cleaned_data["prefecture"].code if self.cleaned_data["prefecture"] else None
        for field in ("sectors", "interests", "third_countries"):
            data[field] = sorted(self.cleaned_data[field])
        return data


class LabelForm(forms.Form):
    # The blank first choice keeps an untouched extra row unchanged, so it is not saved.
    kind = forms.ChoiceField(label=_("Label"), choices=[("", "—")] + Label.Kind.choices)
    name_en = forms.CharField(label=_("Name (English)"), max_length=200, required=False)
    name_ja = forms.CharField(label=_("Name (Japanese)"), max_length=200, required=False)
    awarded_on = forms.DateField(label=_("Awarded on"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    expires_on = forms.DateField(label=_("Expires on"), required=False, widget=forms.DateInput(attrs={"type": "date"}))

    def clean(self):
        data = super().clean()
        if data.get("awarded_on") and data.get("expires_on") and data["expires_on"] < data["awarded_on"]:
            self.add_error("expires_on", _("The expiry date comes before the award date."))
        return data


class ContactForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=150)
    name_ja = forms.CharField(label=_("Name in Japanese"), max_length=150, required=False)
    role = forms.CharField(label=_("Role"), max_length=150, required=False)
    email = forms.EmailField(label=_("E-mail address"), required=False,
                             max_length=Contact._meta.get_field("email").max_length)
    phone = forms.CharField(label=_("Telephone"), max_length=40, required=False)
    languages = forms.CharField(label=_("Languages spoken"), max_length=100, required=False)
    visibility = forms.ChoiceField(label=_("Visible to"), choices=Visibility.choices, initial=Visibility.MEMBERS)


LabelFormSet = forms.formset_factory(LabelForm, extra=2, can_delete=True)
ContactFormSet = forms.formset_factory(ContactForm, extra=2, can_delete=True)


def _rows(formset, fields):
    """The kept rows: existing ones unless removed, extra ones when filled in."""
    rows = []
    for index, form in enumerate(formset.forms):
        is_new = index >= formset.initial_form_count()
        if (is_new and not form.has_changed()) or form.cleaned_data.get("DELETE"):
            continue
        row = {field: form.cleaned_data.get(field) for field in fields}
        rows.append({k: v.isoformat() if hasattr(v, "isoformat") else (v if v is not None else None)
                     for k, v in row.items()})
    return rows


def proposal_from(form, labels, contacts):
    data = form.proposal()
    data["labels"] = _rows(labels, LABEL_FIELDS)
    data["contacts"] = _rows(contacts, CONTACT_FIELDS)
    return data


def initial_from(data):
    """Initial values of the form and the two formsets from revision data."""
    initial = {key: value for key, value in data.items() if key not in ("labels", "contacts")}
    return initial, data.get("labels", []), data.get("contacts", [])


class RejectForm(forms.Form):
    reason = forms.CharField(label=_("Reason (the owners will read it)"), max_length=MESSAGE_MAX_LENGTH,
                             widget=forms.Textarea(attrs={"rows": 3}))


class ContactRequestForm(forms.Form):
    message = forms.CharField(label=_("Your message"), max_length=MESSAGE_MAX_LENGTH,
                              widget=forms.Textarea(attrs={"rows": 4}))
    requester_organisation = forms.ModelChoiceField(
        label=_("On behalf of"), queryset=Organisation.objects.none(), required=False
    )

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        own = organisations_acted_for(user) if user and user.is_authenticated else None
        if own is not None and own.exists():
            self.fields["requester_organisation"].queryset = own
        else:
            del self.fields["requester_organisation"]


class MemberForm(forms.Form):
    email = forms.EmailField(label=_("E-mail address of the person"))
    role = forms.ChoiceField(label=_("Role"), choices=Membership.Role.choices, initial=Membership.Role.MEMBER)


class RelationForm(forms.Form):
    kind = forms.ChoiceField(label=_("Relation"), choices=OrganisationRelation.Kind.choices)
    target = forms.SlugField(label=_("Other organisation (address name, e.g. alpine-hydrogen-valley)"))
