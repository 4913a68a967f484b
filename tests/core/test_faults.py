"""Faults survived: the database connection dies in the middle of a request.

PostgreSQL only: the request's own backend is ended with ``pg_terminate_backend`` from a second
connection (what a database restart does to it), never the server itself. The request runs in
the live server, so Django's real request cycle (and its handling of broken connections) is used.
"""

import http.cookiejar
import urllib.error
import urllib.parse
import urllib.request

import psycopg
import pytest
from directory.factories import OrganisationFactory, UserFactory
from django.db import connection
from django.db.models.signals import post_save

from ejrc.core.models import ActivityLog
from ejrc.directory.models import ContactRequest

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def _postgresql_only():
    if connection.vendor != "postgresql":
        pytest.skip("terminating a backend needs PostgreSQL")


def terminate_own_backend(**kwargs):
    """Runs inside the request, after its first INSERT: another connection ends this one's backend."""
    pid = connection.connection.info.backend_pid
    settings = connection.settings_dict
    with psycopg.connect(host=settings["HOST"], port=settings["PORT"] or 5432, user=settings["USER"],
                         dbname=settings["NAME"], autocommit=True) as other:
        other.execute("SELECT pg_terminate_backend(%s)", [pid])


class Browser:
    """A minimal browser: keeps cookies, sends the CSRF token, reports status without raising."""

    def __init__(self, base, session_key):
        self.base, self.jar = base, http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))
        self.headers = {"Cookie": f"sessionid={session_key}"}

    def open(self, path, data=None):
        token = next((c.value for c in self.jar if c.name == "csrftoken"), "")
        headers = {**self.headers, "X-CSRFToken": token}
        if token:
            headers["Cookie"] += f"; csrftoken={token}"
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        request = urllib.request.Request(self.base + path, data=body, headers=headers)
        try:
            with self.opener.open(request) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()


def test_a_request_whose_database_connection_dies_fails_cleanly_and_the_next_one_works(live_server, client):
    organisation = OrganisationFactory(name_en="Alpine Hydrogen Cluster")
    person = UserFactory()
    client.force_login(person)
    browser = Browser(live_server.url, client.cookies["sessionid"].value)
    path = f"/en/directory/{organisation.slug}/contact/"
    assert browser.open(path)[0] == 200

    post_save.connect(terminate_own_backend, sender=ContactRequest, dispatch_uid="terminate")
    try:
        status, page = browser.open(path, {"message": "Half of this must not be saved"})
    finally:
        post_save.disconnect(sender=ContactRequest, dispatch_uid="terminate")
    assert status == 500 and "Something went wrong" in page
    assert not ContactRequest.objects.exists()
    assert not ActivityLog.objects.filter(action="directory.contact_request.create").exists()

    status, _page = browser.open(path, {"message": "Second try"})
    assert status == 200  # redirected to the profile, which opened
    assert ContactRequest.objects.get().message == "Second try"
    assert ActivityLog.objects.filter(action="directory.contact_request.create").count() == 1
