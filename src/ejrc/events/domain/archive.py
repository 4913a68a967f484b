"""The figures the archive shows beside each past event: two aggregate queries for any number
of events (registrations grouped by event, sessions and accepted pitches grouped by event).

They count confirmed registrations, so they stay right after the retention rule has removed
the people (``events/privacy.py`` keeps each row's organisation and status).
"""

from dataclasses import dataclass

from django.db.models import Count, Q

from ejrc.events.models import PitchStatus, Registration, RegistrationStatus, Session
from ejrc.geo.models import CountryGroup


@dataclass(frozen=True)
class EventFigures:
    participants: int = 0
    organisations: int = 0
    countries: int = 0
    european: int = 0
    japanese: int = 0
    sessions: int = 0
    pitches: int = 0


def figures_of(events):
    """``{event id: EventFigures}`` for ``events`` (a list), every one of them present."""
    ids = [event.pk for event in events]
    people = (Registration.objects.filter(event__in=ids, status=RegistrationStatus.CONFIRMED).values("event")
              .annotate(participants=Count("id"), organisations=Count("organisation", distinct=True),
                        countries=Count("organisation__country", distinct=True),
                        european=Count("id", filter=Q(organisation__country__group=CountryGroup.EU)),
                        japanese=Count("id", filter=Q(organisation__country__group=CountryGroup.JAPAN)))
              .order_by())
    programme = (Session.objects.filter(event__in=ids).values("event")
                 .annotate(sessions=Count("id", distinct=True),
                           pitches=Count("pitches", filter=Q(pitches__status=PitchStatus.ACCEPTED)))
                 .order_by())
    found = {event_id: {} for event_id in ids}
    for row in [*people, *programme]:
        found[row.pop("event")].update(row)
    return {event_id: EventFigures(**values) for event_id, values in found.items()}
