"""Plain-words reasons for a recommendation, in the viewer's language (the active one).

"Both work on hydrogen. You seek investment; they offer it. Both target Viet Nam. Gifu and
Bordeaux are already twinned." Names are looked up once for all the recommendations shown.
"""

from django.utils.translation import gettext as _

from ejrc.core.i18n import localized
from ejrc.directory.models import CooperationInterest, Sector
from ejrc.geo.models import Country

from ..models import OpportunityKind

MAX_NAMES = 3
SIMILAR_TEXT = 0.2


def _names(items):
    items = sorted(items)
    shown = ", ".join(items[:MAX_NAMES])
    return shown + (_(" and %(count)s more") % {"count": len(items) - MAX_NAMES} if len(items) > MAX_NAMES else "")


def _kinds(kinds):
    return _names(str(OpportunityKind(kind).label).lower() for kind in kinds)


def explain(target, rows):
    """For each ``(parts, facts, candidate vector)`` row, the reasons, strongest first."""
    sector_ids = {pk for _parts, facts, _vector in rows for pk in facts["exact"] | facts["related"]}
    sectors = {s.pk: localized(s, "name") for s in Sector.objects.filter(pk__in=sector_ids)} if sector_ids else {}
    codes = {code for _parts, facts, _vector in rows for code in facts["third"]}
    countries = {c.code: localized(c, "name") for c in Country.objects.filter(code__in=codes)} if codes else {}
    return [_reasons(target, parts, facts, vector, sectors, countries) for parts, facts, vector in rows]


def _reasons(target, parts, facts, vector, sectors, countries):
    reasons = []
    if facts["exact"]:
        reasons.append(_("Both work on %(sectors)s.") % {"sectors": _names(sectors.get(pk, "") for pk in facts["exact"])})
    elif facts["related"]:
        reasons.append(_("Related sectors: %(sectors)s.") % {
            "sectors": _names(sectors.get(pk, "") for pk in facts["related"])})
    if facts["seeks"]:
        reasons.append(_("You seek %(kind)s; they offer it.") % {"kind": _kinds(facts["seeks"])})
    if facts["offers"]:
        reasons.append(_("You offer %(kind)s; they seek it.") % {"kind": _kinds(facts["offers"])})
    if facts["third"]:
        reasons.append(_("Both target %(countries)s.") % {
            "countries": _names(countries.get(code, code) for code in facts["third"])})
    if facts["interests"]:
        reasons.append(_("Both are interested in %(interests)s.") % {
            "interests": _names(str(CooperationInterest(i).label).lower() for i in facts["interests"])})
    if facts["places"]:
        japanese, european = facts["places"]
        reasons.append(_("%(japanese)s and %(european)s are already twinned.") % {
            "japanese": japanese, "european": european})
    if parts["text"] >= SIMILAR_TEXT:
        reasons.append(_("Their description is close to yours."))
    if vector.side != target.side:
        reasons.append(_("A partner in Japan.") if vector.side == "japan" else _("A partner in Europe."))
    return reasons or [_("A possible partner on the other side.")]
