"""Who may do what with events (django-rules), checked by ``ejrc.core.permissions``: a view
whose check fails answers 404."""

import rules

from ejrc.core.permissions import per_request


def _organised_event_ids(user):
    return per_request(user, "events.organised", lambda: set(user.organised_events.values_list("pk", flat=True)))


@rules.predicate
def is_organiser(user, event):
    if not (user and user.is_authenticated and event is not None):
        return False
    return user.is_superuser or event.pk in _organised_event_ids(user)


@rules.predicate
def is_published(user, event):
    return event is not None and event.is_published


@rules.predicate
def organises_its_event(user, registration):
    return registration is not None and is_organiser(user, registration.event)


@rules.predicate
def can_view_its_event(user, session):
    return session is not None and (is_published(user, session.event) or is_organiser(user, session.event))


@rules.predicate
def organises_the_session(user, session):
    return session is not None and is_organiser(user, session.event)


@rules.predicate
def organises_the_pitch(user, pitch):
    return pitch is not None and is_organiser(user, pitch.session.event)


@rules.predicate
def is_helpdesk_staff(user):
    return bool(user and user.is_authenticated and user.is_helpdesk_staff)


rules.add_perm("events.add_event", is_helpdesk_staff)
rules.add_perm("events.view_event", is_published | is_organiser)
rules.add_perm("events.pitch", can_view_its_event)
rules.add_perm("events.manage_session", organises_the_session)
rules.add_perm("events.manage_pitch", organises_the_pitch)
rules.add_perm("events.manage_event", is_organiser)
rules.add_perm("events.manage_registration", organises_its_event)
