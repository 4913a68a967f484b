"""Bad input answers with the right status and a problem document (RFC 9457), never a 500,
and changes nothing."""

import pytest

from ejrc.directory.models import ProfileRevision

PROBLEM = "application/problem+json"


def problem(response, status):
    assert response.status_code == status, response.content
    assert response["Content-Type"] == PROBLEM
    body = response.json()
    assert body["status"] == status and body["type"] == "about:blank" and body["title"] and body["detail"]
    return body


@pytest.fixture
def admin_api(as_user, people):
    return as_user(people["admin"])


def test_malformed_json_is_a_400(admin_api):
    body = problem(admin_api.call("PATCH", "me/organisations/alpine-hydrogen-valley/", raw='{"name_en": "x'), 400)
    assert body["code"] == "parse_error"
    assert not ProfileRevision.objects.exists()


def test_a_body_that_is_not_an_object_is_a_400(admin_api):
    body = problem(admin_api.call("PATCH", "me/organisations/alpine-hydrogen-valley/", ["a", "list"]), 400)
    assert body["code"] == "invalid_input"


def test_unknown_fields_are_refused_by_name(admin_api):
    body = problem(admin_api.call("PATCH", "me/organisations/alpine-hydrogen-valley/",
                                  {"name_en": "New name", "nmae_ja": "typo"}), 400)
    assert body["errors"] == {"nmae_ja": ["Unknown field."]}
    assert not ProfileRevision.objects.exists()


def test_unknown_nested_fields_are_refused_too(admin_api):
    body = problem(admin_api.call("PATCH", "me/organisations/alpine-hydrogen-valley/",
                                  {"contacts": [{"name": "A", "fax": "1"}]}), 400)
    assert body["errors"] == {"contacts.0.fax": ["Unknown field."]}


def test_wrong_types_are_a_400_naming_the_fields(admin_api):
    body = problem(admin_api.call("PATCH", "me/organisations/alpine-hydrogen-valley/",
                                  {"member_count": "many", "sectors": "cluster:S001", "country": "ZZ"}), 400)
    assert set(body["errors"]) == {"member_count", "sectors", "country"}


def test_a_wrong_content_type_is_a_415(admin_api):
    response = admin_api.call("PATCH", "me/organisations/alpine-hydrogen-valley/", raw="name_en=x",
                              content_type="application/x-www-form-urlencoded")
    problem(response, 415)


@pytest.mark.parametrize("size", ["101", "100000000000000000000", "0", "-1", "ten", "1.5"])
def test_page_sizes_out_of_bounds_are_a_400(api, people, size):
    body = problem(api.get(f"organisations/?page_size={size}"), 400)
    assert list(body["errors"]) == ["page_size"]


@pytest.mark.parametrize("cursor", ["-1", "0", "abc", "eyJzIjoibmFtZSIsInYiOlsxXX0:1:forged", "' OR 1=1 --"])
def test_forged_or_negative_cursors_are_a_400(api, people, cursor):
    body = problem(api.get("organisations/", QUERY_STRING=f"cursor={cursor}"), 400)
    assert body["code"] == "invalid_cursor"


def test_a_cursor_of_another_sort_is_refused(api, people):
    cursor = api.get("organisations/?sort=name&page_size=1").json()["next_cursor"]
    assert problem(api.get(f"organisations/?sort=updated&cursor={cursor}"), 400)["code"] == "invalid_cursor"
    assert problem(api.get(f"places/countries/?cursor={cursor}"), 400)["code"] == "invalid_cursor"


def test_unknown_query_parameters_and_bad_filter_values_are_a_400(api, people):
    assert list(problem(api.get("organisations/?knd=cluster"), 400)["errors"]) == ["knd"]
    assert list(problem(api.get("organisations/?kind=castle"), 400)["errors"]) == ["kind.0"]
    assert list(problem(api.get("organisations/?sort=random"), 400)["errors"]) == ["sort"]
    assert list(problem(api.get("places/regions/?level=x"), 400)["errors"]) == ["level"]
    assert list(problem(api.get("organisations/?q=" + "x" * 201), 400)["errors"]) == ["q"]


def test_nul_characters_are_refused_not_sent_to_the_database(api, admin_api, people):
    assert problem(api.get("organisations/?q=a%00b"), 400)["errors"]
    assert problem(admin_api.call("PATCH", "me/organisations/alpine-hydrogen-valley/",
                                  {"name_en": "a\x00b"}), 400)["errors"]


def test_unknown_addresses_and_methods(api, people):
    assert problem(api.get("nothing-here/"), 404)["code"] == "not_found"
    assert problem(api.call("PATCH", "me/organisations/%0A%5C/", {}), 404)["code"] == "not_found"
    assert "did you mean /api/v1/organisations/?" in problem(api.get("organisations"), 404)["detail"]
    assert problem(api.get("organisations/no-such-profile/"), 404)["code"] == "not_found"
    assert problem(api.call("DELETE", "organisations/"), 405)["code"] == "method_not_allowed"
    assert problem(api.call("POST", "places/countries/FR/", {}), 405)


def test_anonymous_writes_are_a_401_with_the_scheme(api, people):
    response = api.call("PATCH", "me/organisations/alpine-hydrogen-valley/", {"name_en": "x"})
    assert problem(response, 401)["code"] == "not_authenticated"
    assert response["WWW-Authenticate"] == 'Bearer realm="api"'


def test_problems_speak_the_callers_language(api, people):
    body = problem(api.get("organisations/?page_size=500", HTTP_ACCEPT_LANGUAGE="ja"), 400)
    assert body["detail"] == "リクエストは受け付けられませんでした。errors を参照してください。"


def test_an_accept_header_asking_for_html_still_gets_json(api, people):
    response = api.get("organisations/", HTTP_ACCEPT="text/html")
    assert response.status_code == 200 and response["Content-Type"] == "application/json"


def test_a_body_too_large_is_a_413(admin_api, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
    response = admin_api.call("PATCH", "me/organisations/alpine-hydrogen-valley/", {"description_en": "x" * 2000})
    problem(response, 413)


def test_json_nested_too_deeply_is_a_400(admin_api):
    body = problem(admin_api.call("PATCH", "me/organisations/alpine-hydrogen-valley/", raw="[" * 100_000), 400)
    assert body["code"] == "parse_error"
