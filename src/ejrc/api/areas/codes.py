"""Input fields naming rows by their codes (countries, regions, prefectures, sectors): an
unknown code is refused by name, so a request never fails deeper down."""

from django.utils.translation import gettext as _
from rest_framework import serializers

from ejrc.directory.domain.revision_data import sector_key
from ejrc.directory.models import Sector

MAX_ITEMS = 100


class CodesField(serializers.ListField):
    """A list of codes of ``queryset()``'s rows; gives the rows (or the codes, ``rows=False``)."""

    def __init__(self, queryset, *, rows=True, **kwargs):
        self.queryset, self.rows = queryset, rows
        kwargs.setdefault("child", serializers.CharField(max_length=40))
        kwargs.setdefault("max_length", MAX_ITEMS)
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)

    def found(self, codes):
        return {row.code: row for row in self.queryset().filter(code__in=codes)}

    def to_internal_value(self, data):
        codes = list(dict.fromkeys(super().to_internal_value(data)))
        found = self.found(codes)
        unknown = [code for code in codes if code not in found]
        if unknown:
            raise serializers.ValidationError(_("Unknown: %(codes)s.") % {"codes": ", ".join(unknown)})
        return [found[code] for code in codes] if self.rows else codes


class SectorsField(CodesField):
    """Sectors as ``scheme:code`` (``cluster:S001``, ``nace:C27``)."""

    def __init__(self, **kwargs):
        super().__init__(lambda: Sector.objects.all(), **kwargs)

    def found(self, codes):
        wanted = {tuple(code.split(":", 1)) for code in codes if ":" in code}
        schemes = {scheme for scheme, _code in wanted}
        return {sector_key(s): s for s in Sector.objects.filter(scheme__in=schemes) if (s.scheme, s.code) in wanted}


class CodeField(serializers.CharField):
    """One code of ``queryset()``'s rows (or null); gives the code, checked."""

    def __init__(self, queryset, **kwargs):
        self.queryset = queryset
        kwargs.setdefault("max_length", 40)
        super().__init__(**kwargs)

    def to_internal_value(self, data):
        code = super().to_internal_value(data)
        if not self.queryset().filter(code=code).exists():
            raise serializers.ValidationError(_("Unknown: %(codes)s.") % {"codes": code})
        return code
