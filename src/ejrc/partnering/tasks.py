"""Partnering's background tasks: thin, ids in, one domain call each."""

from celery.schedules import crontab

from ejrc.core.tasks import task

from .domain import alerts, reminders, vectors


@task(name="partnering.refresh_organisation_vector", kind="embeddings")
def refresh_organisation_vector(organisation_id):
    vectors.refresh_organisation_vector(organisation_id)


@task(name="partnering.refresh_opportunity_vector", kind="embeddings")
def refresh_opportunity_vector(opportunity_id):
    vectors.refresh_opportunity_vector(opportunity_id)


@task(name="partnering.remind_expiring_opportunities", schedule=crontab(hour=6, minute=15))
def remind_expiring_opportunities():
    """Daily: a week before an opportunity expires, its organisation's members are told once."""
    return reminders.remind_expiring_opportunities()


@task(name="partnering.send_daily_digests", schedule=crontab(hour=7, minute=0))
def send_daily_digests():
    return alerts.send_digests(frequency="daily")


@task(name="partnering.send_weekly_digests", schedule=crontab(day_of_week="mon", hour=7, minute=30))
def send_weekly_digests():
    return alerts.send_digests(frequency="weekly")
