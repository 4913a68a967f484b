"""Background tasks of knowledge: the newsletter's batches, and a sweep that resumes any issue
whose batches stopped (a worker restarted, a lost queue message)."""

from celery.schedules import crontab

from ejrc.core.tasks import enqueue, task

from .domain import newsletter


@task(name="knowledge.send_newsletter_batch")
def send_newsletter_batch(issue_id):
    """One batch; queues the next while copies remain."""
    if newsletter.send_batch(issue_id=issue_id) >= newsletter.batch_size():
        enqueue(send_newsletter_batch, issue_id)


@task(name="knowledge.resume_newsletters", schedule=crontab(minute="*/15"))
def resume_newsletters():
    for issue_id in newsletter.issues_still_sending():
        enqueue(send_newsletter_batch, issue_id)
