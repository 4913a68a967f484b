"""News feeds per language, the newsletter's double opt-in and one-click unsubscribe, and sending
in batches that survive a crash half-way without sending anyone the same issue twice."""

import pytest
from django.core import mail
from django.db import DatabaseError, connection
from django.urls import reverse
from django.utils import translation
from knowledge.factories import post, published_practice, subscriber

from ejrc.core.models import OutgoingMail
from ejrc.knowledge.domain import newsletter
from ejrc.knowledge.models import NewsletterDelivery, NewsletterIssue, Subscriber


def test_feeds_are_per_language_and_carry_published_best_practices(client, cluster, author, staff):
    post("English news")
    post("日本のニュース", language="ja")
    published_practice(author=author, organisation=cluster, reviewer=staff, title="Published case")
    for name in ("knowledge:feed-rss", "knowledge:feed-atom"):
        english = client.get(reverse(name)).content.decode()
        assert "English news" in english and "Published case" in english and "日本のニュース" not in english
        with translation.override("ja"):
            japanese = client.get(reverse(name)).content.decode()
        assert "日本のニュース" in japanese and "English news" not in japanese


def _link_in(message):
    return next(word for word in message.body.split() if word.startswith("http"))


def test_subscription_needs_confirmation_and_unsubscribing_takes_one_click(client, db, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("knowledge:subscribe"), {"email": "Reader@Example.org", "language": "ja"})
    subscriber = Subscriber.objects.get(email="reader@example.org")
    assert not subscriber.is_active and len(mail.outbox) == 1
    confirm = _link_in(mail.outbox[0])
    assert "/ja/" in confirm
    client.get(reverse("knowledge:subscribe-confirm", kwargs={"token": confirm.rstrip("/").rsplit("/", 1)[1]}))
    subscriber.refresh_from_db()
    assert subscriber.is_active
    token = newsletter.unsubscribe_link(subscriber).rstrip("/").rsplit("/", 1)[1]
    response = client.post(reverse("knowledge:unsubscribe", kwargs={"token": token}))  # RFC 8058 one-click
    subscriber.refresh_from_db()
    assert response.status_code == 200 and not subscriber.is_active


def test_a_forged_or_reused_kind_of_token_is_refused(client, db):
    subscriber("reader@example.org", active=False)
    forged = client.get(reverse("knowledge:subscribe-confirm", kwargs={"token": "1:forged"}))
    assert forged.status_code == 400 and "not valid" in forged.content.decode()
    unsubscribe_token = newsletter.unsubscribe_link(Subscriber.objects.get()).rstrip("/").rsplit("/", 1)[1]
    assert client.get(reverse("knowledge:subscribe-confirm", kwargs={"token": unsubscribe_token})).status_code == 400


def test_asking_again_and_again_sends_one_confirmation(client, db):
    for _ in range(5):
        client.post(reverse("knowledge:subscribe"), {"email": "victim@example.org", "language": "en"})
    assert OutgoingMail.objects.filter(to="victim@example.org").count() == 1


def test_the_honeypot_sends_nothing(client, db):
    response = client.post(reverse("knowledge:subscribe"), {"email": "bot@example.org", "language": "en",
                                                            "website": "http://spam"})
    assert response.status_code == 200 and not Subscriber.objects.exists()


@pytest.fixture
def issue_for_many(staff):
    for number in range(7):
        subscriber(f"reader{number}@example.org")
    subscriber("japanese@example.org", language="ja")
    subscriber("unconfirmed@example.org", active=False)
    issue = NewsletterIssue.objects.create(language="en", subject="December issue", introduction="Hello.")
    issue.posts.add(post("Cluster calls are open"))
    return issue


def _fail_outbox_insert_after(count):
    """A database that refuses the outbox's (count + 1)th row: a batch crashing half-way."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(f"""CREATE OR REPLACE FUNCTION knowledge_test_crash() RETURNS trigger AS $$
                BEGIN IF (SELECT count(*) FROM core_outgoingmail) >= {count} THEN
                RAISE EXCEPTION 'disk full'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql""")
            cursor.execute("CREATE TRIGGER knowledge_test_crash BEFORE INSERT ON core_outgoingmail "
                           "FOR EACH ROW EXECUTE FUNCTION knowledge_test_crash()")
        else:
            cursor.execute(f"""CREATE TRIGGER knowledge_test_crash BEFORE INSERT ON core_outgoingmail
                WHEN (SELECT count(*) FROM core_outgoingmail) >= {count}
                BEGIN SELECT RAISE(ABORT, 'disk full'); END""")


def _repair_database():
    with connection.cursor() as cursor:
        cursor.execute("DROP TRIGGER knowledge_test_crash" + (" ON core_outgoingmail" if connection.vendor == "postgresql" else ""))


def test_a_batch_that_crashes_half_way_sends_nobody_twice_when_run_again(issue_for_many, staff):
    newsletter.start_sending(actor=staff, issue=issue_for_many)
    assert NewsletterDelivery.objects.count() == 7  # the confirmed English readers only
    assert newsletter.send_batch(issue_id=issue_for_many.pk, size=3) == 3
    _fail_outbox_insert_after(5)  # the second batch dies on its third mail
    with pytest.raises(DatabaseError):
        newsletter.send_batch(issue_id=issue_for_many.pk, size=3)
    assert OutgoingMail.objects.count() == 3 and NewsletterDelivery.objects.filter(sent_at=None).count() == 4
    _repair_database()
    while newsletter.send_batch(issue_id=issue_for_many.pk, size=3):
        pass
    addresses = list(OutgoingMail.objects.values_list("to", flat=True))
    assert sorted(addresses) == [f"reader{n}@example.org" for n in range(7)]
    issue_for_many.refresh_from_db()
    assert issue_for_many.status == NewsletterIssue.Status.SENT
    body = OutgoingMail.objects.first().body
    assert "Unsubscribe with one click:" in body and "/en/knowledge/newsletter/unsubscribe/" in body
    assert "Cluster calls are open" in body and "/en/knowledge/news/" in body


def test_the_send_view_runs_every_batch_in_the_background(client, issue_for_many, staff, settings,
                                                          django_capture_on_commit_callbacks):
    settings.EJRC_NEWSLETTER_BATCH_SIZE = 2  # four batches, each queueing the next
    client.force_login(staff)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("knowledge:newsletter-send", kwargs={"pk": issue_for_many.pk}))
    assert OutgoingMail.objects.filter(template="knowledge/email/newsletter").count() == 7
    response = client.post(reverse("knowledge:newsletter-send", kwargs={"pk": issue_for_many.pk}), follow=True)
    assert "sent already" in response.content.decode()


def test_a_reader_who_left_after_the_start_is_skipped(issue_for_many, staff):
    newsletter.start_sending(actor=staff, issue=issue_for_many)
    Subscriber.objects.filter(email="reader0@example.org").update(unsubscribed_at="2026-12-07T10:00Z")
    while newsletter.send_batch(issue_id=issue_for_many.pk, size=50):
        pass
    assert not OutgoingMail.objects.filter(to="reader0@example.org").exists()
    assert OutgoingMail.objects.count() == 6


def test_retention_forgets_unconfirmed_and_ended_subscriptions(db):
    from datetime import timedelta

    from django.utils import timezone

    from ejrc.core.retention import apply_retention

    old = timezone.now() - timedelta(days=40)
    kept = subscriber("reader@example.org")
    Subscriber.objects.filter(pk=subscriber("never@example.org", active=False).pk).update(created=old)
    Subscriber.objects.filter(pk=subscriber("left@example.org").pk).update(unsubscribed_at=old)
    subscriber("just-asked@example.org", active=False)
    apply_retention()
    assert sorted(Subscriber.objects.values_list("email", flat=True)) == ["just-asked@example.org", kept.email]


def test_my_data_names_my_subscription_and_deleting_the_account_ends_it(cluster, author):
    from ejrc.knowledge.privacy import erase, export_for

    subscriber(author.email)
    assert export_for(author)["newsletter_subscription"]["email"] == author.email
    erase(author)
    assert not Subscriber.objects.exists()


def test_a_flood_of_subscriptions_from_one_network_is_stopped_with_a_message(client, db):
    answers = [client.post(reverse("knowledge:subscribe"), {"email": f"p{n}@example.org", "language": "en"})
               for n in range(12)]
    assert [a.status_code for a in answers] == [200] * 10 + [429] * 2
    assert "Too many subscriptions" in answers[-1].content.decode()
    assert Subscriber.objects.count() == 10
