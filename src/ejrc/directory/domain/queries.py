"""Reusable querysets of the directory."""

from django.db.models import Count, Prefetch, Q

from ejrc.directory.models import (
    ContactRequest,
    Invitation,
    Membership,
    Organisation,
    OrganisationRelation,
    OrganisationStatus,
    ProfileRevision,
)
from ejrc.directory.rules import memberships


def published():
    return Organisation.objects.filter(status=OrganisationStatus.PUBLISHED)


def confirmed_relations():
    """Relations the other side has confirmed: the only ones public pages show."""
    return OrganisationRelation.objects.filter(confirmed_at__isnull=False)


def profile_for_page(slug):
    """One profile with everything its page shows, in a fixed number of queries."""
    return (
        Organisation.objects.select_related("country", "region", "prefecture", "office")
        .prefetch_related(
            "sectors__parent", "interests", "third_countries", "labels",
            Prefetch("relations_out", to_attr="confirmed_relations_out",
                     queryset=confirmed_relations().select_related("target")),
            Prefetch("relations_in", to_attr="confirmed_relations_in",
                     queryset=confirmed_relations().select_related("source")),
        )
        .annotate(members_total=Count("memberships", distinct=True))
        .get(slug=slug)
    )


def memberships_of(user):
    """The user's organisations with their pending proposal and unanswered requests counted."""
    return (
        Membership.objects.filter(user=user)
        .select_related("organisation__country", "organisation__office")
        .annotate(
            pending_revisions=Count(
                "organisation__revisions",
                filter=Q(organisation__revisions__status=ProfileRevision.Status.PENDING), distinct=True,
            ),
            open_requests=Count(
                "organisation__contact_requests",
                filter=Q(organisation__contact_requests__status=ContactRequest.Status.PENDING), distinct=True,
            ),
        )
        .order_by("organisation__name_en")
    )


def organisations_acted_for(user):
    """The organisations the user is a member of (from the viewer's per-request memberships)."""
    return Organisation.objects.filter(pk__in=list(memberships(user)))


def invitations_for(user):
    """Invitations waiting for the user's answer (sent to their e-mail address)."""
    if not user.is_authenticated:
        return Invitation.objects.none()
    return Invitation.objects.filter(email__iexact=user.email, status=Invitation.Status.PENDING).select_related(
        "organisation__country", "invited_by"
    )


def members_page(organisation):
    """What the members page lists: people, waiting invitations, relations both ways."""
    return {
        "memberships": organisation.memberships.select_related("user").order_by("role", "user__email"),
        "invitations": organisation.invitations.filter(status=Invitation.Status.PENDING).order_by("email"),
        "relations": organisation.relations_out.select_related("target").order_by("target__name_en"),
        "relations_to_confirm": organisation.relations_in.filter(confirmed_at__isnull=True)
        .select_related("source").order_by("source__name_en"),
    }


def relations_awaiting_office(office):
    """Unconfirmed relations towards published profiles the office validates."""
    return (
        OrganisationRelation.objects.filter(
            confirmed_at__isnull=True, target__office=office, target__status=OrganisationStatus.PUBLISHED
        )
        .select_related("source", "target")
        .order_by("pk")
    )


def validation_queue(*, office=None):
    """Pending proposals, oldest first; with ``office``, only those routed to it."""
    revisions = ProfileRevision.objects.filter(status=ProfileRevision.Status.PENDING).select_related(
        "organisation__country", "office", "submitted_by"
    )
    if office is not None:
        revisions = revisions.filter(office=office)
    return revisions.order_by("created")


def received_requests(user):
    """Contact requests to the organisations the user belongs to, unanswered first."""
    return (
        ContactRequest.objects.filter(organisation__in=list(memberships(user)))
        .select_related("requester", "requester_organisation", "organisation", "answered_by")
        .order_by("-status", "-created")
    )


def sent_requests(user):
    return ContactRequest.objects.filter(requester=user).select_related("organisation").order_by("-created")


def latest_revision(organisation):
    return organisation.revisions.order_by("-created").first()


def directory_overview(*, latest=6):
    """What the home page shows of the directory: profiles on each side, links, newest profiles."""
    profiles = published()
    counts = profiles.aggregate(
        japan=Count("pk", filter=Q(country__group="japan")),
        europe=Count("pk", filter=Q(country__group__in=["eu", "eea_efta"])),
    )
    newest = profiles.select_related("country", "region", "prefecture").order_by("-published_at", "-pk")[:latest]
    return {"counts": counts, "newest": list(newest)}
