"""Rows of knowledge for tests: best practices through the domain (as people make them),
funding instruments, posts and subscribers."""

from datetime import timedelta

from django.utils import timezone

from ejrc.knowledge.domain.practices import approve_practice, submit_practice
from ejrc.knowledge.models import Deadline, Instrument, Post, Subscriber


def practice_data(**changes):
    return {
        "title": "Hydrogen valleys learning from each other",
        "summary": "<p>Engineers exchanged for a year.</p>",
        "results": "<p>Three pilots.</p>", "lessons": "<p>Start small.</p>",
        "cooperation_type": "innovation", "sectors": [],
        "partners": [{"side": "europe", "organisation": None, "name": "Alpine Cluster"},
                     {"side": "japan", "organisation": None, "name": "Gifu Hydrogen Council"}],
        "figures": [{"label": "Joint pilots", "value": 3, "unit": ""}], "links": ["https://example.org/case"],
        **changes,
    }


def submitted_practice(*, author, organisation, language="en", **changes):
    return submit_practice(actor=author, organisation=organisation, language=language,
                           data=practice_data(**changes))


def published_practice(*, author, organisation, reviewer, **changes):
    practice = submitted_practice(author=author, organisation=organisation, **changes)
    return approve_practice(actor=reviewer, practice=practice)


def instrument(slug="horizon-test", *, deadline_in_days=60, **fields):
    defaults = {"name_en": "Horizon Test", "name_ja": "ホライズン試験", "summary_en": "Research projects.",
                "eu_side": True, "japan_side": True}
    row = Instrument.objects.create(slug=slug, **{**defaults, **fields})
    if deadline_in_days is not None:
        Deadline.objects.create(instrument=row, closes_on=timezone.localdate() + timedelta(days=deadline_in_days),
                                label_en="Call one", label_ja="第1回")
    return row


def post(title="News item", *, language="en", kind="news", **fields):
    return Post.objects.create(title=title, language=language, kind=kind, summary="A summary.",
                               body="<p>Text.</p>", published=True, published_at=timezone.now(), **fields)


def subscriber(email, *, language="en", active=True):
    now = timezone.now()
    return Subscriber.objects.create(email=email, language=language, confirmed_at=now if active else None)
