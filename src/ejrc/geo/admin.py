from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from .models import Country, Prefecture, Region


@admin.register(Country)
class CountryAdmin(admin.ModelAdmin):
    list_display = ["code", "name_en", "name_ja", "group"]
    list_filter = ["group"]
    search_fields = ["code", "code3", "name_en", "name_ja"]


@admin.register(Prefecture)
class PrefectureAdmin(admin.ModelAdmin):
    list_display = ["code", "name_en", "name_ja", "area", "capital_en", "has_boundary"]
    list_filter = ["area"]
    search_fields = ["code", "name_en", "name_ja", "name_kana"]
    readonly_fields = ["boundary"]

    @admin.display(boolean=True, description=_("boundary"))
    def has_boundary(self, prefecture):
        return prefecture.boundary is not None


@admin.register(Region)
class RegionAdmin(admin.ModelAdmin):
    list_display = ["code", "name_en", "name_native", "level", "scheme", "country"]
    list_filter = ["scheme", "level", "country__group"]
    search_fields = ["code", "name_en", "name_native", "name_ja"]
    list_select_related = ["country"]
    raw_id_fields = ["parent"]
    readonly_fields = ["boundary"]

    def get_queryset(self, request):
        return super().get_queryset(request).defer("boundary")
