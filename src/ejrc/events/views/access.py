"""What the URLs name, loaded for ``permission_required(..., load=...)`` (a miss is a 404),
and form errors from the domain."""

from django.core.exceptions import ValidationError

from ejrc.events.models import Event, Pitch, Registration, Session, SessionKind


def event(slug):
    return Event.objects.select_related("office").get(slug=slug)


def registration(slug, pk):
    return Registration.objects.select_related("event", "user", "organisation").get(event__slug=slug, pk=pk)


def pitch_session(slug, pk):
    return Session.objects.select_related("event").get(event__slug=slug, pk=pk, kind=SessionKind.PITCH)


def pitch(slug, pk):
    return Pitch.objects.select_related("session__event", "organisation").get(session__event__slug=slug, pk=pk)


def add_errors(form, error: ValidationError):
    """Show a domain ValidationError on the form: on its fields when named, else on top."""
    if hasattr(error, "error_dict"):
        for field, errors in error.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error)
