"""Meeting requests: asking, answering, withdrawing, expiry, and the organisers' own meetings."""

import datetime as dt
import secrets

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from ejrc.core.activity import log_action
from ejrc.core.mail import send_mail_to
from ejrc.meetings.models import (
    LIVE, B2BSetup, Meeting, MeetingRequest, MeetingStatus, Participant, RequestStatus, Seat,
    Unavailability,
)


def _check_counterparts(requester, recipient, third):
    people = [p for p in (requester, recipient, third) if p is not None]
    if len({p.pk for p in people}) != len(people):
        raise ValidationError(_("You cannot ask yourself for a meeting."))
    if any(p.event_id != requester.event_id for p in people):
        raise ValidationError(_("This person does not take part in this event."))
    pair = Q(requester=requester, recipient=recipient) | Q(requester=recipient, recipient=requester)
    if MeetingRequest.objects.filter(pair, status__in=LIVE).exists():
        raise ValidationError(_("There is already a request between you and this participant."))


def request_meeting(*, actor, requester, recipient, priority, message="", third=None, interpreter=False,
                    online=False, now=None):
    """``requester`` (the actor's own profile) asks ``recipient`` (and ``third``, for a
    trilateral meeting); the request expires after the organisers' set time."""
    if requester.user_id != actor.pk:
        raise PermissionDenied
    _check_counterparts(requester, recipient, third)
    setup = B2BSetup.objects.get(event_id=requester.event_id)
    now = now or timezone.now()
    try:
        with transaction.atomic():
            Participant.objects.select_for_update().filter(pk__in=[requester.pk, recipient.pk]).count()
            _check_counterparts(requester, recipient, third)
            request = MeetingRequest.objects.create(
                event_id=requester.event_id, requester=requester, recipient=recipient, third=third,
                priority=priority, message=message, interpreter=interpreter, online=online,
                expires_at=now + dt.timedelta(hours=setup.request_expiry_hours))
            log_action(actor=actor, action="meetings.request", subject=request)
            send_mail_to([recipient.user], template="meetings/email/request",
                         context={"request_id": request.pk, "requester": str(requester)},
                         link=("meetings:requests", {"slug": requester.event.slug}))
    except IntegrityError:
        raise ValidationError(_("There is already a request between you and this participant.")) from None
    return request


def answer(*, actor, request, accept, now=None):
    """The recipient accepts (a meeting is made) or declines. An expired, withdrawn or
    answered request cannot be accepted; the request row is locked so two answers never both win."""
    now = now or timezone.now()
    with transaction.atomic():
        request = MeetingRequest.objects.select_for_update().select_related("recipient", "event").get(pk=request.pk)
        if request.recipient.user_id != actor.pk:
            raise PermissionDenied
        if request.status == RequestStatus.WITHDRAWN:
            raise ValidationError(_("This request was withdrawn by the person who sent it."))
        if request.status == RequestStatus.EXPIRED or (request.status == RequestStatus.PENDING
                                                        and request.expires_at and request.expires_at <= now):
            raise ValidationError(_("This request has expired; ask the participant to send a new one."))
        if request.status != RequestStatus.PENDING:
            raise ValidationError(_("This request was answered already."))
        request.status = RequestStatus.ACCEPTED if accept else RequestStatus.DECLINED
        request.answered_at = now
        request.save(update_fields=["status", "answered_at"])
        meeting = _meeting_for(request) if accept else None
        log_action(actor=actor, action="meetings.answer", subject=request, data={"accept": accept})
        send_mail_to([request.requester.user], template="meetings/email/answer",
                     context={"accepted": accept, "recipient": str(request.recipient)},
                     link=("meetings:requests", {"slug": request.event.slug}))
    return meeting


def _meeting_for(request):
    setup = B2BSetup.objects.get(event_id=request.event_id)
    link = ""
    if request.online and setup.online_link_base:
        link = f"{setup.online_link_base.rstrip('/')}/ejrc-{secrets.token_urlsafe(8)}"
    meeting = Meeting.objects.create(event_id=request.event_id, request=request, online_url=link)
    people = [request.requester_id, request.recipient_id] + ([request.third_id] if request.third_id else [])
    Seat.objects.bulk_create(Seat(meeting=meeting, participant_id=pid) for pid in people)
    return meeting


def withdraw(*, actor, request):
    with transaction.atomic():
        request = MeetingRequest.objects.select_for_update().select_related("requester").get(pk=request.pk)
        if request.requester.user_id != actor.pk:
            raise PermissionDenied
        if request.status != RequestStatus.PENDING:
            raise ValidationError(_("Only a request awaiting an answer can be withdrawn."))
        request.status = RequestStatus.WITHDRAWN
        request.save(update_fields=["status"])
        log_action(actor=actor, action="meetings.withdraw", subject=request)
    return request


def cancel_meeting(*, actor, meeting):
    """Either participant (or an organiser) cancels: the meeting frees its slot and table."""
    with transaction.atomic():
        meeting = Meeting.objects.select_for_update().get(pk=meeting.pk)
        meeting.status, meeting.slot, meeting.table = MeetingStatus.CANCELLED, None, None
        meeting.save(update_fields=["status", "slot", "table"])
        meeting.seats.update(slot=None)
        log_action(actor=actor, action="meetings.cancel", subject=meeting)
    return meeting


def expire_due_requests(*, now=None):
    """Pending requests past their time become expired (a periodic task); returns how many."""
    now = now or timezone.now()
    return MeetingRequest.objects.filter(status=RequestStatus.PENDING, expires_at__lte=now).update(
        status=RequestStatus.EXPIRED)


def organiser_meeting(*, actor, event, first, second, third=None, priority="must", interpreter=False, online=False):
    """An organiser puts two (or three) participants together: an accepted request and its meeting."""
    if not (actor.is_superuser or event.organisers.filter(pk=actor.pk).exists()):
        raise PermissionDenied
    _check_counterparts(first, second, third)
    with transaction.atomic():
        request = MeetingRequest.objects.create(
            event=event, requester=first, recipient=second, third=third, priority=priority,
            interpreter=interpreter, online=online, status=RequestStatus.ACCEPTED, by_organiser=actor,
            answered_at=timezone.now())
        meeting = _meeting_for(request)
        log_action(actor=actor, action="meetings.organiser_meeting", subject=request)
    return meeting


def set_unavailable(*, actor, participant, slot_ids):
    """The participant's unavailable slots become exactly ``slot_ids``."""
    if participant.user_id != actor.pk:
        raise PermissionDenied
    slot_ids = set(participant.event.b2b_slots.filter(pk__in=slot_ids).values_list("pk", flat=True))
    with transaction.atomic():
        participant.unavailable.exclude(slot_id__in=slot_ids).delete()
        have = set(participant.unavailable.values_list("slot_id", flat=True))
        Unavailability.objects.bulk_create(Unavailability(participant=participant, slot_id=s)
                                           for s in slot_ids - have)
    return slot_ids


def record_attendance(*, actor, meeting, attendance):
    """An organiser checks a meeting in on the day: held or no-show."""
    with transaction.atomic():
        Meeting.objects.filter(pk=meeting.pk).update(attendance=attendance)
        meeting.attendance = attendance
        log_action(actor=actor, action="meetings.attendance", subject=meeting, data={"attendance": attendance})
    return meeting
