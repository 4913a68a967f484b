"""Background tasks of the B2B meetings: thin, ids in, one domain call."""

from celery.schedules import crontab

from ejrc.core.tasks import task
from ejrc.meetings.domain import requests, runs


@task(name="meetings.run_scheduler", max_retries=0)
def run_scheduler(run_id):
    runs.execute_run(run_id)


@task(name="meetings.expire_requests", schedule=crontab(minute="*/15"))
def expire_requests():
    requests.expire_due_requests()
    runs.expire_dead_runs()


@task(name="meetings.mail_agendas")
def mail_agendas(event_id, version):
    from ejrc.meetings.domain.agenda_mail import mail_every_agenda

    mail_every_agenda(event_id=event_id, version=version)
