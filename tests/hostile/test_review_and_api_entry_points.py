"""The hostile corpus through the API's ingest and the claim page's forms (evidence,
comments, source names): stored exactly and shown as text, or refused with a 4xx that
says why, with nothing half-stored. ``javascript:`` URLs never become evidence."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse
from rest_framework.test import APIClient

from accounts.models import User
from tests.conftest import client_for
from tests.factories import make_claim
from tests.hostile import corpus
from tests.hostile.checks import assert_shown_as_text, says, snapshot, stored_article
from tests.hostile.corpus import IMG, SCRIPT, SVG, TextCase
from verify.models import Claim, Comment, Evidence, Source

pytestmark = pytest.mark.django_db
API_ARTICLES = "/api/v1/articles/"


@pytest.fixture(autouse=True)
def _limit(settings: Any) -> None:
    settings.VERIFY_MAX_ARTICLE_BYTES = corpus.MAX_BYTES


@pytest.fixture
def api(editor: User) -> APIClient:
    client = APIClient()
    client.force_login(editor)
    return client


def _error_text(response: Any) -> str:
    return json.dumps(response.json(), ensure_ascii=False)


@pytest.mark.parametrize("case", corpus.text_cases(), ids=[c.id for c in corpus.text_cases()])
def test_api_ingest_stores_exactly_or_refuses_with_a_reason(api: APIClient, case: TextCase) -> None:
    before = snapshot()
    response = api.post(API_ARTICLES, {"text": case.text, "title": case.title}, format="json")
    if case.stored is None:
        assert 400 <= response.status_code < 500, response.status_code
        assert says(_error_text(response), case.refusal + "|null characters"), _error_text(response)
        assert snapshot() == before
        return
    assert response.status_code == 201, response.content[:2000]
    article = stored_article(case.stored)
    assert response.json()["title"] == article.title


@pytest.mark.parametrize(
    "raw",
    [
        b'{"text": "lone \\ud800 surrogate"}',
        b'{"text": "nul \\u0000 inside"}',
        b'{"text": ["a", "list"]}',
        b'{"text": "ok", "published_on": "99999-99-99"}',
        b'{"text": "ok", "language": "<script>"}',
        b'{"text": "ok", "url": "javascript:alert(1)"}',
        b'{"text": ',
        b"\xff\xfe not json",
        b"[]",
    ],
)
def test_api_ingest_refuses_malformed_json_with_a_4xx(api: APIClient, raw: bytes) -> None:
    before = snapshot()
    response = api.post(API_ARTICLES, raw, content_type="application/json")
    assert 400 <= response.status_code < 500, response.content[:500]
    assert "error" in response.json()
    assert snapshot() == before


def test_api_refuses_a_body_over_the_limit_before_reading_it(api: APIClient) -> None:
    before = snapshot()
    text = "a" * (corpus.MAX_BYTES * 2)
    response = api.post(API_ARTICLES, {"text": text}, format="json")
    assert response.status_code == 413
    assert snapshot() == before


@pytest.mark.parametrize(
    "query",
    [*corpus.QUERY_STRINGS, "status=nonsense", "checkworthiness_min=abc", "article=-1",
     "published_after=2020-13-45", "id=99999999999999999999999", "cursor=%00garbage"],
)  # fmt: skip
@pytest.mark.parametrize("path", ["claims/", "articles/", "sources/", "export/claims/"])
def test_api_lists_answer_hostile_filters_with_a_page_or_a_4xx(
    api: APIClient, path: str, query: str
) -> None:
    make_claim()
    response = api.get(f"/api/v1/{path}?{query}")
    assert response.status_code < 500, (path, query, response.content[:500])
    assert response.status_code in (200, 400, 404), (path, query)


# --- the claim page's forms ---------------------------------------------------------------


@pytest.fixture
def claim_page(editor: User) -> tuple[Client, Claim]:
    claim = make_claim()
    return client_for(editor), claim


def _post(client: Client, claim: Claim, action: str, **data: Any) -> Any:
    claim.refresh_from_db()
    url = reverse(f"verify:claim-{action}", args=[claim.pk])
    return client.post(url, {"version": claim.version, **data})


@pytest.mark.parametrize(
    "url",
    ["javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "data:text/html,x",
     "vbscript:x", "java\tscript:alert(1)", "//evil.example/x", "file:///etc/passwd"],
)  # fmt: skip
def test_evidence_with_a_script_url_is_refused(claim_page: tuple[Client, Claim], url: str) -> None:
    client, claim = claim_page
    before = snapshot()
    response = _post(client, claim, "evidence", url=url, title="t", stance="context")
    if response.status_code < 400:  # accepted only as a harmless https URL
        evidence = Evidence.objects.get(claim=claim)
        assert evidence.url.startswith(("https://", "http://")), evidence.url
        return
    assert response.status_code == 400
    assert snapshot() == before


def test_evidence_and_comments_with_markup_are_stored_and_shown_as_text(
    claim_page: tuple[Client, Claim],
) -> None:
    client, claim = claim_page
    title, excerpt, comment = f"Evidence {SCRIPT}", f"Excerpt {SVG}", f"Comment {IMG} {SCRIPT}"
    response = _post(client, claim, "evidence", url="https://example.org/?q=<script>",
                     title=title, excerpt=excerpt, stance="refutes")  # fmt: skip
    assert response.status_code in (200, 302)
    assert _post(client, claim, "comment", body=comment).status_code in (200, 302)
    assert Evidence.objects.get(claim=claim).title == title
    assert Comment.objects.get(claim=claim).body == comment
    assert_shown_as_text(client, claim.get_absolute_url(), title, comment)


@pytest.mark.parametrize("body", ["", "   ", "nul\x00inside"], ids=["empty", "blank", "nul"])
def test_empty_or_nul_comments_are_refused(claim_page: tuple[Client, Claim], body: str) -> None:
    client, claim = claim_page
    before = snapshot()
    assert _post(client, claim, "comment", body=body).status_code == 400
    assert snapshot() == before


def test_a_source_named_with_markup_is_stored_and_shown_as_text(
    claim_page: tuple[Client, Claim],
) -> None:
    client, claim = claim_page
    name = f"Dr {IMG} Evil"
    response = _post(client, claim, "source", name=name, create="on", kind="person")
    assert response.status_code in (200, 302), response.content[:500]
    assert Source.objects.filter(name=name).exists()
    assert_shown_as_text(client, claim.get_absolute_url(), name)
