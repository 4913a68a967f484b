"""What knowledge adds to the directory's profile pages and partnering's opportunity pages,
through the directory's ``page_sections`` registries (each a fixed number of queries)."""

from django.db.models import Q

from ejrc.directory.page_sections import PageSection, opportunity_sections, profile_sections

from ..models import EpaGuide
from . import suggestions
from .practice_search import published_practices

PROFILE_CASES = 10


def cases_of(organisation):
    """Published cases the organisation submitted or took part in, one version each."""
    return list(
        published_practices().filter(Q(organisation=organisation) | Q(partners__organisation=organisation))
        .distinct().select_related("organisation").order_by("-published_at", "-pk")[:PROFILE_CASES])


def guides_for(sectors):
    """EPA guides of these sectors or of their parents."""
    ids = {s.pk for s in sectors} | {s.parent_id for s in sectors if s.parent_id}
    if not ids:
        return []
    return list(EpaGuide.objects.filter(sectors__in=ids).distinct())


def _profile_context(organisation, viewer):
    sectors = list(organisation.sectors.all())
    return {
        "organisation": organisation,
        "cases": cases_of(organisation),
        "guides": guides_for(sectors),
        "suggestions": suggestions.for_organisation(organisation, sectors=sectors)[:3],
    }


def _opportunity_context(opportunity, viewer):
    found = suggestions.for_opportunity(opportunity)
    return {"suggestions": found, "opportunity": opportunity} if found else None


def register_sections(app_label):
    profile_sections.register(app_label, "knowledge", PageSection("knowledge/_profile_section.html", _profile_context))
    opportunity_sections.register(app_label, "funding", PageSection("knowledge/_opportunity_funding.html",
                                                                     _opportunity_context))
