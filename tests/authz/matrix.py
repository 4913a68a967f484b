"""The authorisation matrix: every view of the project, for every role, with the expected answer.

A row names a URL, how to build its arguments from the :class:`World` (the people and objects
of ``conftest.py``), the method and form data, and the outcome for each role. Each app keeps
its rows in ``tests/authz/rows_<app>.py`` as a list ``ROWS``; this module collects them all, and
``test_matrix.py`` fails when a view of the project has no row.

Outcomes: an HTTP status (200, 302, 404, 405), or ``LOGIN`` for a redirect to the sign-in page.
"""

import importlib
import pkgutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

ROLES = ("anonymous", "member", "other_member", "org_admin", "office_staff", "other_staff", "organiser")
SIGNED_IN = ROLES[1:]
STAFF = ("office_staff", "other_staff")
LOGIN = "login"


@dataclass(frozen=True)
class Row:
    """One view and method: ``kwargs(world)`` builds the URL arguments, ``data(world)`` the form."""

    name: str
    expect: dict
    kwargs: Callable = lambda world: {}
    method: str = "GET"
    data: Callable = lambda world: {}
    label: str = ""
    # API rows: "token" sends each role's own personal API token, "session" signs in as on the
    # site; ``data(world)`` is then the JSON body. See ``api_request``.
    api: str = ""

    @property
    def id(self):
        return f"{self.method} {self.name}{f' ({self.label})' if self.label else ''}"


def api_request(client, row, url, person, world):
    """An API call of ``row`` as ``person``: with a fresh token of theirs, or their session."""
    import json

    from ejrc.api.domain.tokens import create_token

    headers = {}
    if person is not None and row.api == "token":
        headers["HTTP_AUTHORIZATION"] = "Bearer " + create_token(actor=person, name="matrix").secret
    elif person is not None:
        client.force_login(person)
    body = json.dumps(row.data(world)) if row.method not in ("GET", "DELETE") else ""
    return client.generic(row.method, url, body, content_type="application/json", **headers)


def only(status, *roles, anonymous=LOGIN, others=404):
    """``status`` for ``roles``; ``others`` (404: hidden) for the rest, ``anonymous`` for anonymous."""
    unknown = set(roles) - set(ROLES)
    assert not unknown, f"unknown roles {unknown}"
    return {role: status if role in roles else anonymous if role == "anonymous" else others for role in ROLES}


def everyone(status, anonymous=None):
    return {role: anonymous if role == "anonymous" and anonymous is not None else status for role in ROLES}


def slug(world):
    return {"slug": world.organisation.slug}


@dataclass
class Exemption:
    """Views the matrix does not cover, recognised by their view's module, with the reason."""

    module_prefix: str
    reason: str


EXEMPT = [
    Exemption("allauth.", "django-allauth's sign-in, sign-up, e-mail and password pages: public by design, "
                          "tested in tests/accounts"),
    Exemption("django.contrib.admin.", "the Django admin (back office): is_staff and model permissions"),
    Exemption("django.contrib.auth.admin", "the Django admin's password page for users"),
    Exemption("django.contrib.contenttypes.views", "the Django admin's 'view on site' redirect"),
    Exemption("django.views.generic.base", "the Django admin's redirects to change pages"),
]


def exemption_for(module):
    return next((e for e in EXEMPT if module.startswith(e.module_prefix)), None)


@dataclass
class Matrix:
    rows: list = field(default_factory=list)

    @property
    def names(self):
        return {row.name for row in self.rows}


def collect():
    """Every ``ROWS`` of the ``rows_*.py`` modules beside this one."""
    matrix = Matrix()
    folder = Path(__file__).parent
    for module in sorted(m.name for m in pkgutil.iter_modules([str(folder)]) if m.name.startswith("rows_")):
        rows = importlib.import_module(f"authz.{module}").ROWS
        for row in rows:
            assert set(row.expect) == set(ROLES), f"{row.id}: give an outcome for every role"
        matrix.rows.extend(rows)
    return matrix
