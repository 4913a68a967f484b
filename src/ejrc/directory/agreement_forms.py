"""The form of the agreements screen; the domain checks the organisations and the document."""

from django import forms
from django.utils.translation import gettext_lazy as _

from ejrc.core.i18n import localized
from ejrc.directory.domain.agreements import AGREEMENT_KINDS, FIELDS
from ejrc.directory.models import Organisation, OrganisationStatus


class OrganisationsField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, organisation):
        return f"{localized(organisation, 'name')} ({localized(organisation.country, 'name')})"


class AgreementForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind"), choices=[(kind.value, kind.label) for kind in AGREEMENT_KINDS])
    title_en = forms.CharField(label=_("Title (English)"), max_length=200)
    title_ja = forms.CharField(label=_("Title (Japanese)"), max_length=200, required=False)
    signed_on = forms.DateField(label=_("Date signed"), required=False,
                                widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))
    organisations = OrganisationsField(
        label=_("Organisations"), queryset=Organisation.objects.none(),
        help_text=_("At least two: one or more in Japan and one or more outside Japan. "
                    "Hold Ctrl (⌘ on a Mac) to choose several."),
        widget=forms.SelectMultiple(attrs={"size": 12}),
    )
    url = forms.URLField(label=_("Web page"), required=False, assume_scheme="https")
    document = forms.FileField(label=_("Document (PDF)"), required=False,
                               widget=forms.FileInput(attrs={"accept": "application/pdf"}),
                               help_text=_("Optional. A PDF file of at most 10 MB."))

    def __init__(self, *args, agreement=None, **kwargs):
        if agreement is not None:
            kwargs.setdefault("initial", {
                **{field: getattr(agreement, field) for field in FIELDS},
                "organisations": list(agreement.organisations.all()),
            })
        super().__init__(*args, **kwargs)
        self.fields["organisations"].queryset = (
            Organisation.objects.filter(status=OrganisationStatus.PUBLISHED).select_related("country")
        )

    def data_for_domain(self):
        return {field: self.cleaned_data[field] for field in FIELDS}
