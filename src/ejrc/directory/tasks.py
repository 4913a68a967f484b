"""The directory's background tasks."""

from celery.schedules import crontab

from ejrc.core.tasks import task
from ejrc.directory.domain import staleness


@task(name="directory.remind_stale_profiles", schedule=crontab(day_of_month=1, hour=6, minute=0))
def remind_stale_profiles():
    """Monthly (06:00 UTC on the 1st); the rule that keeps it from mailing twice is in staleness."""
    return staleness.remind_stale_profiles()
