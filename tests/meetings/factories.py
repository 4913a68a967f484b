"""B2B events for the tests: the test conference (Strasbourg, CEST) with a B2B morning of six
20-minute slots (09:00-11:00) and an afternoon block of three (14:00-15:00)."""

from directory.factories import MembershipFactory, OrganisationFactory, UserFactory
from events.factories import make_event, make_session

from ejrc.directory.models import Membership
from ejrc.events.models import Registration, RegistrationStatus, SessionKind
from ejrc.meetings.domain.requests import answer, request_meeting
from ejrc.meetings.domain.setup import join_all, set_up
from ejrc.meetings.models import Participant


def b2b_event(*, organiser, slug="b2b-2027", tables=2, mode="automatic", interpreters=0, **fields):
    event = make_event(organiser=organiser, slug=slug, **fields)
    make_session(event, organiser=organiser, day=1, start=9, end=11, kind=SessionKind.B2B, title_en="B2B morning")
    make_session(event, organiser=organiser, day=1, start=14, end=15, kind=SessionKind.B2B, title_en="B2B afternoon")
    set_up(actor=organiser, event=event, tables=tables, slot_minutes=20, mode=mode, interpreters=interpreters,
           online_link_base="https://meet.example/b2b")
    return event


def person(*, japanese=False, third=None, language="en", time_zone="Europe/Paris", **user):
    user = UserFactory(preferred_language=language, time_zone=time_zone, **user)
    extra = {"japanese": True} if japanese else {}
    if third:
        from directory.factories import country

        extra = {"country": country(third)}
    MembershipFactory(user=user, organisation=OrganisationFactory(**extra), role=Membership.Role.MEMBER)
    return user


def participants(event, count, *, japanese_every=2):
    """``count`` confirmed participants, every second one Japanese; their B2B profiles."""
    users = [person(japanese=i % japanese_every == 1) for i in range(count)]
    Registration.objects.bulk_create(
        Registration(event=event, user=u, organisation=u.memberships.get().organisation,
                     status=RegistrationStatus.CONFIRMED) for u in users)
    join_all(event=event)
    return list(Participant.objects.filter(event=event, user__in=users).select_related("user").order_by("id"))


def accepted(first, second, **options):
    request = request_meeting(actor=first.user, requester=first, recipient=second,
                              priority=options.pop("priority", "would"), **options)
    return answer(actor=second.user, request=request, accept=True)
