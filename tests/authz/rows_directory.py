"""Rows of the directory. ``world.organisation`` is published; see ``conftest.py`` for who is who."""

from authz.matrix import SIGNED_IN, STAFF, Row, everyone, only, slug


def pk(name):
    """URL arguments ``slug`` (of the organisation) and ``pk`` of ``world.<name>``."""
    return lambda world: {**slug(world), "pk": getattr(world, name).pk}


def bare_pk(name):
    return lambda world: {"pk": getattr(world, name).pk}


ADMIN = ("org_admin",)
MEMBERS = ("member", "org_admin")

ROWS = [
    Row("directory:search", everyone(200)),
    Row("directory:profile", everyone(200), kwargs=slug),
    Row("directory:profile", only(200, *MEMBERS, *STAFF, anonymous=404), label="pending profile",
        kwargs=lambda world: {"slug": world.pending_organisation.slug}),
    Row("directory:profile", everyone(404), kwargs=lambda world: {"slug": "no-such-profile"}, label="missing"),
    Row("directory:mine", only(200, *SIGNED_IN)),
    Row("directory:create", only(200, *SIGNED_IN)),
    Row("directory:edit", only(200, *ADMIN), kwargs=slug),
    Row("directory:edit", only(200), kwargs=lambda world: {"slug": "no-such-profile"}, label="missing"),
    Row("directory:confirm", only(302, *ADMIN), kwargs=slug, method="POST"),
    Row("directory:confirm", only(405, *ADMIN), kwargs=slug, label="GET is refused"),
    Row("directory:members", only(200, *ADMIN), kwargs=slug),
    Row("directory:members", only(302, *ADMIN), kwargs=slug, method="POST", label="invite",
        data=lambda world: {"email": "friend@example.org", "role": "member"}),
    Row("directory:member-remove", only(302, *ADMIN), kwargs=pk("membership"), method="POST"),
    Row("directory:invitation-withdraw", only(302, *ADMIN), kwargs=pk("invitation"), method="POST"),
    Row("directory:invitation-answer", only(302, "other_member"), kwargs=bare_pk("own_invitation"), method="POST",
        data=lambda world: {"answer": "accept"}),
    Row("directory:relations", only(200, *ADMIN), kwargs=slug),
    Row("directory:relation-remove", only(302, *ADMIN), kwargs=pk("relation_out"), method="POST"),
    Row("directory:relation-answer", only(302, "org_admin", "office_staff"), kwargs=pk("relation_in"),
        method="POST", data=lambda world: {"answer": "confirm"}),
    Row("directory:request-contact", only(200, "other_member", *STAFF, "organiser"), kwargs=slug),
    Row("directory:request-contact", only(302, "other_member", *STAFF, "organiser"), kwargs=slug, method="POST",
        data=lambda world: {"message": "Hello"}),
    Row("directory:requests", only(200, *SIGNED_IN)),
    Row("directory:request-answer", only(302, *MEMBERS), kwargs=bare_pk("contact_request"), method="POST",
        data=lambda world: {"answer": "accept"}),
    Row("directory:validation-queue", only(200, *STAFF)),
    Row("directory:revision", only(200, *STAFF), kwargs=bare_pk("revision")),
    Row("directory:revision-approve", only(302, "office_staff"), kwargs=bare_pk("revision"), method="POST"),
    Row("directory:revision-reject", only(302, "office_staff"), kwargs=bare_pk("revision"), method="POST",
        data=lambda world: {"reason": "Please complete the description."}),
]

# The list of cooperation links (twinnings, agreements) moved here from the place pages.
ROWS += [Row("directory:links", everyone(200))]

# The agreements screen exists for helpdesk staff only: 404 for everyone else, anonymous included.
AGREEMENT = bare_pk("agreement")
ROWS += [
    Row("directory:agreements", only(200, *STAFF, anonymous=404)),
    Row("directory:agreement-create", only(200, *STAFF, anonymous=404)),
    Row("directory:agreement-create", only(200, *STAFF, anonymous=404), method="POST", label="bad input",
        data=lambda world: {"kind": "mou"}),
    Row("directory:agreement-edit", only(200, *STAFF, anonymous=404), kwargs=AGREEMENT),
    Row("directory:agreement-edit", everyone(404), kwargs=lambda world: {"pk": 999999}, label="missing"),
    Row("directory:agreement-remove", only(200, *STAFF, anonymous=404), kwargs=AGREEMENT),
    Row("directory:agreement-remove", only(302, *STAFF, anonymous=404), kwargs=AGREEMENT, method="POST"),
]
