"""Setting up an event's B2B part: its slots from the B2B sessions, and its participants."""

import datetime as dt

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.html import strip_tags
from django.utils.translation import gettext as _

from ejrc.core.activity import log_action
from ejrc.events.models import Registration, RegistrationStatus, SessionKind
from ejrc.geo.models import CountryGroup
from ejrc.meetings.models import B2BSetup, Participant, Side, Slot


def side_of(organisation):
    group = organisation.country.group
    if group == CountryGroup.JAPAN:
        return Side.JAPAN
    if group in (CountryGroup.EU, CountryGroup.EEA_EFTA):
        return Side.EUROPE
    return Side.THIRD


def set_up(*, actor, event, tables, slot_minutes, mode, request_expiry_hours=72, online_link_base="",
           interpreters=0):
    """Create or change the B2B set-up and cut every B2B session into slots of ``slot_minutes``.

    Slots are made again only while no meeting holds one (changing them under a schedule would
    move meetings without anyone deciding it).
    """
    sessions = list(event.sessions.filter(kind=SessionKind.B2B).order_by("starts_at"))
    if not sessions:
        raise ValidationError(_("This event has no B2B session: add one to the programme first."))
    if tables < 1 or slot_minutes < 5:
        raise ValidationError(_("Give at least one table and meetings of five minutes or more."))
    with transaction.atomic():
        setup, _created = B2BSetup.objects.select_for_update().get_or_create(event=event)
        setup.tables, setup.slot_minutes, setup.mode = tables, slot_minutes, mode
        setup.request_expiry_hours, setup.online_link_base = request_expiry_hours, online_link_base
        setup.save()
        if not event.b2b_meetings.filter(slot__isnull=False).exists():
            event.b2b_slots.all().delete()
            Slot.objects.bulk_create(_cut(event, sessions, slot_minutes, interpreters))
        log_action(actor=actor, action="meetings.setup", subject=event)
    return setup


def _cut(event, sessions, minutes, interpreters):
    step, number = dt.timedelta(minutes=minutes), 0
    for session in sessions:
        start = session.starts_at
        while start + step <= session.ends_at:
            number += 1
            yield Slot(event=event, session=session, number=number, starts_at=start, ends_at=start + step,
                       interpreters=interpreters)
            start += step


def set_interpreters(*, actor, slot, interpreters):
    slot.interpreters = interpreters
    slot.save(update_fields=["interpreters"])
    log_action(actor=actor, action="meetings.interpreters", subject=slot.event, data={"slot": slot.number})


def join_all(*, event):
    """A B2B profile for every confirmed participant who has none, seeded from their
    organisation (its description as what they offer). Returns how many were added."""
    have = set(event.b2b_participants.values_list("registration_id", flat=True))
    registrations = (Registration.objects.filter(event=event, status=RegistrationStatus.CONFIRMED)
                     .exclude(pk__in=have).select_related("organisation__country"))
    added = Participant.objects.bulk_create(
        Participant(event=event, registration=r, user_id=r.user_id, organisation=r.organisation,
                    side=side_of(r.organisation), offers=strip_tags(r.organisation.description_en or "").strip()[:2000])
        for r in registrations)
    return len(added)


def participant_of(event, user):
    """The viewer's B2B profile at ``event`` (made on first visit for a confirmed participant)."""
    if not (user and user.is_authenticated):
        return None
    found = Participant.objects.filter(event=event, user=user).select_related("organisation").first()
    if found is None and Registration.objects.filter(event=event, user=user,
                                                     status=RegistrationStatus.CONFIRMED).exists():
        join_all(event=event)
        found = Participant.objects.filter(event=event, user=user).select_related("organisation").first()
    return found


def update_profile(*, actor, participant, offers, seeks):
    if actor != participant.user:
        raise ValidationError(_("Only the participant edits their profile."))
    participant.offers, participant.seeks = offers, seeks
    participant.full_clean()
    participant.save(update_fields=["offers", "seeks"])
    return participant
