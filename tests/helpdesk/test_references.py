"""Inquiry references: one readable sequence per year that never repeats, even under concurrency."""

import pytest
from support.concurrency import locks_off, postgres_only, run_concurrently

from ejrc.helpdesk.domain.references import allocate_reference


@pytest.mark.django_db
def test_references_count_up_per_year():
    assert [allocate_reference(year=2026) for _n in range(3)] == [
        "EJ-INQ-2026-00001", "EJ-INQ-2026-00002", "EJ-INQ-2026-00003"]
    assert allocate_reference(year=2027) == "EJ-INQ-2027-00001"


class TestUnderConcurrency:
    pytestmark = postgres_only

    def test_two_inquiries_sent_at_once_get_two_numbers(self):
        allocate_reference(year=2031)  # the year's counter exists: both threads read it
        outcomes = run_concurrently(lambda: allocate_reference(year=2031), lambda: allocate_reference(year=2031),
                                    pause_after='"helpdesk_inquirycounter"')
        assert [o.error for o in outcomes] == [None, None]
        assert sorted(o.value for o in outcomes) == ["EJ-INQ-2031-00002", "EJ-INQ-2031-00003"]

    def test_control_without_the_lock_both_get_the_same_number(self):
        allocate_reference(year=2032)
        with locks_off():
            outcomes = run_concurrently(lambda: allocate_reference(year=2032), lambda: allocate_reference(year=2032),
                                        pause_after='"helpdesk_inquirycounter"')
        assert [o.value for o in outcomes] == ["EJ-INQ-2032-00002", "EJ-INQ-2032-00002"]

    def test_the_first_inquiry_of_a_year_is_numbered_once_when_many_arrive_together(self):
        outcomes = run_concurrently(*[lambda: allocate_reference(year=2033)] * 4)
        assert [o.error for o in outcomes] == [None] * 4
        assert sorted(o.value for o in outcomes) == [f"EJ-INQ-2033-{n:05d}" for n in range(1, 5)]
