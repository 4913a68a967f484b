"""The directory follows geo's region changes: organisations are re-homed and re-indexed."""

import pytest

from directory.factories import OrganisationFactory
from ejrc.directory.domain.search import filter_terms, query_terms, refresh_search_text
from ejrc.directory.models import Organisation
from ejrc.geo.domain.nuts import import_nuts_files
from ejrc.geo.domain.reference import load_countries, load_fallback_regions
from ejrc.geo.models import Region

CENTROIDS = (
    "nuts_id,level,country_code,parent_id,name_latn,name_native,repr_point_lon,repr_point_lat\n"
    "IT,0,IT,,Italia,Italia,12.5,42.5\n"
    "ITC,1,IT,IT,Nord-Ovest,Nord-Ovest,9.0,45.0\n"
    "ITC4,2,IT,ITC,Lombardia,Lombardia,9.8,45.6\n"
    "FR,0,FR,,France,France,2.5,46.5\n"
    "FRK,1,FR,FR,Auvergne-Rhône-Alpes,Auvergne-Rhône-Alpes,4.5,45.5\n"
)


@pytest.fixture
def fallback_regions(db):
    load_countries()
    load_fallback_regions()


def found(query):
    return set(filter_terms(Organisation.objects.all(), query_terms(query)))


def indexed(**fields):
    organisation = OrganisationFactory(**fields)
    refresh_search_text(organisation)
    return organisation


def write_nuts(tmp_path, text=CENTROIDS):
    path = tmp_path / "nuts2024_regions_with_centroids.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_organisations_moved_to_nuts_regions_are_found_by_their_new_place_names(fallback_regions, tmp_path):
    """Failed before geo announced region changes: the search text kept the old regions."""
    milan = indexed(name_en="Milano Design Cluster", country=Region.objects.get(code="IT-25").country,
                    region=Region.objects.get(code="IT-25"))
    lyon = indexed(name_en="Lyon Metro Cluster", region=Region.objects.get(code="FR-69M"))
    assert found("Métropole de Lyon") == {lyon}
    assert found("Nord-Ovest") == set()

    import_nuts_files([write_nuts(tmp_path)])

    milan.refresh_from_db()
    lyon.refresh_from_db()
    assert milan.region.code == "ITC4" and lyon.region is None
    assert found("Nord-Ovest") == {milan}  # the NUTS 1 region above its new NUTS 2 region
    assert found("Lombardia") == {milan}
    assert found("Métropole de Lyon") == set()  # the removed region no longer finds it
    assert found("Lyon Metro") == {lyon}


def test_a_renamed_region_reindexes_what_lies_in_it_and_below(fallback_regions, tmp_path):
    import_nuts_files([write_nuts(tmp_path)])
    milan = indexed(name_en="Milano Design Cluster", country=Region.objects.get(code="IT").country,
                    region=Region.objects.get(code="ITC4"))
    assert found("Nord-Ovest") == {milan}

    summary = import_nuts_files([write_nuts(tmp_path, CENTROIDS.replace("Nord-Ovest", "Italia nord-occidentale"))])

    assert summary.renamed == [Region.objects.get(code="ITC").pk]
    assert found("Italia nord-occidentale") == {milan}
    assert found("Nord-Ovest") == set()


def test_the_import_summary_says_what_the_directory_did(fallback_regions, tmp_path):
    indexed(region=Region.objects.get(code="IT-25"), country=Region.objects.get(code="IT-25").country)
    indexed(region=Region.objects.get(code="FR-69M"))
    replaced = Region.objects.filter(scheme="iso3166-2", country__code__in=["IT", "FR"]).count()
    summary = import_nuts_files([write_nuts(tmp_path)])
    assert ("organisations: 1 moved to the NUTS region of the same name, 1 left without a region; "
            "2 re-indexed for search") in summary.lines()
    assert summary.fallback_removed == replaced > 100
    assert not Region.objects.filter(scheme="iso3166-2", country__code__in=["IT", "FR"]).exists()
    assert Region.objects.filter(scheme="iso3166-2", country__code="DE").exists()  # not in the file
