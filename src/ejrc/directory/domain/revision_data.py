"""The proposed version of a profile as plain data (what a :class:`ProfileRevision` stores).

``data`` is JSON: scalar fields by name; ``country``, ``region`` and ``prefecture`` by code;
``sectors`` as ``"scheme:code"`` strings; ``interests``; ``third_countries`` as ISO codes;
``labels`` and ``contacts`` as lists of dicts. :func:`organisation_data` reads a profile into
that shape and :func:`apply_data` writes it back, so both directions stay in one place.
"""

import datetime

from django.utils.text import slugify

from ejrc.directory.models import Contact, Label, Organisation, OrganisationInterest, Sector
from ejrc.geo.models import Country, Prefecture, Region

SCALAR_FIELDS = [
    "kind", "name_en", "name_ja", "description_en", "description_ja", "city", "website", "member_count",
]
LABEL_FIELDS = ["kind", "name_en", "name_ja", "awarded_on", "expires_on"]
CONTACT_FIELDS = ["name", "name_ja", "role", "email", "phone", "languages", "visibility"]
RESERVED_SLUGS = {"mine", "new", "validation", "requests", "search", "links", "import"}


def sector_key(sector):
    return f"{sector.scheme}:{sector.code}"


def _plain(value):
    return value.isoformat() if isinstance(value, datetime.date) else value


def organisation_data(organisation):
    """The current (published) values of ``organisation`` in revision form."""
    data = {field: getattr(organisation, field) for field in SCALAR_FIELDS}
    data["country"] = organisation.country.code
    data["region"] = organisation.region.code if organisation.region_id else None
    data["prefecture"] = organisation.prefecture.code if organisation.prefecture_id else None
    data["sectors"] = sorted(sector_key(sector) for sector in organisation.sectors.all())
    data["interests"] = sorted(item.interest for item in organisation.interests.all())
    data["third_countries"] = sorted(country.code for country in organisation.third_countries.all())
    data["labels"] = [
        {field: _plain(getattr(label, field)) for field in LABEL_FIELDS} for label in organisation.labels.all()
    ]
    data["contacts"] = [
        {field: getattr(contact, field) for field in CONTACT_FIELDS} for contact in organisation.contacts.all()
    ]
    return data


def unique_slug(name, *, exclude_pk=None):
    """A clean slug from the English name, suffixed ``-2``, ``-3``… when already taken."""
    base = slugify(name)[:100].strip("-") or "organisation"
    if base in RESERVED_SLUGS:
        base = f"{base}-organisation"
    taken = set(
        Organisation.objects.filter(slug__startswith=base).exclude(pk=exclude_pk).values_list("slug", flat=True)
    )
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    return slug


def _sectors(keys):
    wanted = {tuple(key.split(":", 1)) for key in keys}
    schemes = {scheme for scheme, _code in wanted}
    return [s for s in Sector.objects.filter(scheme__in=schemes) if (s.scheme, s.code) in wanted]


def apply_data(organisation, data):
    """Write ``data`` onto ``organisation`` and replace its sectors, interests, labels and contacts."""
    for field in SCALAR_FIELDS:
        if field in data:
            value = data[field]
            if value is None and field != "member_count":  # text columns store "" for nothing
                value = ""
            setattr(organisation, field, value)
    organisation.country = Country.objects.get(code=data["country"])
    organisation.region = Region.objects.filter(code=data.get("region") or "").first()
    organisation.prefecture = Prefecture.objects.filter(code=data.get("prefecture") or "").first()
    organisation.save()
    organisation.sectors.set(_sectors(data.get("sectors", [])))
    organisation.third_countries.set(Country.objects.filter(code__in=data.get("third_countries", [])))
    organisation.interests.all().delete()
    OrganisationInterest.objects.bulk_create(
        OrganisationInterest(organisation=organisation, interest=interest)
        for interest in sorted(set(data.get("interests", [])))
    )
    organisation.labels.all().delete()
    Label.objects.bulk_create(Label(organisation=organisation, **label) for label in data.get("labels", []))
    organisation.contacts.all().delete()
    Contact.objects.bulk_create(
        Contact(organisation=organisation, position=position, **contact)
        for position, contact in enumerate(data.get("contacts", []))
    )
