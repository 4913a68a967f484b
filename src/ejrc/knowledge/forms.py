"""Forms of knowledge. Partners and figures are typed one per line, so that a case can name
partners that have no profile yet without a picker listing every organisation."""

import re
from decimal import Decimal, InvalidOperation

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from ejrc.directory.forms import RICH_TEXT_HELP, GroupedChoicesMixin, sector_choices
from ejrc.directory.models import CooperationInterest, Organisation, OrganisationStatus, Sector

from .domain.practices import SUBMITTING_KINDS
from .models import LANGUAGES

_PROFILE_ADDRESS = re.compile(r"/directory/([\w-]+)/?$")
_FIGURE = re.compile(r"^(?P<label>.+?)\s*[:：]\s*(?P<value>[-+]?\d[\d,]*(?:\.\d+)?)\s*(?P<unit>.*)$")
MAX_LINES = 20


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        files = data if isinstance(data, (list, tuple)) else [data] if data else []
        return [super(MultipleFileField, self).clean(file, initial) for file in files]


def _lines(text):
    lines = [line.strip() for line in (text or "").splitlines() if line.strip()]
    if len(lines) > MAX_LINES:
        raise ValidationError(_("Give at most %(count)s lines.") % {"count": MAX_LINES})
    return lines


def parse_partners(text, side):
    """Each line: a profile's address or slug (linked), or a name (kept as text)."""
    lines = _lines(text)
    slugs = {}
    for line in lines:
        match = _PROFILE_ADDRESS.search(line)
        slugs[line] = match.group(1) if match else line
    found = {o.slug: o for o in Organisation.objects.filter(slug__in=slugs.values(), status=OrganisationStatus.PUBLISHED)}
    return [{"side": side, "organisation": found.get(slugs[line]), "name": line[:200]} for line in lines]


def parse_figures(text):
    figures = []
    for number, line in enumerate(_lines(text), start=1):
        match = _FIGURE.match(line)
        try:
            value = Decimal(match.group("value").replace(",", "")) if match else None
        except InvalidOperation:
            value = None
        if value is None or abs(value) >= Decimal("1e12"):
            raise ValidationError(_('Line %(number)s: write "what: number unit", e.g. "Joint projects: 4".')
                                  % {"number": number})
        figures.append({"label": match.group("label"), "value": value, "unit": match.group("unit")})
    return figures


class PracticeTextForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200)
    summary = forms.CharField(label=_("Summary"), widget=forms.Textarea, max_length=5000, help_text=RICH_TEXT_HELP)
    results = forms.CharField(label=_("Results"), widget=forms.Textarea, max_length=5000, required=False,
                              help_text=RICH_TEXT_HELP)
    lessons = forms.CharField(label=_("Lessons learnt"), widget=forms.Textarea, max_length=5000, required=False,
                              help_text=RICH_TEXT_HELP)


class PracticeForm(GroupedChoicesMixin, PracticeTextForm):
    organisation = forms.ModelChoiceField(label=_("Submitted by"), queryset=Organisation.objects.none(),
                                          to_field_name="slug")
    language = forms.ChoiceField(label=_("Language of this version"), choices=LANGUAGES)
    cooperation_type = forms.ChoiceField(label=_("Cooperation type"), choices=CooperationInterest.choices)
    sectors = forms.MultipleChoiceField(label=_("Sectors"), required=False, widget=forms.CheckboxSelectMultiple)
    european_partners = forms.CharField(
        label=_("Partners on the European side"), widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("One per line: the address of their profile in the directory, or their name."))
    japanese_partners = forms.CharField(
        label=_("Partners on the Japanese side"), widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("One per line: the address of their profile in the directory, or their name."))
    figures = forms.CharField(label=_("Results in figures"), widget=forms.Textarea(attrs={"rows": 3}), required=False,
                              help_text=_('One per line, e.g. "Joint projects: 4" or "Export growth: 12 %".'))
    links = forms.CharField(label=_("Links"), widget=forms.Textarea(attrs={"rows": 2}), required=False,
                            help_text=_("One web address per line."))
    attachments = MultipleFileField(label=_("Attachments"), required=False,
                                    help_text=_("PDF documents or PNG, JPEG or WebP images, up to 10 MB each."))

    field_order = ["organisation", "language", "title", "summary", "cooperation_type", "sectors",
                   "european_partners", "japanese_partners", "results", "figures", "lessons", "links", "attachments"]

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = Organisation.objects.filter(
            memberships__user=user, status=OrganisationStatus.PUBLISHED, kind__in=SUBMITTING_KINDS).order_by("name_en")
        own = list(self.fields["organisation"].queryset[:2])
        if len(own) == 1:  # the usual case: nothing to choose
            self.fields["organisation"].initial = own[0].slug
        self.fields["sectors"].choices = sector_choices()

    def clean_european_partners(self):
        return parse_partners(self.cleaned_data["european_partners"], "europe")

    def clean_japanese_partners(self):
        return parse_partners(self.cleaned_data["japanese_partners"], "japan")

    def clean_figures(self):
        return parse_figures(self.cleaned_data["figures"])

    def clean_links(self):
        return _lines(self.cleaned_data["links"])

    def practice_data(self):
        data = self.cleaned_data
        wanted = [key.partition(":")[::2] for key in data["sectors"]]
        sectors = [s for s in Sector.objects.filter(code__in=[code for _s, code in wanted])
                   if (s.scheme, s.code) in set(wanted)]
        return {
            "title": data["title"], "summary": data["summary"], "results": data["results"],
            "lessons": data["lessons"], "cooperation_type": data["cooperation_type"], "sectors": sectors,
            "partners": data["european_partners"] + data["japanese_partners"], "figures": data["figures"],
            "links": data["links"],
        }


class TranslationForm(PracticeTextForm):
    language = forms.ChoiceField(label=_("Language of this version"))
    field_order = ["language", "title", "summary", "results", "lessons"]

    def __init__(self, *args, languages, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = languages


class RejectForm(forms.Form):
    reason = forms.CharField(label=_("Why (the submitters will read it)"), widget=forms.Textarea(attrs={"rows": 3}),
                             max_length=2000)


class SubscribeForm(forms.Form):
    email = forms.EmailField(label=_("E-mail address"))
    language = forms.ChoiceField(label=_("Language of the newsletter"), choices=LANGUAGES)
    # Left empty by people; robots fill every field.
    website = forms.CharField(required=False, widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}))


YES_NO = [("", _("Not known")), ("yes", _("Yes")), ("no", _("No"))]


class RitCheckForm(forms.Form):
    smes = forms.IntegerField(label=_("Participating SMEs"), min_value=0, max_value=100_000, required=False)
    participants = forms.IntegerField(label=_("Participating companies in all"), min_value=1, max_value=100_000,
                                      required=False)
    self_funding = forms.IntegerField(label=_("Share of the costs borne by the participants (%)"), min_value=0,
                                      max_value=100, required=False)
    english_secretariat = forms.ChoiceField(label=_("A secretariat able to work in English?"), choices=YES_NO,
                                            required=False)
    named_leader = forms.ChoiceField(label=_("A named leader of the group?"), choices=YES_NO, required=False)
    overseas_counterpart = forms.ChoiceField(label=_("An identified counterpart overseas?"), choices=YES_NO,
                                             required=False)

    def answers(self):
        data = self.cleaned_data
        yes_no = {"yes": True, "no": False}
        return {
            "smes": data.get("smes"), "participants": data.get("participants"),
            "self_funding": data.get("self_funding"),
            **{name: yes_no.get(data.get(name) or "") for name in
               ("english_secretariat", "named_leader", "overseas_counterpart")},
        }


class PairForm(forms.Form):
    first = forms.CharField(label=_("First partner (profile address or slug)"), max_length=300)
    second = forms.CharField(label=_("Second partner (profile address or slug)"), max_length=300)

    def _organisation(self, name):
        value = self.cleaned_data[name].strip()
        match = _PROFILE_ADDRESS.search(value)
        organisation = Organisation.objects.filter(slug=match.group(1) if match else value,
                                                   status=OrganisationStatus.PUBLISHED).first()
        if organisation is None:
            raise ValidationError(_("No published profile has this address."))
        return organisation

    def clean_first(self):
        return self._organisation("first")

    def clean_second(self):
        return self._organisation("second")
