"""The OpenAPI document validates, and the interactive docs come from vendored files that the
site's Content-Security-Policy allows (no CDN, no inline script)."""

import json
import re

from drf_spectacular.validation import validate_schema


def test_the_openapi_document_validates_and_lists_every_area(client, db):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200 and response["Content-Type"].startswith("application/vnd.oai.openapi+json")
    document = json.loads(response.content)
    validate_schema(document)  # the OpenAPI 3.0 JSON schema; raises on an invalid document
    assert document["openapi"].startswith("3.0")
    paths = set(document["paths"])
    assert {"/api/v1/organisations/", "/api/v1/opportunities/", "/api/v1/events/{slug}/programme/",
            "/api/v1/places/regions/", "/api/v1/me/organisations/{slug}/", "/api/v1/me/opportunities/"} <= paths
    listing = document["paths"]["/api/v1/organisations/"]["get"]
    assert {p["name"] for p in listing["parameters"]} >= {"q", "kind", "sector", "cursor", "page_size"}
    assert "application/problem+json" in listing["responses"]["400"]["content"]
    assert document["components"]["securitySchemes"]["token"] == {
        "type": "http", "scheme": "bearer",
        "description": "A personal API token, made on the site under My space › API tokens."}


def test_the_docs_page_loads_only_vendored_scripts_allowed_by_the_csp(client, db):
    response = client.get("/api/v1/docs/")
    assert response.status_code == 200
    html = response.content.decode()
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "cdn" not in html.lower()
    scripts = re.findall(r"<script([^>]*)>(.*?)</script>", html, re.S)
    assert scripts and all('src="' in attributes and not body.strip() for attributes, body in scripts)
    sources = [re.search(r'src="([^"]+)"', attributes).group(1) for attributes, _body in scripts]
    for source in sources:
        assert source.startswith("/"), source  # same origin
        asset = client.get(source)
        assert asset.status_code == 200, source
        asset.close()
    assert any("swagger-ui-bundle.js" in source for source in sources)
    init = client.get(next(source for source in sources if "script=" in source))
    assert init["Content-Type"].startswith("application/javascript") and b"/api/v1/openapi.json" in init.content
    stylesheet = re.search(r'<link rel="stylesheet" href="([^"]+)"', html).group(1)
    sheet = client.get(stylesheet)
    sheet.close()
    assert stylesheet.startswith("/static/") and sheet.status_code == 200
