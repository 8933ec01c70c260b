from __future__ import annotations

import pytest

from accounts.models import User
from tests.api.helpers import (
    api_client_for,
    assert_matches_golden,
    depot_claim,
    publish,
    published_claim,
)
from tests.factories import make_article, make_claim, make_source
from verify.models import Claim, Verdict

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
        {"page": "999"},
        {"page": "first"},
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
