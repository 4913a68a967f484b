"""The back office of knowledge (the Django admin): funding, content pages, news, newsletters.
Best practices are reviewed in the review queue; the admin lists them for staff."""

from django import forms
from django.contrib import admin
from django.db import models
from django.utils.translation import gettext as _

from ejrc.directory.models import OrganisationKind

from .domain.uploads import check_pdf
from .models import (
    BestPractice,
    Deadline,
    EpaGuide,
    Initiative,
    Instrument,
    NewsletterIssue,
    Post,
    PracticeAttachment,
    PracticeFigure,
    PracticePartner,
    Subscriber,
    Tag,
)


class DeadlineInline(admin.TabularInline):
    model = Deadline
    extra = 1


URL_FIELDS = {models.URLField: {"assume_scheme": "https"}}


class InstrumentForm(forms.ModelForm):
    organisation_kinds = forms.MultipleChoiceField(choices=OrganisationKind.choices, required=False,
                                                   widget=forms.CheckboxSelectMultiple)

    class Meta:
        model = Instrument
        fields = "__all__"

    source_url = forms.URLField(required=False, assume_scheme="https")


@admin.register(Instrument)
class InstrumentAdmin(admin.ModelAdmin):
    form = InstrumentForm
    formfield_overrides = URL_FIELDS
    list_display = ["name_en", "eu_side", "japan_side", "third_countries", "always_open", "published"]
    prepopulated_fields = {"slug": ["name_en"]}
    filter_horizontal = ["sectors"]
    inlines = [DeadlineInline]


class PostForm(forms.ModelForm):
    class Meta:
        model = Post
        fields = "__all__"

    def clean_pdf(self):
        pdf = self.cleaned_data.get("pdf")
        if pdf and hasattr(pdf, "content_type"):  # a new upload
            check_pdf(pdf)
        return pdf

    def clean(self):
        data = super().clean()
        if data.get("kind") == "report" and not data.get("pdf"):
            self.add_error("pdf", forms.ValidationError(_("A report needs its PDF.")))
        if data.get("published") and not data.get("published_at"):
            self.add_error("published_at", forms.ValidationError(_("Give the publication date.")))
        return data


@admin.register(Post)
class PostAdmin(admin.ModelAdmin):
    form = PostForm
    list_display = ["title", "language", "kind", "published", "published_at"]
    list_filter = ["language", "kind", "published", "tags"]
    search_fields = ["title"]
    filter_horizontal = ["tags"]


class PartnerInline(admin.TabularInline):
    model = PracticePartner
    extra = 0
    raw_id_fields = ["organisation"]


@admin.register(BestPractice)
class BestPracticeAdmin(admin.ModelAdmin):
    list_display = ["title", "language", "organisation", "status", "office", "published_at"]
    list_filter = ["status", "language", "office"]
    search_fields = ["title", "organisation__name_en"]
    raw_id_fields = ["organisation", "created_by", "reviewed_by"]
    readonly_fields = ["status", "reviewed_by", "reviewed_at", "published_at"]
    inlines = [PartnerInline, type("FigureInline", (admin.TabularInline,), {"model": PracticeFigure, "extra": 0}),
               type("AttachmentInline", (admin.TabularInline,), {"model": PracticeAttachment, "extra": 0})]


admin.site.register(Tag)
admin.site.register(Initiative, formfield_overrides=URL_FIELDS)
admin.site.register(EpaGuide, filter_horizontal=["sectors"])
admin.site.register(Subscriber, list_display=["email", "language", "confirmed_at", "unsubscribed_at"],
                    search_fields=["email"])
admin.site.register(NewsletterIssue, list_display=["subject", "language", "status", "started_at", "finished_at"],
                    filter_horizontal=["posts"], readonly_fields=["status", "started_at", "finished_at"])
