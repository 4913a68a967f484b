"""Forms of the inquiry desk: they parse input; the domain functions check and save it."""

from itertools import groupby

from django import forms
from django.utils.translation import gettext_lazy as _

from ejrc.core.i18n import localized
from ejrc.geo.models import Country, Prefecture, Region

from .domain.inquiries import MESSAGE_MAX_LENGTH
from .models import FaqEntry, InquiryStatus, Office, Side, Topic

HONEYPOT = "website"


def region_choices():
    regions = Region.objects.filter(level__in=[1, 2]).select_related("country").order_by("country__name_en", "code")
    return [("", "—")] + [
        (localized(country, "name"), [(r.code, f"{localized(r, 'name')} ({r.code})") for r in items])
        for country, items in groupby(regions, key=lambda r: r.country)
    ]


class InquiryForm(forms.Form):
    topic = forms.ChoiceField(label=_("Topic"), choices=Topic.choices)
    side = forms.ChoiceField(label=_("Your side"), choices=Side.choices, widget=forms.RadioSelect)
    country = forms.ModelChoiceField(label=_("Country"), queryset=Country.objects.all(), to_field_name="code")
    prefecture = forms.ModelChoiceField(label=_("Prefecture"), queryset=Prefecture.objects.order_by("jis_code"),
                                        to_field_name="code", required=False,
                                        help_text=_("For Japan: the office answering depends on it."))
    region = forms.ChoiceField(label=_("European region"), required=False)
    name = forms.CharField(label=_("Your name"), max_length=150, required=False)
    organisation_name = forms.CharField(label=_("Your organisation"), max_length=200, required=False)
    email = forms.EmailField(
        label=_("Your e-mail address"), help_text=_("We answer by e-mail, with a private link to follow your inquiry."),
        error_messages={"required": _("We can only answer with an e-mail address: please give one.")})
    message = forms.CharField(label=_("Your question"), widget=forms.Textarea, max_length=MESSAGE_MAX_LENGTH)
    attachment = forms.FileField(label=_("Attachment"), required=False,
                                 help_text=_("Optional: a PDF or an image (PNG, JPEG, WebP), up to 5 MB."))
    # Hidden from people by the page's style sheet; robots that fill every field give themselves away.
    website = forms.CharField(label=_("Leave this field empty"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["region"].choices = region_choices()
        self.fields[HONEYPOT].widget.attrs.update(autocomplete="off", tabindex="-1")

    def clean_region(self):
        code = self.cleaned_data["region"]
        return Region.objects.filter(code=code).first() if code else None

    def clean(self):
        data = super().clean()
        country, prefecture, region = data.get("country"), data.get("prefecture"), data.get("region")
        if country is None:
            return data
        if country.is_japan and prefecture is None:
            self.add_error("prefecture", _("Choose the prefecture, so that the right office answers."))
        if not country.is_japan and prefecture is not None:
            self.add_error("prefecture", _("A prefecture only applies to Japan."))
        if region is not None and region.country_id != country.pk:
            self.add_error("region", _("This region is not in the chosen country."))
        return data

    @property
    def is_spam(self):
        return bool(self.data.get(HONEYPOT))


class MessageForm(forms.Form):
    body = forms.CharField(label=_("Message"), widget=forms.Textarea(attrs={"rows": 6}), max_length=MESSAGE_MAX_LENGTH)


class AssignForm(forms.Form):
    assignee = forms.ModelChoiceField(label=_("Assignee"), queryset=None, required=False,
                                      empty_label=_("Nobody"))

    def __init__(self, *args, colleagues, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignee"].queryset = colleagues


class HandOverForm(forms.Form):
    office = forms.ModelChoiceField(label=_("Office"), queryset=None, to_field_name="code")
    note = forms.CharField(label=_("Note for the office"), widget=forms.Textarea(attrs={"rows": 3}),
                           max_length=MESSAGE_MAX_LENGTH)

    def __init__(self, *args, inquiry, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["office"].queryset = Office.objects.exclude(pk=inquiry.office_id)


class InboxFilterForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), required=False, choices=[("", _("Any"))] + InquiryStatus.choices)
    topic = forms.ChoiceField(label=_("Topic"), required=False, choices=[("", _("Any"))] + Topic.choices)
    assignee = forms.ChoiceField(label=_("Assignee"), required=False)

    def __init__(self, *args, colleagues, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignee"].choices = [("", _("Anyone")), ("none", _("Nobody"))] + [
            (str(person.pk), str(person)) for person in colleagues]


class FaqForm(forms.ModelForm):
    class Meta:
        model = FaqEntry
        fields = ["topic", "question_en", "answer_en", "question_ja", "answer_ja", "published"]
        widgets = {"answer_en": forms.Textarea(attrs={"rows": 6}), "answer_ja": forms.Textarea(attrs={"rows": 6})}
        help_texts = {"published": _("Shown on the public FAQ. Write it for everyone: no names, no addresses.")}


class FaqSearchForm(forms.Form):
    q = forms.CharField(label=_("Search the FAQ"), required=False, max_length=200)
