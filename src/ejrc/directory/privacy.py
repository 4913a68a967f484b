"""The directory's part of people's privacy rights and of the retention rules.

Found by ``ejrc.core.personal_data`` and ``ejrc.core.retention`` (each app's ``privacy`` module).
"""

from django.db.models import Count, Q
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from ejrc.core.personal_data import register_personal_data
from ejrc.core.retention import register_retention_rule
from ejrc.directory.models import Contact, ContactRequest, Membership, ProfileRevision


def _iso(moment):
    return moment.isoformat() if moment else None


def export_for(user):
    return {
        "memberships": [
            {"organisation": m.organisation.slug, "name": m.organisation.name_en, "role": m.role,
             "since": _iso(m.created)}
            for m in Membership.objects.filter(user=user).select_related("organisation")
        ],
        "contact_requests_sent": [
            {"organisation": r.organisation.slug, "message": r.message, "status": r.status,
             "sent": _iso(r.created), "answered": _iso(r.answered_at)}
            for r in ContactRequest.objects.filter(requester=user).select_related("organisation")
        ],
        "contact_requests_answered": [
            {"organisation": r.organisation.slug, "status": r.status, "answered": _iso(r.answered_at)}
            for r in ContactRequest.objects.filter(answered_by=user).select_related("organisation")
        ],
        "profile_changes_submitted": [
            {"organisation": r.organisation.slug, "status": r.status, "submitted": _iso(r.created)}
            for r in ProfileRevision.objects.filter(submitted_by=user).select_related("organisation")
        ],
        "listed_as_contact": [
            {"organisation": c.organisation.slug, "name": c.name, "role": c.role, "email": c.email,
             "phone": c.phone, "visibility": c.visibility}
            for c in Contact.objects.filter(email__iexact=user.email).select_related("organisation")
        ],
    }


def _organisations_left_without_admin(user):
    mine = Membership.objects.filter(user=user, role=Membership.Role.ADMIN).values("organisation")
    return (
        Membership.objects.filter(organisation__in=mine, role=Membership.Role.ADMIN)
        .values("organisation__name_en")
        .annotate(admins=Count("id"))
        .filter(admins=1)
        .values_list("organisation__name_en", flat=True)
    )


def before_erasure(user):
    """What deleting the account does to the organisations this person acts for."""
    notes = [
        _("%(name)s: you are its last administrator. Its public profile stays in the directory; the "
          "helpdesk office responsible for it looks after it until it names a new administrator.")
        % {"name": name}
        for name in _organisations_left_without_admin(user)
    ]
    listed = Contact.objects.filter(email__iexact=user.email).values_list("organisation__name_en", flat=True)
    notes += [
        _("%(name)s lists you as a contact person: its administrators keep that entry up to date; "
          "ask them, or the helpdesk, to remove it.") % {"name": name}
        for name in listed.distinct()
    ]
    return notes


def erase(user):
    """Memberships and sent requests go with the account; the profiles stay, without this person."""
    Membership.objects.filter(user=user).delete()
    ContactRequest.objects.filter(requester=user).delete()


def anonymise_old_contact_requests(cutoff):
    """Old requests: declined or unanswered ones are deleted; accepted ones keep only the link
    (it is what lets the requester see the contacts) and lose their message."""
    old = ContactRequest.objects.filter(created__lt=cutoff)
    deleted, _rows = old.exclude(status=ContactRequest.Status.ACCEPTED).delete()
    blanked = old.filter(status=ContactRequest.Status.ACCEPTED).filter(~Q(message="")).update(message="")
    return deleted + blanked


register_personal_data("directory", export=export_for, erase=erase, before_erasure=before_erasure)
register_retention_rule(
    "contact_requests", days=730, apply=anonymise_old_contact_requests,
    description=gettext_lazy("Contact requests: after this period, declined and unanswered ones are "
                             "deleted; accepted ones lose their message and keep only who may see the contacts."),
)
