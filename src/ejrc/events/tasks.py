"""The events' periodic task; the participant e-mails are declared in ``domain/notifications``."""

from celery.schedules import crontab

from ejrc.core.tasks import task
from ejrc.events.domain import notifications  # noqa: F401 - declares events.send_participant_mail
from ejrc.events.domain import reminders


@task(name="events.remind_participants", schedule=crontab(minute=20))
def remind_participants():
    """Hourly: an event's first day starts at a different hour in each zone; once per person."""
    return reminders.remind_participants()
