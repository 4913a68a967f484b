"""Every list page of knowledge takes the same number of queries with one row and with many."""

import pytest
from django.urls import reverse
from knowledge.factories import instrument, post, published_practice, submitted_practice

from ejrc.knowledge.models import EpaGuide, Initiative, NewsletterIssue

EXPECTED = {  # page: queries, whatever the number of rows
    "library": 7, "funding": 3, "calendar": 2, "news": 4, "initiatives": 1, "epa": 2, "review": 4,
    "issues": 4, "profile": None,
}


def _rows(kind, start, stop, *, cluster, author, staff):
    for n in range(start, stop):
        if kind == "library":
            published_practice(author=author, organisation=cluster, reviewer=staff, title=f"Case {n}")
        elif kind in ("funding", "calendar"):
            instrument(f"programme-{n}")
        elif kind == "news":
            post(f"Post {n}")
        elif kind == "initiatives":
            Initiative.objects.create(slug=f"i-{n}", name_en=f"I {n}", offers_en="O", connection_en="C")
        elif kind == "epa":
            EpaGuide.objects.create(slug=f"g-{n}", title_en=f"G {n}", body_en="B")
        elif kind == "review":
            submitted_practice(author=author, organisation=cluster, title=f"Pending {n}")
        elif kind == "issues":
            NewsletterIssue.objects.create(language="en", subject=f"Issue {n}")
        elif kind == "profile":
            published_practice(author=author, organisation=cluster, reviewer=staff, title=f"Case {n}")
            instrument(f"programme-{n}")


URLS = {"library": "knowledge:library", "funding": "knowledge:funding", "calendar": "knowledge:funding-calendar",
        "news": "knowledge:news", "initiatives": "knowledge:initiatives", "epa": "knowledge:epa",
        "review": "knowledge:review-queue", "issues": "knowledge:newsletter-issues"}


@pytest.mark.parametrize("kind", list(EXPECTED))
def test_a_fixed_number_of_queries(client, kind, cluster, author, staff, django_assert_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    url = cluster.get_absolute_url() if kind == "profile" else reverse(URLS[kind])
    if kind in ("review", "issues"):
        client.force_login(staff)
    counts = []
    for start, stop in ((0, 1), (1, 5)):
        _rows(kind, start, stop, cluster=cluster, author=author, staff=staff)
        client.get(url)  # warm the session and per-process caches
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1], f"{kind}: {counts}"
    if EXPECTED[kind] is not None:
        assert counts[0] == EXPECTED[kind], f"{kind}: {counts}"
