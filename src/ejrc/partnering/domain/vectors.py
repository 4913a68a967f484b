"""Keeping the matching engine's stored vectors current, in the background.

A change to a profile (the directory refreshes its search columns after every change) or to
an opportunity queues the tasks of ``ejrc.partnering.tasks`` (run on a worker, or right after
the commit when no broker is configured); recommendations only read the stored rows.
"""

from django.db import transaction

from ejrc.core.tasks import enqueue

from ejrc.directory.models import Organisation, OrganisationStatus

from ..models import MatchKey, MatchVector, Opportunity
from . import semantic
from .match_features import (
    OPPORTUNITY_PREFETCH,
    ORGANISATION_PREFETCH,
    match_keys,
    opportunity_features,
    organisation_features,
)


def _profiles():
    return Organisation.objects.select_related("country", "region", "prefecture").prefetch_related(
        *ORGANISATION_PREFETCH)


def refresh_organisation_vector(organisation_id):
    """Store the vector of a published profile; drop it when the profile is not published."""
    organisation = _profiles().filter(pk=organisation_id).first()
    if organisation is None or organisation.status != OrganisationStatus.PUBLISHED:
        MatchVector.objects.filter(organisation_id=organisation_id).delete()
        return None
    side, features, terms = organisation_features(organisation)
    [(method, embedding)] = _embeddings([organisation_text(organisation)])
    with transaction.atomic():
        vector, _created = MatchVector.objects.update_or_create(organisation=organisation, defaults={
            "side": side, "features": features, "terms": terms, "method": method, "embedding": embedding})
        _store_keys([vector])
    return vector


def _store_keys(vectors):
    """Replace the candidate keys of profile ``vectors``."""
    MatchKey.objects.filter(vector__in=[v.pk for v in vectors]).delete()
    MatchKey.objects.bulk_create([
        MatchKey(vector_id=v.pk, organisation_id=v.organisation_id, side=v.side, key=key)
        for v in vectors for key in match_keys(v.features)
    ], batch_size=5000)


def _opportunities():
    return Opportunity.objects.select_related(
        "organisation__country", "organisation__region", "organisation__prefecture").prefetch_related(
        *OPPORTUNITY_PREFETCH)


def refresh_opportunity_vector(opportunity_id):
    opportunity = _opportunities().filter(pk=opportunity_id).first()
    if opportunity is None:
        return None
    side, features, terms = opportunity_features(opportunity)
    [(method, embedding)] = _embeddings([opportunity_text(opportunity)])
    vector, _created = MatchVector.objects.update_or_create(opportunity=opportunity, defaults={
        "side": side, "features": features, "terms": terms, "method": method, "embedding": embedding})
    return vector


def organisation_text(organisation):
    return semantic.text_of(organisation.description_en, organisation.description_ja)


def opportunity_text(opportunity):
    return semantic.text_of(opportunity.title_en, opportunity.summary_en, opportunity.title_ja,
                            opportunity.summary_ja)


def _embeddings(texts):
    """``(method, embedding)`` for each text: the sentence model's when it is enabled and the text
    is not empty, else the fallback's (the stored terms alone)."""
    if not semantic.enabled():
        return [(semantic.FALLBACK, None)] * len(texts)
    return [(semantic.METHOD, vector) if vector else (semantic.FALLBACK, None) for vector in semantic.embed(texts)]


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


def _store_in_bulk(rows, owner, compute, text):
    """Compute and save the vectors of ``rows`` (profiles or opportunities) in two statements,
    the sentence model embedding the whole batch at once."""
    ids = [row.pk for row in rows]
    existing = dict(MatchVector.objects.filter(**{f"{owner}_id__in": ids}).values_list(f"{owner}_id", "pk"))
    vectors = []
    for row, (method, embedding) in zip(rows, _embeddings([text(row) for row in rows]), strict=True):
        side, features, terms = compute(row)
        vectors.append(MatchVector(pk=existing.get(row.pk), side=side, features=features, terms=terms,
                                   method=method, embedding=embedding, **{owner: row}))
    with transaction.atomic():
        MatchVector.objects.bulk_create([v for v in vectors if v.pk is None])
        MatchVector.objects.bulk_update([v for v in vectors if v.pk],
                                        ["side", "features", "terms", "method", "embedding"])
        if owner == "organisation":
            _store_keys(vectors)
    return len(vectors)


def refresh_all_vectors(*, batch=500):
    """Recompute every stored vector (after an import), a batch of rows at a time; returns how many."""
    MatchVector.objects.filter(organisation__isnull=False).exclude(
        organisation__status=OrganisationStatus.PUBLISHED).delete()
    count = 0
    ids = list(Organisation.objects.filter(status=OrganisationStatus.PUBLISHED).values_list("pk", flat=True))
    for start in range(0, len(ids), batch):
        count += _store_in_bulk(list(_profiles().filter(pk__in=ids[start:start + batch])), "organisation",
                                organisation_features, organisation_text)
    ids = list(Opportunity.objects.values_list("pk", flat=True))
    for start in range(0, len(ids), batch):
        count += _store_in_bulk(list(_opportunities().filter(pk__in=ids[start:start + batch])), "opportunity",
                                opportunity_features, opportunity_text)
    return count
