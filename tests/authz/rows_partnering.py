"""Rows of partnering. ``world.organisation`` (member, org_admin) publishes an open opportunity
and a pending one; ``world.other_organisation`` (other_member) has expressed interest in the
open one. Its office is Strasbourg (office_staff); other_staff works for Gifu."""

from datetime import timedelta

from django.utils import timezone

from authz.matrix import ROLES, SIGNED_IN, STAFF, Row, everyone, only

OWNERS = ("member", "org_admin")
BOTH_SIDES = (*OWNERS, "other_member")


def partnering(world):
    """The world's opportunities and expression of interest, made once per test."""
    if not hasattr(world, "partnering"):
        from ejrc.partnering.domain.references import allocate_reference
        from ejrc.partnering.models import ExpressionOfInterest, Opportunity

        def opportunity(status):
            return Opportunity.objects.create(
                reference=allocate_reference(), organisation=world.organisation, direction="offer",
                kind="technology", title_en=f"Matrix {status}", summary_en="Testing.", status=status,
                office=world.organisation.office, expires_on=timezone.localdate() + timedelta(days=60),
            )

        open_one = opportunity("published")
        world.partnering = {
            "open": open_one, "pending": opportunity("pending"),
            "interest": ExpressionOfInterest.objects.create(
                opportunity=open_one, organisation=world.other_organisation, message="Interested.",
                status="accepted"),
        }
    return world.partnering


def saved_search(world):
    """A saved search of ``member``."""
    from ejrc.partnering.domain.alerts import save_search

    if not hasattr(world, "saved_search"):
        world.saved_search = save_search(actor=world.people["member"], target="opportunities", query_string="",
                                         frequency="weekly")
    return world.saved_search


def reference(which):
    return lambda world: {"reference": partnering(world)[which].reference}


def interest(world):
    return {"pk": partnering(world)["interest"].pk}


def pending_interest(world):
    """Answering and withdrawing need one still waiting."""
    row = partnering(world)["interest"]
    row.status = "pending"
    row.save(update_fields=["status"])
    return {"pk": row.pk}


def per_role(**outcomes):
    return {role: outcomes.get(role, outcomes["others"]) for role in ROLES}


ROWS = [
    Row("partnering:board", everyone(200)),
    Row("partnering:opportunity", everyone(200), kwargs=reference("open")),
    Row("partnering:opportunity", only(200, *OWNERS, *STAFF, anonymous=404), kwargs=reference("pending"),
        label="pending"),
    Row("partnering:opportunity", everyone(404), kwargs=lambda world: {"reference": "EJ-OPP-1999-00001"},
        label="missing"),
    Row("partnering:mine", only(200, *SIGNED_IN)),
    Row("partnering:create", only(200, *SIGNED_IN)),
    Row("partnering:edit", only(200, *OWNERS), kwargs=reference("open")),
    Row("partnering:renew", only(302, *OWNERS), kwargs=reference("open"), method="POST"),
    Row("partnering:withdraw", only(302, *OWNERS), kwargs=reference("open"), method="POST"),
    Row("partnering:validation-queue", only(200, *STAFF)),
    Row("partnering:approve", only(302, "office_staff"), kwargs=reference("pending"), method="POST"),
    Row("partnering:reject", only(302, "office_staff"), kwargs=reference("pending"), method="POST",
        data=lambda world: {"reason": "Say which partner you seek."}),
    Row("partnering:express-interest", only(200, "other_member", *STAFF, "organiser"), kwargs=reference("open")),
    Row("partnering:express-interest", per_role(anonymous="login", member=404, org_admin=404, other_member=200,
                                                others=200),
        kwargs=reference("open"), method="POST", label="again or without an organisation",
        data=lambda world: {"organisation": world.other_organisation.slug, "message": "Hello"}),
    Row("partnering:interest", only(200, *BOTH_SIDES), kwargs=interest),
    Row("partnering:interest-answer", only(302, *OWNERS), kwargs=pending_interest, method="POST",
        data=lambda world: {"accept": "yes"}),
    Row("partnering:interest-withdraw", only(302, "other_member"), kwargs=pending_interest, method="POST"),
    Row("partnering:interest-message", only(302, *BOTH_SIDES), kwargs=interest, method="POST",
        data=lambda world: {"body": "Hello"}),
    Row("partnering:outcome-record", only(302, *BOTH_SIDES), kwargs=interest, method="POST",
        data=lambda world: {"stage": "first_meeting", "happened_on": timezone.localdate().isoformat()}),
    Row("partnering:pipeline", only(200, *STAFF)),
    Row("partnering:organisation-matches", only(200, *OWNERS, *STAFF), kwargs=lambda world: {"slug": world.organisation.slug}),
    Row("partnering:organisation-matches", only(200), kwargs=lambda world: {"slug": "no-such-profile"},
        label="missing"),
    Row("partnering:matching-profile-alert", only(302, *OWNERS), method="POST",
        kwargs=lambda world: {"slug": world.organisation.slug}, data=lambda world: {"frequency": "weekly"}),
    Row("partnering:opportunity-matches", only(200, *OWNERS, *STAFF), kwargs=reference("open")),
    Row("partnering:map", everyone(200)),
    Row("partnering:alerts", only(200, *SIGNED_IN)),
    Row("partnering:alerts", only(302, *SIGNED_IN), method="POST", label="save",
        data=lambda world: {"target": "opportunities", "frequency": "daily", "words": "hydrogen"}),
    Row("partnering:alert-delete", only(302, "member"), kwargs=lambda world: {"pk": saved_search(world).pk},
        method="POST"),
    Row("partnering:unsubscribe", everyone(200), kwargs=lambda world: {"token": saved_search(world).token}),
    Row("partnering:unsubscribe", everyone(404), kwargs=lambda world: {"token": "no-such-token"}, label="unknown"),
]
