"""Creating events and their programme, with the checks an organiser's mistakes need."""

import datetime as dt

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ejrc.core.activity import log_action
from ejrc.events.models import Day, Event, Session, validate_time_zone

from .notifications import mail_participant
from .seats import fill_free_places

DETAILS = ("title_en", "title_ja", "description_en", "description_ja", "starts_on", "ends_on", "time_zone",
           "format", "venue", "address", "online_url", "capacity", "registration_deadline", "requires_approval",
           "is_published", "outcomes_en", "outcomes_ja")


def _check_dates(*, starts_on, ends_on, time_zone):
    errors = {}
    try:
        validate_time_zone(time_zone)
    except ValidationError as error:
        errors["time_zone"] = error.messages
    if starts_on and ends_on and ends_on < starts_on:
        errors["ends_on"] = [_("The last day is before the first day.")]
    if errors:
        raise ValidationError(errors)


def create_event(*, actor, office, slug, title_en, starts_on, ends_on, time_zone, organisers=(), **fields):
    """A new (unpublished) event with one programme day per date; ``actor`` organises it.

    Organisers are helpdesk staff; partner platforms and regions are co-organisers.
    """
    _check_dates(starts_on=starts_on, ends_on=ends_on, time_zone=time_zone)
    organisers = {actor, *organisers} if actor else set(organisers)
    if not all(person.is_helpdesk_staff for person in organisers):
        raise ValidationError({"organisers": [_("Organisers are helpdesk staff; add partners as co-organisers.")]})
    event = Event(office=office, slug=slug, title_en=title_en, starts_on=starts_on, ends_on=ends_on,
                  time_zone=time_zone, **fields)
    event.full_clean()
    with transaction.atomic():
        event.save()
        event.organisers.set(organisers)
        days = (starts_on + dt.timedelta(days=n) for n in range((ends_on - starts_on).days + 1))
        Day.objects.bulk_create(Day(event=event, date=date) for date in days)
        log_action(actor=actor, action="events.event.create", subject=event)
    return event


def change_event(*, actor, event, **details):
    """Change an event's details (``DETAILS``); its programme days follow its dates.

    Refused with a message, saving nothing, when sessions lie on days the new dates leave out,
    or when the time zone changes under a programme (its times were set on the old clock).
    A larger capacity gives the new places to the waiting list at once.
    """
    unknown = set(details) - set(DETAILS)
    if unknown:
        raise TypeError(f"not an event detail: {sorted(unknown)}")
    starts_on, ends_on = details.get("starts_on", event.starts_on), details.get("ends_on", event.ends_on)
    time_zone = details.get("time_zone", event.time_zone)
    _check_dates(starts_on=starts_on, ends_on=ends_on, time_zone=time_zone)
    errors = {}
    if time_zone != event.time_zone and event.sessions.exists():
        errors["time_zone"] = [_("The programme's times were set on this time zone's clock: the time zone "
                                 "can change only while the programme is empty.")]
    if event.sessions.exclude(day__date__range=(starts_on, ends_on)).exists():
        errors["starts_on"] = [_("Sessions are planned on days these dates leave out: move or remove them first.")]
    if errors:
        raise ValidationError(errors)
    with transaction.atomic():
        event = Event.objects.select_for_update().get(pk=event.pk)
        for name, value in details.items():
            setattr(event, name, value)
        event.full_clean()
        event.save()
        event.days.exclude(date__range=(starts_on, ends_on)).delete()  # empty: checked above
        have = set(event.days.values_list("date", flat=True))
        dates = (starts_on + dt.timedelta(days=n) for n in range((ends_on - starts_on).days + 1))
        Day.objects.bulk_create(Day(event=event, date=date) for date in dates if date not in have)
        moved_up = fill_free_places(event, freed_sessions=[])["registrations"]
        for registration in moved_up:
            mail_participant(registration.pk, "change")
        log_action(actor=actor, action="events.event.change", subject=event,
                   data={"fields": sorted(details), "moved_up": [r.pk for r in moved_up]})
    return event


def add_session(*, actor, event, kind, title_en, start, end, room=None, **fields):
    """A session from ``start`` to ``end``, naive local times read in the event's zone.

    Times are read in the event's zone (so 10:00 in Strasbourg is 10:00 Europe/Paris whatever
    the organiser's own zone) and the session's day is the programme day of ``start``.
    """
    zone = event.zone
    starts_at = timezone.make_aware(start, zone) if timezone.is_naive(start) else start
    ends_at = timezone.make_aware(end, zone) if timezone.is_naive(end) else end
    if ends_at <= starts_at:
        raise ValidationError({"end": _("The session ends before it starts.")})
    local_date = timezone.localtime(starts_at, zone).date()
    if not event.starts_on <= local_date <= event.ends_on:
        raise ValidationError({"start": _("This date is not one of the event's days.")})
    day, _created = Day.objects.get_or_create(event=event, date=local_date)  # events made in the admin
    session = Session(event=event, day=day, room=room, kind=kind, title_en=title_en,
                      starts_at=starts_at, ends_at=ends_at, **fields)
    session.full_clean()
    with transaction.atomic():
        session.save()
        log_action(actor=actor, action="events.session.add", subject=event, data={"session": session.pk})
    return session


def publish(*, actor, event):
    with transaction.atomic():
        event.is_published = True
        event.save(update_fields=["is_published", "updated"])
        log_action(actor=actor, action="events.event.publish", subject=event)
    return event
