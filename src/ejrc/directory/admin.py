"""Back-office views of the directory (validation itself happens in the validation queue)."""

from django.contrib import admin
from django.db import models

from ejrc.directory.models import (
    Contact,
    ContactRequest,
    CooperationLink,
    Label,
    Membership,
    Organisation,
    OrganisationInterest,
    OrganisationRelation,
    ProfileRevision,
    Sector,
)


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    raw_id_fields = ["user"]


class ContactInline(admin.TabularInline):
    model = Contact
    extra = 0


class LabelInline(admin.TabularInline):
    model = Label
    extra = 0


class InterestInline(admin.TabularInline):
    model = OrganisationInterest
    extra = 0


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ["name_en", "name_ja", "kind", "country", "status", "office", "confirmed_at"]
    list_filter = ["status", "kind", "office", "country"]
    search_fields = ["name_en", "name_ja", "slug"]
    raw_id_fields = ["region", "prefecture"]
    filter_horizontal = ["sectors", "third_countries"]
    readonly_fields = ["published_at", "search_text"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    inlines = [MembershipInline, InterestInline, LabelInline, ContactInline]


@admin.register(ProfileRevision)
class ProfileRevisionAdmin(admin.ModelAdmin):
    list_display = ["organisation", "status", "office", "submitted_by", "created", "reviewed_by"]
    list_filter = ["status", "office"]
    raw_id_fields = ["organisation", "submitted_by", "reviewed_by"]


@admin.register(Sector)
class SectorAdmin(admin.ModelAdmin):
    list_display = ["code", "name_en", "name_ja", "scheme", "parent"]
    list_filter = ["scheme"]
    search_fields = ["code", "name_en", "name_ja"]


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["user", "organisation", "role"]
    list_filter = ["role"]
    raw_id_fields = ["user", "organisation"]


@admin.register(ContactRequest)
class ContactRequestAdmin(admin.ModelAdmin):
    list_display = ["requester", "organisation", "status", "created"]
    list_filter = ["status"]
    raw_id_fields = ["requester", "requester_organisation", "organisation", "answered_by"]


@admin.register(OrganisationRelation)
class OrganisationRelationAdmin(admin.ModelAdmin):
    list_display = ["source", "kind", "target"]
    raw_id_fields = ["source", "target"]


@admin.register(CooperationLink)
class CooperationLinkAdmin(admin.ModelAdmin):
    list_display = ["kind", "jp_place", "eu_place", "eu_country", "since"]
    list_filter = ["kind", "eu_country"]
    search_fields = ["jp_place", "jp_place_ja", "eu_place"]
    raw_id_fields = ["eu_region", "jp_prefecture", "eu_organisation", "jp_organisation"]
