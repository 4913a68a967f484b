"""What the URLs name, loaded for ``permission_required(..., load=...)``: a miss is a 404."""

from ejrc.events.models import Event
from ejrc.meetings.models import Meeting, MeetingRequest, Participant, SchedulingRun


def event(slug):
    return Event.objects.select_related("b2b").get(slug=slug)


def request(slug, pk):
    return MeetingRequest.objects.select_related("event", "requester", "recipient").get(event__slug=slug, pk=pk)


def meeting(slug, pk):
    return Meeting.objects.select_related("event__b2b", "request").get(event__slug=slug, pk=pk)


def run(slug, pk):
    return SchedulingRun.objects.select_related("event__b2b").get(event__slug=slug, pk=pk)


def counterpart(slug, pk):
    return Participant.objects.select_related("user", "organisation", "event__b2b").get(event__slug=slug, pk=pk)


def add_errors(form, error):
    for message in error.messages:
        form.add_error(None, message)
