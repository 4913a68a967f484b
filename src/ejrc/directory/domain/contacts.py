"""Contact persons and contact requests: who may see which contact of an organisation."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from ejrc.core.activity import log_action
from ejrc.core.mail import send_mail_to
from ejrc.directory.domain.notifications import member_recipients
from ejrc.directory.models import Contact, ContactRequest, Visibility


def has_accepted_request(user, organisation):
    return ContactRequest.objects.filter(
        requester=user, organisation=organisation, status=ContactRequest.Status.ACCEPTED
    ).exists()


def visible_contacts(*, viewer, organisation):
    """The contacts ``viewer`` may see.

    Public ones for everyone; "members" ones for members of a validated (published)
    organisation and helpdesk staff; all of them for the organisation's own members, helpdesk
    staff, and whoever had a contact request accepted. Signing up alone shows public ones.
    """
    contacts = Contact.objects.filter(organisation=organisation)
    if not viewer.is_authenticated:
        return contacts.filter(visibility=Visibility.PUBLIC)
    if viewer.has_perm("directory.see_all_contacts", organisation) or has_accepted_request(viewer, organisation):
        return contacts
    if viewer.has_perm("directory.see_members_only_contacts"):
        return contacts.filter(Q(visibility=Visibility.PUBLIC) | Q(visibility=Visibility.MEMBERS))
    return contacts.filter(visibility=Visibility.PUBLIC)


def contact_request_state(*, viewer, organisation):
    """What the contacts box offers ``viewer``: ``can_request_contact`` (the form),
    ``request_pending`` or ``request_declined`` (their last request's fate)."""
    state = {"can_request_contact": False, "request_pending": False, "request_declined": False}
    if not viewer.has_perm("directory.request_contact", organisation):
        return state
    last = ContactRequest.objects.filter(requester=viewer, organisation=organisation).order_by("-created").first()
    status = last.status if last else None
    state["request_pending"] = status == ContactRequest.Status.PENDING
    state["request_declined"] = status == ContactRequest.Status.DECLINED
    state["can_request_contact"] = status is None
    return state


def requests_to_answer(*, viewer, requests):
    """The received requests, each with ``can_answer`` for the template."""
    for request in requests:
        request.can_answer = (request.status == ContactRequest.Status.PENDING
                              and viewer.has_perm("directory.answer_contact_request", request))
    return requests


@transaction.atomic
def request_contact(*, actor, organisation, message, requester_organisation=None):
    """Ask an organisation to share its contacts; its members are told by e-mail."""
    if not actor.has_perm("directory.request_contact", organisation):
        raise PermissionDenied
    message = (message or "").strip()
    if not message:
        raise ValidationError({"message": _("Please say who you are and why you would like to get in touch.")})
    if requester_organisation and not actor.has_perm("directory.act_for_organisation", requester_organisation):
        raise PermissionDenied
    try:
        with transaction.atomic():
            request = ContactRequest.objects.create(
                requester=actor, organisation=organisation, message=message,
                requester_organisation=requester_organisation,
            )
    except IntegrityError:
        raise ValidationError(_("You already have a request waiting for an answer from this organisation.")) from None
    log_action(actor=actor, action="directory.contact_request.create", subject=organisation,
               data={"request": request.pk})
    send_mail_to(member_recipients(organisation), template="directory/email/contact_requested",
                 context={"organisation": organisation, "request": request}, link=("directory:requests", {}))
    return request


@transaction.atomic
def answer_contact_request(*, actor, request, accept):
    """Accept (the requester then sees every contact) or decline; the requester is told."""
    request = ContactRequest.objects.select_for_update().select_related("organisation", "requester").get(
        pk=request.pk
    )
    if not actor.has_perm("directory.answer_contact_request", request):
        raise PermissionDenied
    if request.status != ContactRequest.Status.PENDING:
        raise ValidationError(_("This request has already been answered."))
    request.status = ContactRequest.Status.ACCEPTED if accept else ContactRequest.Status.DECLINED
    request.answered_by, request.answered_at = actor, timezone.now()
    request.save(update_fields=["status", "answered_by", "answered_at", "updated"])
    log_action(actor=actor, action="directory.contact_request.answer", subject=request.organisation,
               data={"request": request.pk, "accepted": bool(accept)})
    requester = request.requester
    send_mail_to([requester], template="directory/email/contact_answered", context={
        "organisation": request.organisation, "request": request, "accepted": bool(accept),
    }, link=("directory:profile", {"slug": request.organisation.slug}))
    return request
