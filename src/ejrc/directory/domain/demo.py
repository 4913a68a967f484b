"""Demonstration content: fictional organisations on both sides, their people and the helpdesk staff.

Everything is described in ``data/demo_content.json``. Loading is idempotent: people and
profiles are found by e-mail and slug and left alone when present. Regions are looked up by
their NUTS code, then their ISO 3166-2 code, then their name, so the demo works with either
kind of region data (a region that cannot be found is left empty).
"""

import json
from datetime import timedelta
from pathlib import Path

from allauth.account.models import EmailAddress
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import transaction
from django.utils import timezone

from ejrc.accounts.mfa import enable_totp, has_second_factor, needs_second_factor
from ejrc.accounts.models import User
from ejrc.core.activity import log_action
from ejrc.directory.domain.revision_data import apply_data
from ejrc.helpdesk.domain.routing import responsible_office
from ejrc.directory.domain.search import refresh_search_text
from ejrc.directory.domain.sectors import load_sectors
from ejrc.directory.models import (
    Membership,
    Organisation,
    OrganisationRelation,
    OrganisationStatus,
    ProfileRevision,
)
from ejrc.geo.models import Country, Prefecture, Region
from ejrc.helpdesk.models import Office

DEMO_FILE = Path(__file__).resolve().parent.parent / "data" / "demo_content.json"
PROFILE_KEYS = ["admins", "members", "stale", "slug", "pending"]
# The demo staff's second factor: a published, fixed TOTP secret, so anyone trying the demo can
# sign in as staff. Only set while DEBUG is on: a production database never gets it.
DEMO_TOTP_SECRET = "EJRCDEMOEJRCDEMOEJRCDEMOEJRCDEMO"


def _demo_second_factor(user):
    if settings.DEBUG and needs_second_factor(user) and not has_second_factor(user):
        enable_totp(actor=None, user=user, secret=DEMO_TOTP_SECRET)


def _find_region(spec, country):
    if not spec:
        return None
    region = Region.objects.filter(code__in=spec["codes"]).order_by("scheme").first()
    return region or Region.objects.filter(country=country, name_en__iexact=spec["name"]).first()


def _user(spec, password):
    user = User.objects.filter(email=spec["email"]).first()
    if user is not None:
        _demo_second_factor(user)
        return user, False
    office = Office.objects.filter(code=spec["office"]).first() if spec["office"] else None
    user = User.objects.create_user(
        spec["email"], password, name=spec["name"], name_ja=spec["name_ja"],
        preferred_language=spec["language"], office=office,
        time_zone="Europe/Paris" if spec["language"] == "en" else "Asia/Tokyo",
        # The helpdesk manager also runs the Django admin, the back office behind the queue.
        is_staff=spec.get("superuser", False), is_superuser=spec.get("superuser", False),
    )
    EmailAddress.objects.get_or_create(user=user, email=user.email, defaults={"verified": True, "primary": True})
    _demo_second_factor(user)
    return user, True


def _check_reference_data(organisations):
    countries = {spec["country"] for spec in organisations}
    prefectures = {spec["prefecture"] for spec in organisations if spec.get("prefecture")}
    missing = (countries - set(Country.objects.filter(code__in=countries).values_list("code", flat=True))) | (
        prefectures - set(Prefecture.objects.filter(code__in=prefectures).values_list("code", flat=True))
    )
    if missing:
        raise ImproperlyConfigured(
            f"Reference data missing ({', '.join(sorted(missing))}): run `ejrc load-reference-data` first."
        )


def _organisation(spec, users, now):
    if Organisation.objects.filter(slug=spec["slug"]).exists():
        return None
    country = Country.objects.get(code=spec["country"])
    region = _find_region(spec.get("region"), country)
    data = {key: value for key, value in spec.items() if key not in PROFILE_KEYS}
    data["region"] = region.code if region else None
    data.setdefault("prefecture", None)
    prefecture = Prefecture.objects.filter(code=data["prefecture"] or "").first()
    office = responsible_office(country=country, prefecture=prefecture)
    confirmed = now - timedelta(days=400) if spec.get("stale") else now
    # A "pending" profile waits in its office's validation queue, so the queue is not empty.
    pending = spec.get("pending", False)
    organisation = Organisation(
        slug=spec["slug"], office=office,
        status=OrganisationStatus.PENDING if pending else OrganisationStatus.PUBLISHED,
        published_at=None if pending else now, confirmed_at=None if pending else confirmed,
    )
    apply_data(organisation, data)
    refresh_search_text(organisation)
    reviewer = None if pending else User.objects.filter(office=office, email__endswith="@demo.example").first()
    ProfileRevision.objects.create(
        organisation=organisation, data=data, office=office, submitted_by=users.get(spec["admins"][0]),
        status=ProfileRevision.Status.PENDING if pending else ProfileRevision.Status.APPROVED,
        reviewed_by=reviewer, reviewed_at=reviewer and now,
    )
    for email in spec["admins"]:
        Membership.objects.create(user=users[email], organisation=organisation, role=Membership.Role.ADMIN)
    for email in spec.get("members", []):
        Membership.objects.create(user=users[email], organisation=organisation, role=Membership.Role.MEMBER)
    log_action(actor=None, action="directory.demo.create", subject=organisation)
    return organisation


@transaction.atomic
def load_demo_content(*, path=DEMO_FILE):
    """Create what is missing of the demo; returns counts and the demo accounts with their password."""
    content = json.loads(Path(path).read_text(encoding="utf-8"))
    _check_reference_data(content["organisations"])
    load_sectors()
    now = timezone.now()
    users, new_users = {}, 0
    for spec in content["users"]:
        users[spec["email"]], created = _user(spec, content["password"])
        new_users += created
    created = [org for spec in content["organisations"] if (org := _organisation(spec, users, now))]
    slugs = {org.slug: org for org in Organisation.objects.filter(slug__startswith="demo-")}
    new_relations = 0
    for source, kind, target in content["relations"]:
        if source in slugs and target in slugs:
            new_relations += OrganisationRelation.objects.get_or_create(  # both sides are demo profiles
                source=slugs[source], target=slugs[target], kind=kind, defaults={"confirmed_at": now}
            )[1]
    return {
        "organisations": len(created), "users": new_users, "relations": new_relations,
        "accounts": [(spec["email"], spec["office"] or "") for spec in content["users"]],
        "password": content["password"],
        "totp_secret": DEMO_TOTP_SECRET if settings.DEBUG else None,
    }
