"""Every view of the project answers each role as its row in the matrix says.

Walks the URL resolver: a view that is neither in a ``rows_<app>.py`` nor exempt fails
``test_every_view_has_a_row``. See ``matrix.py`` for how to add rows.
"""

import pytest
from django.conf import settings
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from authz.matrix import LOGIN, ROLES, api_request, collect, exemption_for

MATRIX = collect()


def project_views(resolver=None, namespace=None):
    """``(name, view module)`` of every URL pattern, names with their namespace."""
    for pattern in (resolver or get_resolver()).url_patterns:
        if isinstance(pattern, URLResolver):
            inner = ":".join(part for part in (namespace, pattern.namespace) if part) or None
            yield from project_views(pattern, inner)
        elif isinstance(pattern, URLPattern):
            name = f"{namespace}:{pattern.name}" if namespace and pattern.name else pattern.name
            yield name, pattern.lookup_str


def test_every_view_has_a_row():
    missing = sorted({f"{name} ({module})" for name, module in project_views()
                      if not exemption_for(module) and name not in MATRIX.names})
    assert not missing, "views without a row in tests/authz/rows_<app>.py: " + ", ".join(missing)


def test_every_row_names_a_view():
    names = {name for name, _module in project_views()}
    assert MATRIX.names <= names, f"rows for views that do not exist: {MATRIX.names - names}"


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("row", MATRIX.rows, ids=lambda row: row.id)
def test_matrix(client, world, row, role):
    person = world.people[role]
    url = reverse(row.name, kwargs=row.kwargs(world))
    if row.api:
        response = api_request(client, row, url, person, world)
    else:
        if person is not None:
            client.force_login(person)
        response = client.post(url, row.data(world)) if row.method == "POST" else client.get(url)
    response.close()  # a file response keeps its file open until closed
    expected = row.expect[role]
    if expected == LOGIN:
        assert response.status_code == 302 and response["Location"].startswith(reverse(settings.LOGIN_URL)), (
            f"{row.id} for {role}: expected a redirect to sign in, got {response.status_code}")
    else:
        assert response.status_code == expected, f"{row.id} for {role}"
