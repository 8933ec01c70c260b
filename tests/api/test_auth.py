"""Tokens, roles and rates: who may call the API, and how often."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework.test import APIClient

from accounts.models import User
from accounts.services import api_token_create, api_token_revoke
from tests.api.helpers import published_claim
from verify.models import Article, Evidence

pytestmark = pytest.mark.django_db

TEXT = "Eastport, 3 May. The mayor said the ferry line carried 12,000 passengers in April."


def _client(header: str) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=header)
    return client


@pytest.mark.parametrize("scheme", ["Token", "Bearer"])
def test_token_reads_the_api(viewer: User, scheme: str) -> None:
    claim = published_claim()
    _, key = api_token_create(user=viewer, name="CMS")

    response = _client(f"{scheme} {key}").get("/api/v1/export/claims/", {"format": "claimreview"})

    assert response.status_code == 200
    assert response.json()[0]["url"].endswith(f"/claims/{claim.pk}/")


def test_read_only_token_never_writes_even_for_an_admin(admin_user: User) -> None:
    _, key = api_token_create(user=admin_user, name="Research", read_only=True)
    client = _client(f"Token {key}")

    response = client.post("/api/v1/articles/", {"text": TEXT})

    assert response.status_code == 403
    assert response.json()["error"]["code"] == "permission_denied"
    assert Article.objects.count() == 0
    assert client.get("/api/v1/articles/").status_code == 200


def test_writing_token_of_an_editor_ingests(editor: User) -> None:
    _, key = api_token_create(user=editor, name="Newsroom feed")

    response = _client(f"Token {key}").post("/api/v1/articles/", {"text": TEXT})

    assert response.status_code == 201


def test_writing_token_of_a_viewer_still_cannot_ingest(viewer: User) -> None:
    _, key = api_token_create(user=viewer, name="Feed")

    response = _client(f"Token {key}").post("/api/v1/articles/", {"text": TEXT})

    assert response.status_code == 403


@pytest.mark.parametrize("header", ["Token nonsense", "Bearer", "Token a b"])
def test_bad_credentials_answer_401_with_the_scheme(header: str) -> None:
    response = _client(header).get("/api/v1/claims/")

    assert response.status_code == 401
    assert response["WWW-Authenticate"] == 'Token realm="api"'
    assert response.json()["error"]["code"] == "authentication_failed"


def test_revoked_token_is_refused(viewer: User) -> None:
    token, key = api_token_create(user=viewer, name="Old")
    api_token_revoke(token=token)

    assert _client(f"Token {key}").get("/api/v1/claims/").status_code == 401


def test_no_credentials_answer_401(db: None) -> None:
    response = APIClient().get("/api/v1/export/claims/")

    assert response.status_code == 401
    assert response.json()["error"]["code"] == "not_authenticated"


def test_token_of_a_user_without_role_is_refused(no_role_user: User) -> None:
    _, key = api_token_create(user=no_role_user, name="x")

    assert _client(f"Token {key}").get("/api/v1/claims/").status_code == 403


def test_each_token_has_its_own_rate_and_429_says_when_to_retry(
    viewer: User, settings: Any
) -> None:
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"read": "2/minute", "export": "1/minute", "write": "1/minute"},
    }
    _, first_key = api_token_create(user=viewer, name="one")
    _, second_key = api_token_create(user=viewer, name="two")
    first, second = _client(f"Token {first_key}"), _client(f"Token {second_key}")

    answers = [first.get("/api/v1/claims/").status_code for _ in range(3)]
    limited = first.get("/api/v1/claims/")

    assert answers == [200, 200, 429]
    assert limited.status_code == 429
    assert 0 < int(limited["Retry-After"]) <= 60
    assert limited.json()["error"]["code"] == "throttled"
    assert second.get("/api/v1/claims/").status_code == 200
    assert first.get("/api/v1/export/claims/").status_code == 200  # its own scope


def test_token_list_request_queries(viewer: User, reviewer: User) -> None:
    """Token with user, the user's groups and permissions, the page, the scale, the evidence."""
    claim = published_claim()
    Evidence.objects.create(claim=claim, url="https://e.example/1", added_by=reviewer)
    _, key = api_token_create(user=viewer, name="CMS")
    client = _client(f"Token {key}")
    client.get("/api/v1/claims/")  # the first use stamps the token's last use
    with CaptureQueriesContext(connection) as captured:
        assert client.get("/api/v1/claims/").status_code == 200
    assert len(captured) == 5
