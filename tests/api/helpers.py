"""Helpers of the API tests: a JSON client, published profiles, tokens."""

import json

from directory.factories import OrganisationFactory

from ejrc.api.domain.tokens import create_token
from ejrc.directory.domain.search import refresh_search_text


class Api:
    """The test client speaking JSON to /api/v1/, with a token when given one."""

    def __init__(self, client, token=None):
        self.client, self.token = client, token

    def call(self, method, path, body=None, *, raw=None, content_type="application/json", **headers):
        if self.token:
            headers.setdefault("HTTP_AUTHORIZATION", f"Bearer {self.token}")
        data = raw if raw is not None else (json.dumps(body) if body is not None else "")
        return self.client.generic(method, f"/api/v1/{path}", data, content_type=content_type, **headers)

    def get(self, path, **headers):
        return self.call("GET", path, **headers)


def published(**fields):
    organisation = OrganisationFactory(**fields)
    refresh_search_text(organisation)
    return organisation


def token_of(user, **fields):
    return create_token(actor=user, name=fields.pop("name", "test"), **fields).secret
