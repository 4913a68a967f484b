"""Rows of the API. Token rows call with each role's own personal API token (``api="token"``),
one row per kind of write also with the site's session (``api="session"``). Public reads answer
everyone alike; an anonymous caller of a caller's own endpoint gets 401; someone else's
organisation or opportunity is a 404, as on the site. ``member`` and ``org_admin`` act for
``world.organisation``, whose open and pending opportunities come from the partnering rows."""

from authz.matrix import SIGNED_IN, Row, everyone, only
from authz.rows_events import draft, published
from authz.rows_partnering import partnering

OWNERS = ("member", "org_admin")


def own(status, *roles):
    return only(status, *roles, anonymous=401)


def organisation(world):
    return {"slug": world.organisation.slug}


def opportunity(which):
    return lambda world: {"reference": partnering(world)[which].reference}


def own_token(world):
    """A token of ``member``, for the revocation page."""
    from ejrc.api.domain.tokens import create_token

    if not hasattr(world, "api_token"):
        world.api_token = create_token(actor=world.people["member"], name="matrix").token
    return {"pk": world.api_token.pk}


PROFILE = {"kind": "cluster", "name_en": "Matrix Cluster", "description_en": "<p>Changed.</p>", "country": "FR"}
OPPORTUNITY = {"direction": "request", "kind": "business", "title_en": "Matrix request", "summary_en": "Wanted."}


def new_opportunity(world):
    return {**OPPORTUNITY, "organisation": world.organisation.slug}


def token(name, expect, **fields):
    return Row(name, expect, api="token", **fields)


ROWS = [
    token("api:openapi", everyone(200)),
    token("api:docs", everyone(200)),
    token("api:not-found", everyone(404)),
    token("api:me", own(200, *SIGNED_IN)),
    token("api:countries", everyone(200)),
    token("api:country", everyone(200), kwargs=lambda world: {"code": "FR"}),
    token("api:prefectures", everyone(200)),
    token("api:prefecture", everyone(200), kwargs=lambda world: {"code": world.prefecture.code}),
    token("api:regions", everyone(200)),
    token("api:region", everyone(200), kwargs=lambda world: {"code": world.region.code}),
    token("api:organisations", everyone(200)),
    token("api:organisation", everyone(200), kwargs=organisation),
    token("api:organisation", everyone(404), kwargs=lambda world: {"slug": world.pending_organisation.slug},
          label="unpublished"),
    token("api:opportunities", everyone(200)),
    token("api:opportunity", everyone(200), kwargs=opportunity("open")),
    token("api:opportunity", everyone(404), kwargs=opportunity("pending"), label="pending"),
    token("api:events", everyone(200)),
    token("api:event", everyone(200), kwargs=published),
    token("api:event", everyone(404), kwargs=draft, label="unpublished, even to its organisers"),
    token("api:programme", everyone(200), kwargs=published),
    token("api:programme", everyone(404), kwargs=draft, label="unpublished"),
    token("api:own-organisations", own(200, *SIGNED_IN)),
    token("api:own-organisation", own(200, *OWNERS), kwargs=organisation),
    token("api:own-organisation", own(202, "org_admin"), kwargs=organisation, method="PATCH",
          data=lambda world: {"city": "Annecy"}),
    token("api:own-organisation", own(202, "org_admin"), kwargs=organisation, method="PUT",
          data=lambda world: PROFILE),
    Row("api:own-organisation", own(202, "org_admin"), kwargs=organisation, method="PATCH", api="session",
        data=lambda world: {"city": "Annecy"}, label="session"),
    token("api:own-opportunities", own(200, *SIGNED_IN)),
    token("api:own-opportunities", own(201, *OWNERS), method="POST", data=new_opportunity),
    Row("api:own-opportunities", own(201, *OWNERS), method="POST", data=new_opportunity, api="session",
        label="session"),
    token("api:own-opportunity", own(200, *OWNERS), kwargs=opportunity("pending")),
    token("api:own-opportunity", own(200, *OWNERS), kwargs=opportunity("open"), method="PATCH",
          data=lambda world: {"title_en": "Changed"}),
    token("api:own-opportunity", own(200, *OWNERS), kwargs=opportunity("open"), method="PUT",
          data=lambda world: OPPORTUNITY),
    token("api:own-opportunity", own(204, *OWNERS), kwargs=opportunity("open"), method="DELETE"),
    token("api:own-agenda", own(200, *SIGNED_IN)),
    Row("api-tokens:list", only(200, *SIGNED_IN)),
    Row("api-tokens:list", only(200, *SIGNED_IN), method="POST", data=lambda world: {"name": "CRM"}),
    Row("api-tokens:revoke", only(302, "member"), method="POST", kwargs=own_token),
]


def _practice(world):
    from directory.factories import StaffUserFactory
    from knowledge.factories import published_practice

    if not hasattr(world, "api_practice"):
        world.api_practice = published_practice(author=world.people["org_admin"], organisation=world.organisation,
                                                reviewer=StaffUserFactory())
    return {"pk": world.api_practice.pk}


def _instrument(world):
    from knowledge.factories import instrument

    from ejrc.knowledge.models import Instrument

    return {"slug": (Instrument.objects.filter(slug="api-matrix").first() or instrument("api-matrix")).slug}


def _post(world):
    from knowledge.factories import post

    if not hasattr(world, "api_post"):
        world.api_post = post("Matrix news")
    return {"pk": world.api_post.pk}


KNOWLEDGE_ROWS = [
    token("api:practices", everyone(200)),
    token("api:practice", everyone(200), kwargs=_practice),
    token("api:instruments", everyone(200)),
    token("api:instrument", everyone(200), kwargs=_instrument),
    token("api:news", everyone(200)),
    token("api:news-post", everyone(200), kwargs=_post),
]

ROWS += KNOWLEDGE_ROWS
