"""Cursor pagination walks every row once, in order; ETags answer 304 when nothing changed."""

from api.helpers import published


def test_walking_the_cursor_visits_every_profile_once_in_order(api, people):
    for number in range(7):
        published(name_en=f"Walk {number}", slug=f"walk-{number}")
    seen, url = [], "organisations/?sort=name&page_size=3"
    pages = 0
    while url:
        body = api.get(url).json()
        seen += [row["slug"] for row in body["results"]]
        url = body["next"] and body["next"].removeprefix("http://testserver/api/v1/")
        pages += 1
    assert pages == 3
    assert seen == ["alpine-hydrogen-valley", "gifu-ceramics"] + [f"walk-{n}" for n in range(7)]


def test_the_relevance_order_pages_through_ties(api, people):
    for number in range(5):
        published(name_en=f"Hydrogen {number}", slug=f"hydrogen-{number}")
    first = api.get("organisations/?q=hydrogen&page_size=4").json()
    second = api.get(f"organisations/?q=hydrogen&page_size=4&cursor={first['next_cursor']}").json()
    slugs = [row["slug"] for row in first["results"] + second["results"]]
    assert sorted(slugs) == sorted({*slugs}) and len(slugs) == 6 and second["next"] is None
    assert slugs[-1] == "alpine-hydrogen-valley"  # its name holds the word, but does not start with it


def test_a_row_added_before_the_cursor_does_not_shift_the_next_page(api, people):
    for number in range(4):
        published(name_en=f"Stable {number}", slug=f"stable-{number}")
    first = api.get("organisations/?sort=name&page_size=3").json()
    published(name_en="Aaa First", slug="aaa-first")  # sorts before everything already seen
    second = api.get(f"organisations/?sort=name&page_size=3&cursor={first['next_cursor']}").json()
    assert [row["slug"] for row in second["results"]] == ["stable-1", "stable-2", "stable-3"]


def test_an_unchanged_list_answers_304_and_a_changed_one_200(api, people):
    first = api.get("organisations/")
    etag = first["ETag"]
    assert etag.startswith('"') and first["Cache-Control"] == "private, no-cache"
    again = api.get("organisations/", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304 and again.content == b"" and again["ETag"] == etag
    published(name_en="Newcomer", slug="newcomer")
    changed = api.get("organisations/", HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200 and changed["ETag"] != etag


def test_etags_on_details_and_several_tags(api, people):
    etag = api.get("organisations/gifu-ceramics/")["ETag"]
    response = api.get("organisations/gifu-ceramics/", HTTP_IF_NONE_MATCH=f'"other", {etag}')
    assert response.status_code == 304
    assert api.get("organisations/gifu-ceramics/", HTTP_IF_NONE_MATCH='"other"').status_code == 200
