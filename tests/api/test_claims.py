from __future__ import annotations

import datetime as dt
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from accounts.models import User
from tests.api.helpers import (
    api_client_for,
    assert_matches_golden,
    depot_claim,
    publish,
    published_claim,
)
from tests.factories import make_article, make_claim, make_source
from verify.api.pagination import ClaimPagination, encode_cursor
from verify.models import Claim, Evidence, Verdict

pytestmark = pytest.mark.django_db


def test_claim_shape_is_pinned_by_the_stored_file(viewer: User, reviewer: User) -> None:
    claim = depot_claim(reviewer=reviewer)

    response = api_client_for(viewer).get(f"/api/v1/claims/{claim.pk}/")

    assert response.status_code == 200
    assert_matches_golden("claim", response.json())


def test_claim_carries_its_article_anchor_and_source(viewer: User, reviewer: User) -> None:
    claim = depot_claim(reviewer=reviewer)

    item = api_client_for(viewer).get(f"/api/v1/claims/{claim.pk}/").json()

    assert item["article"] == {
        "id": claim.article_id,
        "title": "Eastport bridge opens",
        "url": "https://news.example.org/eastport-bridge",
    }
    body = claim.article.body
    assert body[item["start"] : item["end"]] == item["text"]
    assert body[: item["start"]].endswith(item["prefix"])
    assert item["source"]["name"] == "Harbour Gazette"
    assert item["source"]["kind"] == "organization"
    assert item["verdict"]["label"] == "Unproven"
    assert item["ui_url"] == f"http://127.0.0.1:8000/claims/{claim.pk}/"


def test_proposed_verdict_is_not_shown(viewer: User, editor: User) -> None:
    claim = make_claim(
        status=Claim.Status.PROPOSED,
        verdict=Verdict.objects.get(label="False"),
        conclusion="Draft reasoning.",
        proposed_by=editor,
    )

    item = api_client_for(viewer).get(f"/api/v1/claims/{claim.pk}/").json()

    assert item["status"] == "proposed"
    assert item["verdict"] is None
    assert item["conclusion"] == ""


def test_list_filters_by_status_kind_and_source(viewer: User) -> None:
    source = make_source(name="Mayor Lind")
    wanted = published_claim(source=source)
    make_claim(source=source)  # new, not published
    published_claim()  # published, other source

    response = api_client_for(viewer).get(
        "/api/v1/claims/", {"status": "published", "kind": "claim", "source": str(source.pk)}
    )

    assert response.status_code == 200
    assert [item["id"] for item in response.json()["results"]] == [wanted.pk]


def test_list_filters_by_flag_verdict_and_article(viewer: User) -> None:
    flagged = published_claim(label="Unproven")
    flagged.flags = ["unsubstantiated", "hedged"]
    flagged.save()
    published_claim(label="Unproven")
    unproven = Verdict.objects.get(label="Unproven")
    client = api_client_for(viewer)

    by_flag = client.get("/api/v1/claims/", {"flag": "unsubstantiated"}).json()
    by_both = client.get(
        "/api/v1/claims/", {"verdict": str(unproven.pk), "article": str(flagged.article_id)}
    ).json()

    assert [item["id"] for item in by_flag["results"]] == [flagged.pk]
    assert [item["id"] for item in by_both["results"]] == [flagged.pk]


def test_text_search_matches_text_and_source_name(viewer: User) -> None:
    article = make_article(body="Report. The minister said harbour ferries will double in May.")
    by_text = make_claim(article=article)
    by_source = make_claim(source=make_source(name="Harbourside Council"))
    make_claim()
    client = api_client_for(viewer)

    found = client.get("/api/v1/claims/", {"q": "harbour", "ordering": "id"}).json()

    assert [item["id"] for item in found["results"]] == [by_text.pk, by_source.pk]


def test_updated_and_published_since_filters(viewer: User) -> None:
    old = published_claim()
    Claim.objects.filter(pk=old.pk).update(updated_at="2020-01-01T00:00:00Z")
    recent = published_claim()
    client = api_client_for(viewer)

    updated = client.get("/api/v1/claims/", {"updated_since": "2024-01-01T00:00:00Z"}).json()
    published = client.get("/api/v1/claims/", {"published_since": "2999-01-01T00:00:00Z"}).json()

    assert [item["id"] for item in updated["results"]] == [recent.pk]
    assert published["results"] == []


def test_ordering_by_checkworthiness(viewer: User) -> None:
    low, high = make_claim(checkworthiness=0.2), make_claim(checkworthiness=0.9)

    ascending = api_client_for(viewer).get("/api/v1/claims/", {"ordering": "checkworthiness"})

    assert [item["id"] for item in ascending.json()["results"]] == [low.pk, high.pk]


def _claims_for_paging() -> list[Claim]:
    """Ties on the score and on the publication time, and unpublished items (no time)."""
    t0 = dt.datetime(2026, 1, 5, 8, 0, tzinfo=dt.UTC)
    scores_and_times = [(0.5, t0), (0.9, None), (0.5, None), (0.1, t0), (0.5, t0), (0.7, None)]
    claims = []
    for score, at in scores_and_times:
        claim = make_claim(checkworthiness=score)
        claims.append(publish(claim, at=at) if at else claim)
    return claims


def _expected_order(claims: list[Claim], ordering: str) -> list[int]:
    """The documented order, worked out here: a missing value sorts after every value."""
    ordered = sorted(claims, key=lambda claim: claim.pk)
    for key in reversed(ClaimPagination.orderings[ordering]):
        ordered.sort(
            key=lambda claim: (getattr(claim, key.field) is None, getattr(claim, key.field) or 0),
            reverse=key.descending,
        )
    return [claim.pk for claim in ordered]


def _all_pages(client: Any, params: dict[str, str]) -> list[int]:
    seen: list[int] = []
    page = client.get("/api/v1/claims/", params).json()
    while True:
        seen += [item["id"] for item in page["results"]]
        if page["next"] is None:
            return seen
        page = client.get(page["next"]).json()


@pytest.mark.parametrize("ordering", sorted(ClaimPagination.orderings))
def test_list_pages_follow_next_in_order_without_repeats_or_gaps(
    viewer: User, ordering: str
) -> None:
    claims = _claims_for_paging()
    client = api_client_for(viewer)

    seen = _all_pages(client, {"ordering": ordering, "page_size": "2"})

    assert seen == _expected_order(claims, ordering)


def test_list_default_order_is_by_score_then_id(viewer: User) -> None:
    claims = _claims_for_paging()

    seen = _all_pages(api_client_for(viewer), {"page_size": "4"})

    assert seen == _expected_order(claims, "-checkworthiness")
    assert "count" not in api_client_for(viewer).get("/api/v1/claims/").json()


def test_filters_stay_on_every_page(viewer: User) -> None:
    source = make_source(name="Mayor Lind")
    wanted = [make_claim(source=source, checkworthiness=0.1 * n) for n in range(1, 6)]
    make_claim(checkworthiness=0.35)

    seen = _all_pages(api_client_for(viewer), {"source": str(source.pk), "page_size": "2"})

    assert seen == [claim.pk for claim in reversed(wanted)]


def test_cursor_of_another_ordering_is_refused(viewer: User) -> None:
    make_claim()
    make_claim()
    client = api_client_for(viewer)
    next_url = client.get("/api/v1/claims/", {"ordering": "id", "page_size": "1"}).json()["next"]
    query = {name: values[0] for name, values in parse_qs(urlsplit(next_url).query).items()}

    response = client.get(f"/api/v1/claims/?{urlencode({**query, 'ordering': '-id'})}")

    assert response.status_code == 400
    assert list(response.json()["error"]["fields"]) == ["cursor"]


def test_list_queries_do_not_grow_with_the_page(viewer: User, reviewer: User) -> None:
    for _ in range(12):
        claim = published_claim()
        Evidence.objects.create(claim=claim, url="https://e.example/1", added_by=reviewer)
    client = api_client_for(viewer)
    client.get("/api/v1/claims/")  # the first request after signing in stamps the session

    def queries(size: str) -> int:
        with CaptureQueriesContext(connection) as captured:
            page = client.get("/api/v1/claims/", {"page_size": size}).json()
        assert len(page["results"]) == int(size)
        assert all(item["evidence"] for item in page["results"])
        return len(captured)

    assert queries("12") == queries("2")


_LAST_TIME = "9999-12-31T23:59:59-01:00"


@pytest.mark.parametrize(
    "params",
    [
        {"status": "nonsense"},
        {"kind": "poem"},
        {"source": "abc"},
        {"article": str(10**30)},
        {"verdict": "-1"},
        {"updated_since": "yesterday"},
        {"published_since": "0001-01-01T00:00:00+14:00"},
        {"min_checkworthiness": "2"},
        {"flag": 'x" OR 1=1'},
        {"ordering": "text"},
        {"q": "x" * 500},
        {"q": "nul\x00char"},
        {"page": "2"},
        {"page": "first"},
        {"cursor": "bm90IGEgY3Vyc29y"},
        {"cursor": "LWlkfDk5OTk5OTk5OTk5OTk5OTk5OTk5OTk5"},
        # times at the ends of the calendar: SQLite's shift to UTC would overflow (a 500)
        {
            "ordering": "created_at",
            "cursor": encode_cursor(["created_at", "0001-01-01T00:00:00+01:00", 5]),
        },
        {"ordering": "-published_at", "cursor": encode_cursor(["-published_at", _LAST_TIME, 5])},
        {"page_size": "201"},
        {"ordering": "-text"},
        {"format": "xml"},
    ],
)
def test_invalid_parameters_answer_400_in_the_error_shape(
    viewer: User, params: dict[str, str]
) -> None:
    make_claim()

    response = api_client_for(viewer).get("/api/v1/claims/", params)

    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "invalid"
    assert set(error["fields"]) <= set(params)
    assert error["message"]


@pytest.mark.parametrize("pk", ["999999", str(2**70), "abc"])
def test_unknown_claim_is_404_in_the_error_shape(viewer: User, pk: str) -> None:
    response = api_client_for(viewer).get(f"/api/v1/claims/{pk}/")

    assert response.status_code == 404
    assert response.json() == {"error": {"code": "not_found", "message": "Not found."}}


def test_unknown_api_address_is_404_json(viewer: User) -> None:
    response = api_client_for(viewer).get("/api/v1/nothing-here/")

    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


def test_signed_out_caller_gets_an_error_not_the_login_page() -> None:
    response = api_client_for(None).get("/api/v1/claims/")

    assert response.status_code in (401, 403)
    assert response.json()["error"]["code"] == "not_authenticated"


def test_user_without_a_role_sees_nothing(no_role_user: User) -> None:
    make_claim()

    response = api_client_for(no_role_user).get("/api/v1/claims/")

    assert response.status_code == 403
    assert response.json()["error"]["code"] == "permission_denied"


def test_every_role_may_read(viewer: User, editor: User, reviewer: User, admin_user: User) -> None:
    claim = publish(make_claim())
    for user in (viewer, editor, reviewer, admin_user):
        response = api_client_for(user).get(f"/api/v1/claims/{claim.pk}/")
        assert response.status_code == 200, user.username


def test_claims_are_not_writable_through_the_api(admin_user: User) -> None:
    claim = make_claim()
    client = api_client_for(admin_user)

    assert client.post("/api/v1/claims/", {"text": "x"}).status_code == 405
    assert client.delete(f"/api/v1/claims/{claim.pk}/").status_code == 405
    assert Claim.objects.filter(pk=claim.pk).exists()
