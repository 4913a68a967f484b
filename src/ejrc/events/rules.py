"""Who may do what with events (django-rules). Views answer 404 when a check fails."""

import rules


@rules.predicate
def is_organiser(user, event):
    if not (user and user.is_authenticated and event is not None):
        return False
    return user.is_superuser or event.organisers.filter(pk=user.pk).exists()


@rules.predicate
def is_published(user, event):
    return event is not None and event.is_published


rules.add_perm("events.view_event", is_published | is_organiser)
rules.add_perm("events.manage_event", is_organiser)
