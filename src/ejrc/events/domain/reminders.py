"""The reminder a day before an event, sent once to each confirmed participant."""

import datetime as dt

from django.db import transaction
from django.utils import timezone

from ejrc.events.models import Registration, RegistrationStatus

from .notifications import mail_participant


def remind_participants(*, now=None):
    """Mail every confirmed participant of an event that starts tomorrow in its own zone.

    Meant to run daily or more often (``ejrc remind-event-participants``): a participant is
    reminded once (``reminded_at``), whatever the number of runs. Returns how many were.
    """
    now = now or timezone.now()
    # Tomorrow differs by zone: look at every event starting within two days and keep those
    # whose first day is tomorrow on their own calendar.
    candidates = (Registration.objects.filter(status=RegistrationStatus.CONFIRMED, reminded_at=None,
                                              event__starts_on__range=(now.date(), now.date() + dt.timedelta(days=2)))
                  .select_related("event"))
    due = [r.pk for r in candidates
           if r.event.starts_on == timezone.localtime(now, r.event.zone).date() + dt.timedelta(days=1)]
    reminded = 0
    for registration_id in due:
        with transaction.atomic():  # a run at the same moment claims each participant once
            if Registration.objects.filter(pk=registration_id, reminded_at=None).update(reminded_at=now):
                mail_participant(registration_id, "reminder")
                reminded += 1
    return reminded
