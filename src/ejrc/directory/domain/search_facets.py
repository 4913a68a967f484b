"""The facets of the directory search: their filters and their counts.

Each search declares its facets as :class:`~.search_engine.FacetSpec` rows built from the
conditions and builders here (the opportunities board reuses them). Standard faceted-search
semantics: values within a facet are OR'ed, facets are AND'ed, and
each facet's counts apply the query and every *other* facet's selection but not its own
(the caller passes each builder a queryset narrowed that way). Each builder runs one
aggregate query (two for Japanese places and for third countries), whatever the results.
Facet values are plain codes, prefixed where a facet mixes kinds of things:
``place=region:FRK``, ``place=area:chubu``, ``place=pref:JP-21``, ``sector=cluster:S001``,
``third=group:africa``, ``third=country:VN``.
"""

from dataclasses import dataclass, field

from django.db.models import Count, Prefetch, Q
from django.utils.translation import gettext_lazy as _

from ejrc.core.i18n import current_language, localized
from ejrc.geo.models import JAPANESE_AREAS, Country, CountryGroup, Region

from ..models import CooperationInterest, Label, OrganisationKind, Sector, SectorScheme

TITLES = {
    "kind": _("Kind"),
    "country": _("Country"),
    "place": _("Region or prefecture"),
    "sector": _("Sector"),
    "interest": _("Cooperation interest"),
    "third": _("Interest in third countries"),
    "label": _("Label"),
}
FACET_KEYS = tuple(TITLES)


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool = False
    children: list = field(default_factory=list)


@dataclass
class Facet:
    key: str
    title: str
    options: list
    clear_query: str = ""
    visible_count = 8

    @property
    def selected_count(self):
        return sum(_touched(option) for option in self.options)

    @property
    def shown(self):
        """The first options, plus any selected option further down the list."""
        return [o for i, o in enumerate(self.options) if i < self.visible_count or _touched(o)]

    @property
    def more(self):
        return [o for i, o in enumerate(self.options) if i >= self.visible_count and not _touched(o)]


def _touched(option):
    return option.selected or any(child.selected for child in option.children)


def _prefixed(values, prefix):
    return [value.removeprefix(prefix) for value in values if value.startswith(prefix)]


def _owners(rows, column):
    return Q(pk__in=rows.values(column))


def field_condition(field_name):
    """Ticked values of a field of the searched row itself: ``kind``, ``country__code``."""
    return lambda values: Q(**{f"{field_name}__in": values})


def owned_condition(model, field_name, owner_column):
    """Ticked values held in rows of ``model`` that point to the searched row (interests…)."""
    return lambda values: _owners(model.objects.filter(**{f"{field_name}__in": values}), owner_column)


def sector_condition(through, owner_column):
    """Ticked ``scheme:code`` sectors, through the searched model's ``sectors`` table."""
    def condition(values):
        wanted = Q(pk__in=[])
        for value in values:
            scheme, _sep, code = value.partition(":")
            wanted |= Q(sector__scheme=scheme, sector__code=code)
        return _owners(through.objects.filter(wanted), owner_column)
    return condition


def third_condition(through, owner_column):
    """Ticked ``country:VN`` or ``group:africa`` values, through a table of countries."""
    return lambda values: _owners(through.objects.filter(
        Q(country__code__in=_prefixed(values, "country:"))
        | Q(country__group__in=_prefixed(values, "group:"))
    ), owner_column)


def place_condition(values):
    return (
        _in_regions(_prefixed(values, "region:"))
        | Q(prefecture__area__in=_prefixed(values, "area:"))
        | Q(prefecture__code__in=_prefixed(values, "pref:"))
    )


def _in_regions(codes):
    """In one of these regions or below: NUTS codes nest by prefix (FRK ⊃ FRK2 ⊃ FRK26);
    ISO 3166-2 codes (with a hyphen) do not (ES-A is not above ES-AB), so they match exactly."""
    condition = Q(region__code__in=[code for code in codes if "-" in code])
    for code in codes:
        if "-" not in code:
            condition |= Q(region__code__startswith=code)
    return condition


def _counted(queryset, *fields):
    """Rows of ``fields`` with ``n``, the number of distinct organisations having them."""
    rows = queryset.values(*fields).annotate(n=Count("pk", distinct=True)).order_by()
    return [row for row in rows if row[fields[0]] is not None]


def _name(row, prefix):
    """The name in the viewer's language from a values() row, falling back to English."""
    japanese = row.get(f"{prefix}name_ja") if current_language() == "ja" else ""
    return japanese or row[f"{prefix}name_en"]


def _facet(key, options, params, title=None):
    """The facet, with selected values it no longer counts kept (at 0) so they can be unticked."""
    selected = set(params.values(key))
    known = set()
    for option in options:
        for item in [option, *option.children]:
            item.selected = item.value in selected
            known.add(item.value)
    options += [FacetOption(value, value, 0, selected=True) for value in params.values(key)
                if value not in known]
    return Facet(key, title or TITLES[key], options, params.query_string(without_key=key))


def choice_facet(queryset, key, field_name, choices, params, title=None):
    """A facet over a field with fixed choices (kind, interest, label), in the choices' order."""
    found = {row[field_name]: row["n"] for row in _counted(queryset, field_name)}
    wanted = set(found) | set(params.values(key))
    options = [FacetOption(value, label, found.get(value, 0)) for value, label in choices if value in wanted]
    return _facet(key, options, params, title)


def kind_facet(queryset, params):
    return choice_facet(queryset, "kind", "kind", OrganisationKind.choices, params)


def interest_facet(queryset, params):
    return choice_facet(
        queryset, "interest", "interests__interest", CooperationInterest.choices, params
    )


def label_facet(queryset, params):
    return choice_facet(queryset, "label", "labels__kind", Label.Kind.choices, params)


def country_facet(queryset, params, *, path="country", key="country", title=None):
    """Countries by count; ``path`` leads from the searched row to its country."""
    rows = _counted(queryset, f"{path}__code", f"{path}__name_en", f"{path}__name_ja")
    options = [FacetOption(row[f"{path}__code"], _name(row, f"{path}__"), row["n"]) for row in rows]
    missing = set(params.values(key)) - {option.value for option in options}
    if missing:  # chosen countries the other filters leave empty: named, at 0
        options += [FacetOption(country.code, localized(country, "name"), 0)
                    for country in Country.objects.filter(code__in=missing)]
    options.sort(key=lambda option: (-option.count, option.label))
    return _facet(key, options, params, title)


def place_facet(queryset, params):
    """Regions of the chosen countries; for Japan, its areas with their prefectures."""
    countries = set(params.values("country"))
    if not countries and not params.values("place"):
        return None
    if countries:
        queryset = queryset.filter(country__code__in=countries)
    options = _european_places(queryset)
    if not countries or "JP" in countries:
        options = _japanese_places(queryset) + options
    return _facet("place", options, params)


def _european_places(queryset):
    """NUTS 1 regions, each with the regions below it that hold profiles; ISO regions flat.

    Each profile has one region, so the counts of distinct codes add up: a region's count is
    the sum over the codes it contains.
    """
    rows = {row["region__code"]: row for row in _counted(
        queryset, "region__code", "region__scheme", "region__name_en", "region__name_ja"
    )}
    nuts = [code for code, row in rows.items() if row["region__scheme"] == Region.Scheme.NUTS]
    tops = {code[:3] for code in nuts}
    unnamed = Region.objects.filter(code__in=tops - set(rows)) if tops - set(rows) else []
    names = {region.code: localized(region, "name") for region in unnamed}
    names.update({code: _name(row, "region__") for code, row in rows.items()})

    def option(code, children=()):
        count = sum(rows[other]["n"] for other in nuts if other.startswith(code))
        return FacetOption(f"region:{code}", names.get(code, code), count, children=list(children))

    options = [
        option(top, [option(code) for code in sorted(nuts) if code.startswith(top) and code != top])
        for top in tops
    ]
    options += [FacetOption(f"region:{code}", names[code], row["n"])
                for code, row in rows.items() if code not in nuts]
    return sorted(options, key=lambda item: item.label)


def _japanese_places(queryset):
    areas = {row["prefecture__area"]: row["n"] for row in _counted(queryset, "prefecture__area")}
    rows = _counted(
        queryset, "prefecture__area", "prefecture__jis_code", "prefecture__code",
        "prefecture__name_en", "prefecture__name_ja",
    )
    options = []
    for area, label in JAPANESE_AREAS:
        if area in areas:
            children = sorted(
                (row for row in rows if row["prefecture__area"] == area),
                key=lambda row: row["prefecture__jis_code"],
            )
            options.append(FacetOption(f"area:{area}", label, areas[area], children=[
                FacetOption(f"pref:{row['prefecture__code']}", _name(row, "prefecture__"), row["n"])
                for row in children
            ]))
    return options


def sector_facets(queryset, params):
    """One list per classification, all under the one ``sector`` parameter."""
    rows = _counted(
        queryset, "sectors__scheme", "sectors__position", "sectors__code",
        "sectors__name_en", "sectors__name_ja",
    )
    rows = sorted(rows, key=lambda row: (row["sectors__position"], row["sectors__code"]))
    everything = _facet("sector", [
        FacetOption(f"{row['sectors__scheme']}:{row['sectors__code']}",
                    _name(row, "sectors__"), row["n"])
        for row in rows
    ], params)
    facets = []
    for scheme, title in SectorScheme.choices:
        options = [o for o in everything.options if o.value.partition(":")[0] == scheme]
        if options:
            clear = params.query_string(without_values={o.value for o in options})
            facets.append(Facet("sector", title, options, clear))
    schemes = set(SectorScheme.values)
    unknown = [o for o in everything.options if o.value.partition(":")[0] not in schemes]
    if unknown:  # selected values that name no classification: shown so they can be unticked
        facets.append(Facet("sector", TITLES["sector"], unknown, everything.clear_query))
    return facets


def third_country_facet(queryset, params, title=None):
    """Third-country interests by group (Africa, South East Asia…), each with its countries."""
    groups = {row["third_countries__group"]: row["n"]
              for row in _counted(queryset, "third_countries__group")}
    rows = sorted(
        _counted(queryset, "third_countries__group", "third_countries__code",
                 "third_countries__name_en", "third_countries__name_ja"),
        key=lambda row: _name(row, "third_countries__"),
    )
    options = [
        FacetOption(f"group:{group}", label, groups[group], children=[
            FacetOption(f"country:{row['third_countries__code']}",
                        _name(row, "third_countries__"), row["n"])
            for row in rows if row["third_countries__group"] == group
        ])
        for group, label in CountryGroup.choices if group in groups
    ]
    return _facet("third", options, params, title)


def card_sectors():
    """The sectors shown on result cards, fetched once for the whole page."""
    return Prefetch("sectors", queryset=Sector.objects.order_by("scheme", "position", "code"))
