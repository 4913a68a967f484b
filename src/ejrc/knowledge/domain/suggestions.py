"""Which instruments an organisation, an opportunity or a pair of partners may apply to, and why.

Eligibility is read from each instrument's declared fields: the sides it is open to, the kinds
of organisation it funds (none: any), its sectors (none: any) and the kinds of cooperation it
funds (none: any). Every reason is a sentence in the viewer's language.
"""

from dataclasses import dataclass, field

from django.db.models import Prefetch
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from ejrc.directory.models import OrganisationKind
from ejrc.geo.models import CountryGroup

from ..models import Deadline, Instrument

EUROPE_GROUPS = {CountryGroup.EU, CountryGroup.EEA_EFTA}


@dataclass
class Suggestion:
    instrument: Instrument
    reasons: list = field(default_factory=list)


def side_of(organisation):
    country = organisation.country
    if country.is_japan:
        return "japan"
    return "europe" if country.group in EUROPE_GROUPS else "third"


def open_instruments():
    """Published instruments with their sectors and coming deadlines (three queries)."""
    coming = Deadline.objects.filter(closes_on__gte=timezone.localdate())
    return Instrument.objects.filter(published=True).prefetch_related(
        "sectors", Prefetch("deadlines", queryset=coming, to_attr="coming_deadlines"))


def _side_reason(instrument, organisation):
    side = side_of(organisation)
    allowed = {"europe": instrument.eu_side, "japan": instrument.japan_side, "third": instrument.third_countries}
    if not allowed[side]:
        return None
    return {
        "europe": _("Open to applicants in Europe: %(name)s is in %(country)s."),
        "japan": _("Open to applicants in Japan: %(name)s is in %(country)s."),
        "third": _("Open to applicants in third countries: %(name)s is in %(country)s."),
    }[side] % {"name": organisation, "country": organisation.country}


def _kind_reason(instrument, organisation):
    if not instrument.organisation_kinds:
        return _("Any kind of organisation may apply.")
    if organisation.kind not in instrument.organisation_kinds:
        return None
    return _("It funds organisations like %(name)s (%(kind)s).") % {
        "name": organisation, "kind": OrganisationKind(organisation.kind).label}


def _sector_reason(instrument, sectors):
    wanted = list(instrument.sectors.all())
    if not wanted:
        return _("It is open to every sector.")
    ids = {sector.pk for sector in sectors} | {sector.parent_id for sector in sectors if sector.parent_id}
    shared = [sector for sector in wanted if sector.pk in ids]
    if not shared:
        return None
    return _("It covers %(sectors)s.") % {"sectors": ", ".join(str(sector) for sector in shared)}


def _timing_reason(instrument):
    if instrument.always_open:
        return _("You can apply at any time.")
    if instrument.coming_deadlines:
        return _("Next deadline: %(date)s.") % {"date": date_format(instrument.coming_deadlines[0].closes_on)}
    return None


def reasons_for(instrument, organisation, sectors):
    """Why ``organisation`` may apply, or None when it may not."""
    reasons = [_side_reason(instrument, organisation), _kind_reason(instrument, organisation),
               _sector_reason(instrument, sectors)]
    if None in reasons:
        return None
    timing = _timing_reason(instrument)
    if timing is None:  # no open call: nothing to apply to now
        return None
    return [*reasons, timing]


def for_organisation(organisation, *, sectors=None, instruments=None):
    """Instruments ``organisation`` may apply to, each with its reasons."""
    sectors = list(organisation.sectors.all()) if sectors is None else sectors
    suggestions = []
    for instrument in instruments if instruments is not None else open_instruments():
        reasons = reasons_for(instrument, organisation, sectors)
        if reasons:
            suggestions.append(Suggestion(instrument, reasons))
    return suggestions


def for_opportunity(opportunity):
    """Instruments for an opportunity (any object with ``organisation``, ``kind``, ``sectors``):
    its publisher must be eligible, in the opportunity's sectors, for its kind of cooperation."""
    sectors = list(opportunity.sectors.all()) or None
    suggestions = []
    for suggestion in for_organisation(opportunity.organisation, sectors=sectors):
        kinds = suggestion.instrument.opportunity_kinds
        if kinds and opportunity.kind not in kinds:
            continue
        if kinds:
            suggestion.reasons.insert(0, _("It funds this kind of cooperation (%(kind)s).") % {
                "kind": opportunity.get_kind_display()})
        suggestions.append(suggestion)
    return suggestions


def for_pair(first, second):
    """Instruments both partners may apply to together; their reasons side by side."""
    instruments = list(open_instruments())
    second_sectors = list(second.sectors.all())
    by_instrument = {s.instrument.pk: s for s in for_organisation(second, sectors=second_sectors,
                                                                    instruments=instruments)}
    pairs = []
    for suggestion in for_organisation(first, instruments=instruments):
        other = by_instrument.get(suggestion.instrument.pk)
        if other is not None:
            pairs.append((suggestion.instrument, suggestion.reasons, other.reasons))
    return pairs
