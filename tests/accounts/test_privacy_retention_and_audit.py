"""Retention rules run as a command; the audit trail records staff actions and cannot be edited."""

from datetime import timedelta

import pytest
from directory.factories import ContactRequestFactory, StaffUserFactory, UserFactory
from django.core.management import call_command
from django.db import connection
from django.utils import timezone

from ejrc.core.activity import log_action
from ejrc.core.models import ActivityLog
from ejrc.core.retention import retention_rules
from ejrc.directory.models import ContactRequest

pytestmark = pytest.mark.django_db


def aged(days, **kwargs):
    request = ContactRequestFactory(**kwargs)
    ContactRequest.objects.filter(pk=request.pk).update(created=timezone.now() - timedelta(days=days))
    return request


def test_old_contact_requests_are_anonymised_by_the_daily_command(settings, capsys, fast_passwords):
    settings.EJRC_RETENTION_DAYS = {"contact_requests": 365}
    accepted = aged(400, status="accepted", message="Old, accepted")
    declined = aged(400, status="declined", message="Old, declined")
    pending = aged(400, message="Old, never answered")
    recent = aged(30, status="declined", message="Recent")
    call_command("apply_retention")
    assert "contact_requests: 3 row(s) changed (older than 365 days)" in capsys.readouterr().out
    accepted.refresh_from_db()
    assert accepted.message == "" and accepted.status == "accepted"  # still lets them see the contacts
    assert not ContactRequest.objects.filter(pk__in=[declined.pk, pending.pk]).exists()
    assert ContactRequest.objects.get(pk=recent.pk).message == "Recent"
    call_command("apply_retention")
    assert "contact_requests: 0 row(s) changed" in capsys.readouterr().out


def test_every_app_joins_the_registry_with_its_own_rule():
    rules = {rule.name: rule for rule in retention_rules()}
    assert rules["contact_requests"].period_days == 730


def test_the_admin_shows_the_audit_trail_read_only(client, fast_passwords):
    root = StaffUserFactory(office=None, is_staff=True, is_superuser=True)
    entry = log_action(actor=root, action="test.action", subject=root)
    client.force_login(root)
    assert client.get("/en/admin/core/activitylog/").status_code == 200
    page = client.get(f"/en/admin/core/activitylog/{entry.pk}/change/").content.decode()
    assert "test.action" in page and 'name="_save"' not in page
    assert client.post(f"/en/admin/core/activitylog/{entry.pk}/delete/", {"post": "yes"}).status_code == 403
    assert client.get("/en/admin/core/activitylog/add/").status_code == 403
    assert ActivityLog.objects.filter(pk=entry.pk).exists()


def test_staff_changes_in_the_admin_join_the_audit_trail(client, fast_passwords):
    root = StaffUserFactory(office=None, is_staff=True, is_superuser=True)
    person = UserFactory(email="marie@example.eu")
    client.force_login(root)
    form = client.get(f"/en/admin/accounts/user/{person.pk}/change/").context["adminform"].form
    data = {name: value for name, value in form.initial.items() if value is not None and name != "password"}
    data.update(name="Marie Curie", email="marie@example.eu", preferred_language="en", time_zone="UTC",
                date_joined_0="2026-01-01", date_joined_1="00:00:00", groups=[])
    response = client.post(f"/en/admin/accounts/user/{person.pk}/change/", data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    entry = ActivityLog.objects.get(action="admin.change")
    assert entry.actor == root and entry.object_id == str(person.pk) and "Name" in entry.data["change"]


def test_the_model_refuses_to_edit_or_delete_an_entry(fast_passwords):
    entry = log_action(actor=None, action="test.action", subject=UserFactory())
    entry.action = "forged"
    with pytest.raises(PermissionError):
        entry.save()
    with pytest.raises(PermissionError):
        entry.delete()


@pytest.mark.postgres
def test_postgresql_refuses_update_and_delete_but_lets_an_actor_go(fast_passwords):
    if connection.vendor != "postgresql":
        pytest.skip("the trigger exists on PostgreSQL")
    from django.db import DatabaseError, transaction

    actor = UserFactory()
    entry = log_action(actor=actor, action="test.action", subject=actor)
    for statement in ["UPDATE core_activitylog SET action = 'forged' WHERE id = %s",
                      "DELETE FROM core_activitylog WHERE id = %s"]:
        with pytest.raises(DatabaseError, match="append-only"), transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute(statement, [entry.pk])
    actor.delete()
    entry = ActivityLog.objects.get(pk=entry.pk)
    assert entry.actor is None and entry.action == "test.action"
