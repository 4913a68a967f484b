"""Newsletter: double opt-in, one-click unsubscribe by signed link, and sending in batches.

Sending an issue writes one :class:`NewsletterDelivery` per active subscriber of its language.
A batch then claims unsent deliveries under a row lock (``SKIP LOCKED``: two workers take
different rows), writes each e-mail to the ``core.mail`` outbox and marks the delivery sent,
all in one transaction: a batch that stops half-way (a worker killed, the database gone) leaves
no mail and no mark, and the next run sends those people their copy once. The outbox delivers
after the commit, each row once.
"""

from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from ejrc.core.activity import log_action
from ejrc.core.mail import send_mail_to, site_url

from ..models import LANGUAGES, NewsletterDelivery, NewsletterIssue, Subscriber

def batch_size():
    """Copies per batch (``EJRC_NEWSLETTER_BATCH_SIZE``, default 200): one transaction each."""
    return getattr(settings, "EJRC_NEWSLETTER_BATCH_SIZE", 200)


RESEND_CONFIRMATION_MINUTES = 10  # one confirmation mail per address in this time, however often asked
CONFIRM_SALT, UNSUBSCRIBE_SALT = "knowledge.newsletter.confirm", "knowledge.newsletter.unsubscribe"
CONFIRM_DAYS = 7


def _link(viewname, salt, subscriber, language):
    token = signing.dumps(subscriber.pk, salt=salt)
    with translation.override(language):
        return site_url(viewname, token=token)


def unsubscribe_link(subscriber, language=None):
    return _link("knowledge:unsubscribe", UNSUBSCRIBE_SALT, subscriber, language or subscriber.language)


@transaction.atomic
def subscribe(*, email, language):
    """Ask ``email`` to confirm; says the same whether or not it was subscribed already."""
    if language not in dict(LANGUAGES):
        raise ValidationError({"language": _("Choose English or Japanese.")})
    email = email.strip().lower()
    subscriber, _created = Subscriber.objects.select_for_update().get_or_create(
        email=email, defaults={"language": language})
    now = timezone.now()
    if subscriber.is_active and subscriber.language == language:
        return subscriber
    recent = subscriber.confirmation_sent_at and subscriber.confirmation_sent_at > now - timedelta(
        minutes=RESEND_CONFIRMATION_MINUTES)
    subscriber.language = language
    if not recent:
        subscriber.confirmation_sent_at = now
        send_mail_to([(email, language)], template="knowledge/email/confirm_subscription",
                     context={"confirm_url": _link("knowledge:subscribe-confirm", CONFIRM_SALT, subscriber, language)})
    subscriber.save(update_fields=["language", "confirmation_sent_at", "updated"])
    return subscriber


def _subscriber_from(token, salt, max_age=None):
    try:
        pk = signing.loads(token, salt=salt, max_age=max_age)
    except signing.BadSignature:
        raise ValidationError(_("This link is not valid, or it has expired.")) from None
    subscriber = Subscriber.objects.select_for_update().filter(pk=pk).first()
    if subscriber is None:
        raise ValidationError(_("This link is not valid, or it has expired."))
    return subscriber


@transaction.atomic
def confirm(*, token):
    subscriber = _subscriber_from(token, CONFIRM_SALT, max_age=timedelta(days=CONFIRM_DAYS))
    subscriber.confirmed_at = timezone.now()
    subscriber.unsubscribed_at = None
    subscriber.save(update_fields=["confirmed_at", "unsubscribed_at", "updated"])
    return subscriber


@transaction.atomic
def unsubscribe(*, token):
    """Stop the newsletter for the link's subscriber (no sign-in: the signed link is the key)."""
    subscriber = _subscriber_from(token, UNSUBSCRIBE_SALT)
    if subscriber.unsubscribed_at is None:
        subscriber.unsubscribed_at = timezone.now()
        subscriber.save(update_fields=["unsubscribed_at", "updated"])
    return subscriber


@transaction.atomic
def start_sending(*, actor, issue):
    """Write the deliveries of a draft issue and queue its first batch."""
    from ..tasks import send_newsletter_batch

    if not actor.has_perm("knowledge.send_newsletter"):
        raise PermissionDenied
    issue = NewsletterIssue.objects.select_for_update().get(pk=issue.pk)
    if issue.status != NewsletterIssue.Status.DRAFT:
        raise ValidationError(_("This issue has been sent already."))
    subscribers = Subscriber.objects.filter(
        language=issue.language, confirmed_at__isnull=False, unsubscribed_at=None).values_list("pk", flat=True)
    NewsletterDelivery.objects.bulk_create(
        (NewsletterDelivery(issue=issue, subscriber_id=pk) for pk in subscribers.iterator()),
        batch_size=1000, ignore_conflicts=True)
    issue.status, issue.started_at = NewsletterIssue.Status.SENDING, timezone.now()
    issue.save(update_fields=["status", "started_at", "updated"])
    log_action(actor=actor, action="knowledge.newsletter.send", subject=issue,
               data={"recipients": issue.deliveries.count()})
    from ejrc.core.tasks import enqueue

    enqueue(send_newsletter_batch, issue.pk)
    return issue


def _unsent(issue_id):
    return NewsletterDelivery.objects.filter(issue_id=issue_id, sent_at=None)


@transaction.atomic
def send_batch(*, issue_id, size=None):
    """Send the next ``size`` unsent copies of an issue; how many were sent.

    A subscriber who left since the issue started is skipped (the delivery is removed).
    """
    size = size or batch_size()
    issue = NewsletterIssue.objects.filter(pk=issue_id, status=NewsletterIssue.Status.SENDING).first()
    if issue is None:
        return 0
    claimed = list(_unsent(issue_id).select_for_update(skip_locked=True, of=("self",))
                   .select_related("subscriber").order_by("pk")[:size])
    with translation.override(issue.language):
        posts = [(post, site_url("knowledge:post", pk=post.pk))
                 for post in issue.posts.filter(published=True).order_by("-published_at")]
    gone = [d.pk for d in claimed if not d.subscriber.is_active]
    NewsletterDelivery.objects.filter(pk__in=gone).delete()
    now = timezone.now()
    sent = 0
    for delivery in claimed:
        if delivery.pk in gone:
            continue
        subscriber = delivery.subscriber
        [mail] = send_mail_to([(subscriber.email, issue.language)], template="knowledge/email/newsletter",
                              context={"issue": issue, "posts": posts,
                                       "unsubscribe_url": unsubscribe_link(subscriber, issue.language)})
        delivery.sent_at, delivery.mail = now, mail
        delivery.save(update_fields=["sent_at", "mail"])
        sent += 1
    if not _unsent(issue_id).exists():
        NewsletterIssue.objects.filter(pk=issue_id).update(status=NewsletterIssue.Status.SENT, finished_at=now)
    return sent + len(gone)


def issues_still_sending():
    return list(NewsletterIssue.objects.filter(status=NewsletterIssue.Status.SENDING).values_list("pk", flat=True))
