"""Knowledge through the API: published best practices (each language version a row, searched
as in the library), funding instruments with their deadlines, and news."""

import pytest
from directory.factories import StaffUserFactory
from knowledge.factories import instrument, post, published_practice, submitted_practice

from ejrc.knowledge.models import Post


@pytest.fixture
def reviewer(people):
    return StaffUserFactory()


def test_best_practices_are_the_published_versions_searched_as_in_the_library(api, people, reviewer):
    shown = published_practice(author=people["admin"], organisation=people["organisation"], reviewer=reviewer)
    submitted_practice(author=people["admin"], organisation=people["organisation"], title="Not yet reviewed")
    rows = api.get("best-practices/").json()["results"]
    assert [(row["id"], row["language"], row["organisation"]) for row in rows] == [
        (shown.pk, "en", "alpine-hydrogen-valley")]
    assert rows[0]["links"] == ["https://example.org/case"] and rows[0]["cooperation_type"] == "innovation"
    assert [r["id"] for r in api.get("best-practices/?q=hydrogen").json()["results"]] == [shown.pk]
    assert api.get("best-practices/?q=nothing-like-it").json()["results"] == []
    assert api.get("best-practices/?language=ja").json()["results"] == []
    assert api.get("best-practices/?type=trade").json()["results"] == []
    assert api.get(f"best-practices/{shown.pk}/").json()["title"] == shown.title
    pending = people["organisation"].best_practices.get(status="pending")
    assert api.get(f"best-practices/{pending.pk}/").status_code == 404


def test_funding_instruments_with_their_deadlines(api, people):
    instrument("horizon-test")
    instrument("hidden", published=False)
    rows = api.get("funding-instruments/").json()["results"]
    assert [row["slug"] for row in rows] == ["horizon-test"]
    assert rows[0]["name"] == {"en": "Horizon Test", "ja": "ホライズン試験"}
    assert rows[0]["deadlines"][0]["label"] == {"en": "Call one", "ja": "第1回"}
    assert api.get("funding-instruments/hidden/").status_code == 404


def test_news_newest_first_with_filters(api, people):
    older = post("Older")
    newer = post("ニュース", language="ja", kind="report")
    draft = post("Draft")
    Post.objects.filter(pk=draft.pk).update(published=False)
    assert [row["id"] for row in api.get("news/").json()["results"]] == [newer.pk, older.pk]
    assert [row["id"] for row in api.get("news/?language=en").json()["results"]] == [older.pk]
    assert [row["id"] for row in api.get("news/?kind=report").json()["results"]] == [newer.pk]
    assert api.get(f"news/{older.pk}/").json()["body"] == "<p>Text.</p>"
    assert api.get("news/?language=fr").status_code == 400


@pytest.mark.parametrize("count", [1, 4])
@pytest.mark.parametrize(("path", "queries"), [("best-practices/", 2), ("best-practices/?q=hydrogen", 2),
                                               ("funding-instruments/", 3), ("news/", 2)])
def test_knowledge_lists_take_a_fixed_number_of_queries(api, people, reviewer, count, path, queries,
                                                        django_assert_num_queries):
    for n in range(count):
        published_practice(author=people["admin"], organisation=people["organisation"], reviewer=reviewer)
        instrument(f"instrument-{n}")
        post(f"News {n}").tags.create(slug=f"tag-{n}", name_en=f"Tag {n}")
    with django_assert_num_queries(queries):
        response = api.get(path)
    assert len(response.json()["results"]) == count
