"""The OpenAPI schema and the reference page."""

from __future__ import annotations

import re
from typing import Any

import jsonschema  # type: ignore[import-untyped]
import pytest
from django.contrib.staticfiles import finders
from django.core.management import call_command

from accounts.models import User
from tests.api.helpers import api_client_for

pytestmark = pytest.mark.django_db

ALWAYS_DOCUMENTED = {"400", "401", "403", "429"}


def _schema(user: User) -> dict[str, Any]:
    response = api_client_for(user).get("/api/schema/", {"format": "json"})
    assert response.status_code == 200
    schema: dict[str, Any] = response.json()
    return schema


def test_schema_validates_without_warnings(tmp_path: Any) -> None:
    call_command("spectacular", "--validate", "--fail-on-warn", "--file", tmp_path / "s.yaml")


def test_every_operation_documents_its_errors_and_parameters(viewer: User) -> None:
    paths = _schema(viewer)["paths"]
    assert set(paths) == {
        "/api/v1/claims/", "/api/v1/claims/{id}/", "/api/v1/claims/{id}/matches/",
        "/api/v1/export/claims/",
        "/api/v1/rating-scale/", "/api/v1/articles/", "/api/v1/articles/{id}/",
        "/api/v1/sources/", "/api/v1/sources/{id}/",
    }  # fmt: skip
    for path, operations in paths.items():
        for method, operation in operations.items():
            name = f"{method.upper()} {path}"
            assert set(operation["responses"]) >= ALWAYS_DOCUMENTED, name
            assert operation.get("summary"), name
            for parameter in operation.get("parameters", []):
                assert "schema" in parameter, (name, parameter["name"])
            for code, response in operation["responses"].items():
                if code >= "400":  # errors are JSON whatever format was asked for
                    assert list(response["content"]) == ["application/json"], (name, code)
            if "{id}" in path:
                assert "404" in operation["responses"], name


def test_export_documents_its_three_formats(viewer: User) -> None:
    export = _schema(viewer)["paths"]["/api/v1/export/claims/"]["get"]
    assert set(export["responses"]["200"]["content"]) == {
        "application/json", "application/ld+json", "text/csv",
    }  # fmt: skip
    names = {parameter["name"] for parameter in export["parameters"]}
    assert {"format", "since", "cursor", "page_size"} <= names


@pytest.mark.parametrize(
    "body",
    [{}, {"title": "No text"}, {"text": ""}, {"text": " \n\t "}, {"url": ""}, {"text": "A claim."}],
)
def test_ingest_body_schema_agrees_with_the_api(editor: User, body: dict[str, str]) -> None:
    # The schema says "a text with a character that is not whitespace, or a url"; a body it
    # rejects must be refused by the API, and one it accepts must be taken.
    schema = _schema(editor)["components"]["schemas"]["ArticleIngestRequest"]
    documented_valid = jsonschema.Draft7Validator(schema).is_valid(body)
    response = api_client_for(editor).post("/api/v1/articles/", body, format="json")
    assert response.status_code == (201 if documented_valid else 400), response.json()


def test_schema_is_for_signed_in_callers_only(db: None) -> None:
    assert api_client_for(None).get("/api/schema/").status_code == 401


def test_reference_page_sends_signed_out_visitors_to_sign_in(db: None) -> None:
    response = api_client_for(None).get("/api/docs/")

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_reference_page_runs_under_the_csp_from_local_files(viewer: User) -> None:
    client = api_client_for(viewer)

    page = client.get("/api/docs/")
    html = page.content.decode()
    script = client.get("/api/docs/", {"script": ""})

    assert page.status_code == 200
    assert "script-src 'self'" in page["Content-Security-Policy"]
    assert not re.search(r"<script(?![^>]*\bsrc=)", html)  # no inline script
    assert "<style" not in html
    assert " style=" not in html
    assets = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert assets
    for asset in assets:
        assert asset.startswith("/"), asset  # served here, never from a CDN
        if asset.startswith("/static/"):
            assert finders.find(asset.removeprefix("/static/")), asset
    assert script.status_code == 200
    assert script["Content-Type"].startswith("application/javascript")
    assert "SwaggerUIBundle" in script.content.decode()
