"""The task layer without a broker: tasks run eagerly after commit, failures are kept for staff."""

import pytest
from celery.schedules import crontab
from django.contrib.auth import get_user_model
from django.db import transaction
from task_probes import always_fail, append_line, lines

from ejrc.core.models import FailedTask
from ejrc.core.tasks import enqueue, periodic_schedule


def test_a_task_runs_once_the_transaction_commits_and_never_after_a_rollback(db, tmp_path, after_commit):
    path = tmp_path / "trace"
    with after_commit():
        with transaction.atomic():
            enqueue(append_line, str(path), "committed")
        assert lines(path) == []  # not before the commit
    assert lines(path) == ["committed"]
    with after_commit() as callbacks:
        with pytest.raises(RuntimeError), transaction.atomic():
            enqueue(append_line, str(path), "rolled back")
            raise RuntimeError("the change fails")
    assert callbacks == [] and lines(path) == ["committed"]


def test_tasks_take_ids_not_objects(db, tmp_path, after_commit):
    user = get_user_model().objects.create_user(email="someone@example.org", password="x" * 12)
    with pytest.raises(TypeError, match="pass its id"):
        enqueue(append_line, str(tmp_path / "trace"), user)
    with pytest.raises(TypeError):
        enqueue(append_line, str(tmp_path / "trace"), text={"user": user})
    with after_commit():
        enqueue(append_line, str(tmp_path / "trace"), str(user.pk))
    assert lines(tmp_path / "trace") == [str(user.pk)]


def test_a_failing_task_is_recorded_for_staff_once_per_task_and_arguments(db, after_commit):
    with after_commit():
        enqueue(always_fail, "the archive is unreachable")
    failed = FailedTask.objects.get()
    assert (failed.name, failed.args, failed.failures) == ("tests.always_fail", ["the archive is unreachable"], 1)
    assert failed.error == "RuntimeError: the archive is unreachable"
    assert "task_probes.py" in failed.traceback
    with after_commit():
        enqueue(always_fail, "the archive is unreachable")
        enqueue(always_fail, "another reason")
    assert FailedTask.objects.count() == 2
    failed.refresh_from_db()
    assert failed.failures == 2


def test_staff_see_failed_tasks_in_the_admin_and_run_them_again(admin_client, after_commit):
    with after_commit():
        enqueue(always_fail, "the archive is unreachable")
    page = admin_client.get("/en/admin/core/failedtask/")
    assert page.status_code == 200
    text = page.content.decode()
    assert "tests.always_fail" in text and "RuntimeError: the archive is unreachable" in text
    failed = FailedTask.objects.get()
    with after_commit():
        admin_client.post("/en/admin/core/failedtask/", {"action": "run_again", "_selected_action": [failed.pk]})
    failed.refresh_from_db()
    assert failed.resolved_at is not None  # dealt with; it failed again, so there is a new record
    again = FailedTask.objects.get(resolved_at=None)
    assert again.args == ["the archive is unreachable"] and again.pk != failed.pk


def test_periodic_tasks_are_declared_with_their_code():
    schedule = periodic_schedule()
    assert schedule["directory.remind_stale_profiles"] == {
        "task": "directory.remind_stale_profiles", "schedule": crontab(day_of_month=1, hour=6, minute=0),
    }
    assert schedule["core.send_waiting_mail"]["schedule"] == crontab(minute="*/15")


def test_a_record_of_a_task_that_no_longer_exists_is_kept_with_a_message(admin_client):
    failed = FailedTask.objects.create(name="retired.task", args=[1], error="KeyError: 1")
    response = admin_client.post("/en/admin/core/failedtask/",
                                 {"action": "run_again", "_selected_action": [failed.pk]}, follow=True)
    assert "These tasks no longer exist: retired.task" in response.content.decode()
    failed.refresh_from_db()
    assert failed.resolved_at is None
