"""The concurrency helper itself: outcomes in order, errors handed back, locks restored."""

import threading

from django.db.models.query import QuerySet
from support.concurrency import locks_off, run_concurrently

from ejrc.accounts.models import User


def test_calls_run_at_once_and_their_outcomes_come_back_in_order():
    inside = threading.Barrier(2, timeout=5)  # passes only if both calls run at the same time

    def first():
        inside.wait()
        return "first"

    def second():
        inside.wait()
        raise ValueError("refused")

    outcomes = run_concurrently(first, second)
    assert outcomes[0].ok and outcomes[0].value == "first"
    assert not outcomes[1].ok and str(outcomes[1].error) == "refused"


def test_locks_off_lasts_only_for_the_control_run():
    locked = User.objects.select_for_update()
    with locks_off():
        assert not User.objects.select_for_update().query.select_for_update
    assert locked.query.select_for_update and User.objects.select_for_update().query.select_for_update
    assert QuerySet.select_for_update.__name__ == "select_for_update"
