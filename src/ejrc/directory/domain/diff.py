"""What a proposal changes, field by field, for the validation queue."""

from django.utils.translation import gettext_lazy as _

from ejrc.directory.domain.revision_data import organisation_data

FIELD_LABELS = {
    "kind": _("Kind"), "name_en": _("Name (English)"), "name_ja": _("Name (Japanese)"),
    "description_en": _("Description (English)"), "description_ja": _("Description (Japanese)"),
    "country": _("Country"), "region": _("European region"), "prefecture": _("Prefecture"),
    "city": _("City"), "website": _("Website"), "member_count": _("Number of members"),
    "sectors": _("Sectors"), "interests": _("Cooperation interests"),
    "third_countries": _("Third countries"), "labels": _("Labels"), "contacts": _("Contacts"),
}


def _text(value):
    if isinstance(value, list):
        return "\n".join(
            ", ".join(f"{k}: {v}" for k, v in item.items() if v) if isinstance(item, dict) else str(item)
            for item in value
        )
    return "" if value is None else str(value)


def revision_diff(revision):
    """Rows of (label, current value, proposed value, changed?) for every field.

    A profile never published has no current version: everything shows as proposed.
    """
    organisation = revision.organisation
    current = organisation_data(organisation) if organisation.is_published else {}
    return [
        (label, _text(current.get(field)), _text(revision.data.get(field)),
         _text(current.get(field)) != _text(revision.data.get(field)))
        for field, label in FIELD_LABELS.items()
    ]
