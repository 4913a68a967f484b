"""What a proposal changes, field by field, for the validation queue (codes shown as names)."""

from django.utils.translation import gettext_lazy as _

from ejrc.core.i18n import localized
from ejrc.directory.domain.revision_data import organisation_data, sector_key
from ejrc.directory.domain.sectors import sector_label
from ejrc.directory.models import CooperationInterest, Label, OrganisationKind, Sector, Visibility
from ejrc.geo.models import Country, Prefecture, Region

FIELD_LABELS = {
    "kind": _("Kind"), "name_en": _("Name (English)"), "name_ja": _("Name (Japanese)"),
    "description_en": _("Description (English)"), "description_ja": _("Description (Japanese)"),
    "country": _("Country"), "region": _("European region"), "prefecture": _("Prefecture"),
    "city": _("City"), "website": _("Website"), "member_count": _("Number of members"),
    "sectors": _("Sectors"), "interests": _("Cooperation interests"),
    "third_countries": _("Third countries"), "labels": _("Labels"), "contacts": _("Contacts"),
}


class _Names:
    """Readable names for the codes found in two versions, fetched once per kind of code."""

    def __init__(self, *versions):
        def codes(field):
            found = set()
            for version in versions:
                value = version.get(field)
                found.update(value if isinstance(value, list) else [value] if value else [])
            return found

        countries = codes("country") | codes("third_countries")
        self.places = {c.code: localized(c, "name") for c in Country.objects.filter(code__in=countries)}
        self.places.update({r.code: localized(r, "name") for r in Region.objects.filter(code__in=codes("region"))})
        self.places.update(
            {p.code: localized(p, "name") for p in Prefecture.objects.filter(code__in=codes("prefecture"))}
        )
        wanted = codes("sectors")
        self.sectors = {
            sector_key(s): f"{s.get_scheme_display()}: {sector_label(s)}"
            for s in Sector.objects.filter(scheme__in={key.split(":")[0] for key in wanted})
            if sector_key(s) in wanted
        }

    def text(self, field, value):
        if value in (None, "", []):
            return ""
        if field == "kind":
            return str(OrganisationKind(value).label)
        if field in ("country", "region", "prefecture"):
            return self.places.get(value, value)
        if field == "third_countries":
            return "\n".join(self.places.get(code, code) for code in value)
        if field == "sectors":
            return "\n".join(self.sectors.get(key, key) for key in value)
        if field == "interests":
            return "\n".join(str(CooperationInterest(item).label) for item in value)
        if field == "labels":
            return "\n".join(_row(item, kind=Label.Kind) for item in value)
        if field == "contacts":
            return "\n".join(_row(item, visibility=Visibility) for item in value)
        return str(value)


def _row(item, **choices):
    parts = []
    for key, value in item.items():
        if value:
            parts.append(str(choices[key](value).label) if key in choices else str(value))
    return " · ".join(parts)


def revision_diff(revision):
    """Rows of (label, current value, proposed value, changed?) for every field.

    A profile never published has no current version: everything shows as proposed.
    """
    organisation = revision.organisation
    current = organisation_data(organisation) if organisation.is_published else {}
    names = _Names(current, revision.data)
    rows = []
    for field, label in FIELD_LABELS.items():
        before, after = names.text(field, current.get(field)), names.text(field, revision.data.get(field))
        rows.append((label, before, after, bool(current) and before != after))
    return rows
