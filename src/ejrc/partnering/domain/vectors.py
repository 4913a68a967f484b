"""Keeping the matching engine's stored vectors current, in the background.

A change to a profile (the directory refreshes its search columns after every change) or to
an opportunity queues the tasks of ``ejrc.partnering.tasks`` (run on a worker, or right after
the commit when no broker is configured); recommendations only read the stored rows.
"""

from ejrc.core.tasks import enqueue

from ejrc.directory.models import Organisation, OrganisationStatus

from ..models import MatchVector, Opportunity
from .match_features import opportunity_features, organisation_features


def refresh_organisation_vector(organisation_id):
    """Store the vector of a published profile; drop it when the profile is not published."""
    organisation = Organisation.objects.select_related("country", "region", "prefecture").filter(
        pk=organisation_id).first()
    if organisation is None or organisation.status != OrganisationStatus.PUBLISHED:
        MatchVector.objects.filter(organisation_id=organisation_id).delete()
        return None
    side, features, terms = organisation_features(organisation)
    vector, _created = MatchVector.objects.update_or_create(
        organisation=organisation, defaults={"side": side, "features": features, "terms": terms})
    return vector


def refresh_opportunity_vector(opportunity_id):
    opportunity = Opportunity.objects.select_related(
        "organisation__country", "organisation__region", "organisation__prefecture").filter(pk=opportunity_id).first()
    if opportunity is None:
        return None
    side, features, terms = opportunity_features(opportunity)
    vector, _created = MatchVector.objects.update_or_create(
        opportunity=opportunity, defaults={"side": side, "features": features, "terms": terms})
    return vector


def queue_organisation_vector(organisation_id):
    from .. import tasks  # the tasks module calls back into this one

    enqueue(tasks.refresh_organisation_vector, organisation_id)


def queue_opportunity_vector(opportunity_id, organisation_id):
    """An opportunity's vector, and its organisation's (its offers and requests changed)."""
    from .. import tasks

    enqueue(tasks.refresh_opportunity_vector, opportunity_id)
    queue_organisation_vector(organisation_id)


def profile_saved(sender, instance, update_fields=None, **kwargs):
    """Receiver of the directory's Organisation saves: re-vectorise after any change that
    reaches the search columns (the directory refreshes them after every change) or status."""
    if update_fields is None or {"search_text", "status"} & set(update_fields):
        queue_organisation_vector(instance.pk)


def refresh_all_vectors():
    """Recompute every stored vector (after an import); returns how many."""
    count = 0
    for pk in Organisation.objects.filter(status=OrganisationStatus.PUBLISHED).values_list("pk", flat=True):
        refresh_organisation_vector(pk)
        count += 1
    for pk in Opportunity.objects.values_list("pk", flat=True):
        refresh_opportunity_vector(pk)
        count += 1
    return count
