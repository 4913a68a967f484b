"""The staff page of failed background tasks: listed in a fixed number of queries, run again."""

import pytest
from directory.factories import StaffUserFactory, UserFactory

from ejrc.core.models import FailedTask

pytestmark = pytest.mark.django_db


def failed(number, name="core.send_waiting_mail"):
    return FailedTask.objects.create(name=name, args=[number], error=f"ConnectionError: down {number}")


@pytest.mark.parametrize("count", [1, 7])
def test_staff_see_every_waiting_failure_in_a_fixed_number_of_queries(client, helpdesk, count,
                                                                       django_assert_num_queries):
    for number in range(count):
        failed(number)
    FailedTask.objects.create(name="old", error="x", resolved_at="2026-01-01T00:00Z")
    client.force_login(StaffUserFactory())
    with django_assert_num_queries(5):  # session, user, second factor, the count, the page
        page = client.get("/en/tasks/failed/").content.decode()
    assert page.count("Run again") == count and "down 0" in page and "old" not in page


def test_run_again_queues_the_task_and_marks_it_resolved(client, helpdesk):
    task = failed(1)
    client.force_login(StaffUserFactory())
    response = client.post(f"/en/tasks/failed/{task.pk}/retry/", follow=True)
    assert "The task was queued again." in response.content.decode()
    task.refresh_from_db()
    assert task.resolved_at is not None
    assert client.post(f"/en/tasks/failed/{task.pk}/retry/").status_code == 404  # once only


def test_a_task_that_no_longer_exists_is_said_so(client, helpdesk):
    task = failed(1, name="gone.task")
    client.force_login(StaffUserFactory())
    response = client.post(f"/en/tasks/failed/{task.pk}/retry/", follow=True)
    assert "This task no longer exists: gone.task" in response.content.decode()
    task.refresh_from_db()
    assert task.resolved_at is None


def test_other_people_get_404(client, helpdesk):
    client.force_login(UserFactory())
    assert client.get("/en/tasks/failed/").status_code == 404
