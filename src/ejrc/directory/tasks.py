"""The directory's background tasks."""

from ejrc.core.tasks import task
from ejrc.directory.domain import staleness


@task(name="directory.remind_stale_profiles", schedule=staleness.SCHEDULE)
def remind_stale_profiles():
    """The periodic reminders (also ``ejrc remind-stale-profiles``)."""
    return staleness.remind_stale_profiles()
