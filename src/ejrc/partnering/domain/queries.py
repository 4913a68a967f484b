"""Reusable querysets of partnering."""

from django.db.models import Count, Q

from ejrc.directory.models import Membership, Organisation, OrganisationStatus

from ..models import ExpressionOfInterest, Opportunity, OpportunityStatus


def opportunity_for_page(reference):
    return (
        Opportunity.objects.select_related(
            "organisation__country", "organisation__region", "organisation__prefecture", "office"
        )
        .prefetch_related("sectors", "partner_kinds", "partner_countries", "partner_regions",
                          "partner_prefectures", "third_countries")
        .get(reference=reference)
    )


def organisations_of(user, *, published_only=True):
    """The organisations ``user`` belongs to (those validated, by default)."""
    organisations = Organisation.objects.filter(memberships__user=user)
    if published_only:
        organisations = organisations.filter(status=OrganisationStatus.PUBLISHED)
    return organisations.order_by("name_en")


def opportunities_of(user):
    """The opportunities of the user's organisations, with their open interests counted."""
    return (
        Opportunity.objects.filter(organisation__memberships__user=user)
        .select_related("organisation")
        .annotate(waiting=Count("interests", filter=Q(interests__status=ExpressionOfInterest.Status.PENDING)))
        .order_by("-created")
    )


def interests_of(user):
    """Expressions of interest sent or received by the user's organisations, newest first."""
    mine = Membership.objects.filter(user=user).values("organisation_id")
    return (
        ExpressionOfInterest.objects.filter(Q(organisation__in=mine) | Q(opportunity__organisation__in=mine))
        .select_related("organisation", "opportunity__organisation")
        .order_by("-created")
    )


def validation_queue():
    return (
        Opportunity.objects.filter(status=OpportunityStatus.PENDING)
        .select_related("organisation__country", "office", "created_by")
        .order_by("updated")
    )


def interest_for_page(pk):
    return ExpressionOfInterest.objects.select_related(
        "opportunity__organisation", "organisation", "created_by"
    ).get(pk=pk)
