"""Recommended counterparts for an organisation and for an opportunity, with their reasons."""

from django.shortcuts import render

from ejrc.core.permissions import permission_required
from ejrc.directory.models import Organisation

from ..domain.matching import recommend_for
from ..domain.queries import opportunity_for_page
from ..domain.search import open_opportunities
from ..forms import MatchingProfileForm


def _organisation(slug):
    return Organisation.objects.select_related("country").get(slug=slug)


def _page(request, recommendations, subject, alert_form=None):
    ids = [item.organisation.pk for item in recommendations.items]
    offers = {}
    for opportunity in open_opportunities().filter(organisation_id__in=ids).order_by("-published_at"):
        offers.setdefault(opportunity.organisation_id, []).append(opportunity)
    for item in recommendations.items:
        item.opportunities = offers.get(item.organisation.pk, [])
    return render(request, "partnering/matches.html", {"recommendations": recommendations, "subject": subject,
                                                       "alert_form": alert_form})


@permission_required("partnering.see_organisation_matches", load=_organisation)
def organisation_matches(request, organisation):
    recommendations = recommend_for(vector_filter={"organisation": organisation},
                                    exclude_organisation_id=organisation.pk)
    may_save = request.user.has_perm("partnering.save_matching_profile", organisation)
    return _page(request, recommendations, organisation, alert_form=MatchingProfileForm() if may_save else None)


@permission_required("partnering.see_opportunity_matches", load=opportunity_for_page)
def opportunity_matches(request, opportunity):
    recommendations = recommend_for(vector_filter={"opportunity": opportunity},
                                    exclude_organisation_id=opportunity.organisation_id)
    return _page(request, recommendations, opportunity)
