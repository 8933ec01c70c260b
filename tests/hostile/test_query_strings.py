"""Hostile query strings and path numbers on every page: a page or a 404, never a 500."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from accounts.models import User
from tests.conftest import client_for
from tests.factories import make_claim
from tests.hostile.corpus import PAYLOADS, QUERY_STRINGS

pytestmark = pytest.mark.django_db

LISTS = ["verify:article-list", "verify:claim-list", "verify:article-ingest"]
HUGE = ["0", "9223372036854775807", "9223372036854775808", "9" * 40]


@pytest.fixture
def client(editor: User) -> Client:
    make_claim()
    return client_for(editor)


@pytest.mark.parametrize("query", QUERY_STRINGS)
@pytest.mark.parametrize("name", LISTS)
def test_lists_answer_hostile_query_strings_with_a_page(
    client: Client, name: str, query: str
) -> None:
    response = client.get(f"{reverse(name)}?{query}")
    assert response.status_code == 200
    content = response.content.decode()
    assert not any(payload in content for payload in PAYLOADS if "<" in payload)


@pytest.mark.parametrize("query", QUERY_STRINGS)
def test_detail_pages_ignore_hostile_query_strings(client: Client, query: str) -> None:
    claim = make_claim()
    for url in (claim.get_absolute_url(), claim.article.get_absolute_url()):
        assert client.get(f"{url}?{query}").status_code == 200


@pytest.mark.parametrize("number", HUGE)
@pytest.mark.parametrize("prefix", ["/articles/", "/claims/"])
def test_out_of_range_ids_in_the_path_are_404(client: Client, prefix: str, number: str) -> None:
    assert client.get(f"{prefix}{number}/").status_code == 404


@pytest.mark.parametrize("path", ["/articles/-1/", "/claims/1e9/", "/articles/%00/", "/claims/x/"])
def test_malformed_ids_in_the_path_are_404(client: Client, path: str) -> None:
    assert client.get(path).status_code == 404
