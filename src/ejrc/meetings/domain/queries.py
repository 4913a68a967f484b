"""Reusable reads of the B2B pages: the marketplace, requests, responsiveness."""

from django.db.models import Avg, Count, F, Q

from ejrc.meetings.models import MeetingRequest, Participant, RequestStatus

PAGE = 50


def marketplace(event, *, viewer, side="", country="", sector="", interest="", text=""):
    """The other participants, filtered (2 queries with the sectors' prefetch)."""
    people = (Participant.objects.filter(event=event).exclude(pk=viewer.pk)
              .select_related("user", "organisation__country").order_by("organisation__name_en", "id"))
    if side:
        people = people.filter(side=side)
    if country:
        people = people.filter(organisation__country__code=country)
    if sector:
        people = people.filter(organisation__sectors=sector)
    if interest:
        people = people.filter(organisation__interests__interest=interest)
    if text:
        people = people.filter(Q(offers__icontains=text) | Q(seeks__icontains=text)
                               | Q(organisation__name_en__icontains=text) | Q(organisation__name_ja__icontains=text))
    return people.distinct().prefetch_related("organisation__sectors")[:PAGE]


def recommended(event, *, viewer, limit=5):
    """Participants whose organisations partnering's matching recommends for the viewer's."""
    from ejrc.partnering.domain.matching import recommend_for

    result = recommend_for(vector_filter={"organisation_id": viewer.organisation_id},
                           exclude_organisation_id=viewer.organisation_id, limit=200)
    ranked = [r.organisation.pk for r in (result.items or [])]
    if not ranked:
        return []
    people = {p.organisation_id: p for p in Participant.objects.filter(event=event, organisation_id__in=ranked)
              .exclude(pk=viewer.pk).select_related("user", "organisation")}
    return [people[o] for o in ranked if o in people][:limit]


def requests_of(participant):
    base = MeetingRequest.objects.select_related("requester__user", "requester__organisation", "recipient__user",
                                                 "recipient__organisation", "third__user", "meeting__slot")
    return {"received": list(base.filter(Q(recipient=participant) | Q(third=participant))),
            "sent": list(base.filter(requester=participant))}


def responsiveness(event):
    """Per participant: requests received, how many answered, the mean hours to answer (one query)."""
    answered = Q(received__status__in=[RequestStatus.ACCEPTED, RequestStatus.DECLINED])
    return (Participant.objects.filter(event=event).select_related("user", "organisation")
            .annotate(received_count=Count("received", distinct=True),
                      answered_count=Count("received", filter=answered, distinct=True),
                      answer_time=Avg(F("received__answered_at") - F("received__created"), filter=answered))
            .order_by("organisation__name_en", "id"))
