from __future__ import annotations

from typing import Any

import pytest
from django.test import override_settings

from accounts.models import User
from tests.api.helpers import api_client_for
from tests.factories import make_article, make_claim, make_source
from verify.fetch import FetchFailed, Page
from verify.models import Article
from verify.services import url_ingest

pytestmark = pytest.mark.django_db

ARTICLES = "/api/v1/articles/"
TEXT = (
    "Eastport, 3 May. The mayor said the new ferry line carried 12,000 passengers in April. "
    '"We will double the timetable by June," the mayor told reporters.'
)


def test_editor_ingests_text_and_gets_the_article_with_its_items(editor: User) -> None:
    response = api_client_for(editor).post(
        ARTICLES,
        {"text": TEXT, "title": "Ferry line", "outlet": "Example Times",
         "url": "https://news.example.org/ferry", "published_on": "2026-05-03"},
    )  # fmt: skip

    assert response.status_code == 201
    article = response.json()
    stored = Article.objects.get(pk=article["id"])
    assert stored.body == TEXT
    assert stored.ingested_by == editor
    assert article["title"] == "Ferry line"
    assert article["published_on"] == "2026-05-03"
    assert article["body"] == TEXT
    assert article["items_count"] == len(article["items"]) == stored.claims.count()
    for item in article["items"]:
        assert TEXT[item["start"] : item["end"]] == item["text"]
    assert response["Location"] == f"http://127.0.0.1:8000/articles/{stored.pk}/"


def test_same_text_again_answers_200_with_the_existing_article(editor: User) -> None:
    client = api_client_for(editor)
    first = client.post(ARTICLES, {"text": TEXT})

    again = client.post(ARTICLES, {"text": TEXT, "title": "Another title"})

    assert again.status_code == 200
    assert again.json()["id"] == first.json()["id"]
    assert Article.objects.count() == 1


def test_text_is_stored_exactly_with_its_surrounding_whitespace(editor: User) -> None:
    text = "  Emoji 🚢 and Ελληνικά: the port said so.\n"

    response = api_client_for(editor).post(ARTICLES, {"text": text})

    assert response.status_code == 201
    assert Article.objects.get().body == text


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({}, None),
        ({"text": "   \n  "}, None),
        ({"text": TEXT, "published_on": "yesterday"}, "published_on"),
        ({"text": TEXT, "url": "not a url"}, "url"),
        ({"text": TEXT, "title": "x" * 501}, "title"),
        ({"text": TEXT, "language": "english!"}, "language"),
        ({"text": TEXT, "title": "nul\x00"}, "title"),
    ],
)
def test_invalid_ingest_bodies_answer_400(
    editor: User, payload: dict[str, Any], field: str | None
) -> None:
    response = api_client_for(editor).post(ARTICLES, payload)

    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "invalid"
    if field is not None:
        assert field in error["fields"]
    assert Article.objects.count() == 0


def test_refusal_of_the_ingest_service_is_400_with_its_message(editor: User) -> None:
    response = api_client_for(editor).post(ARTICLES, {"text": "\x01\x02\x03\x04\x05 text"})

    assert response.status_code == 400
    assert response.json()["error"] == {
        "code": "ingest_refused",
        "message": "This does not look like text: it is full of control characters.",
    }


@override_settings(VERIFY_MAX_ARTICLE_BYTES=100)
def test_text_over_the_size_limit_is_refused(editor: User) -> None:
    response = api_client_for(editor).post(ARTICLES, {"text": "word " * 40})

    assert response.status_code == 400
    assert "the limit is 100 bytes" in response.json()["error"]["message"]


@override_settings(DATA_UPLOAD_MAX_MEMORY_SIZE=1000)
def test_body_larger_than_any_article_is_refused_before_reading(editor: User) -> None:
    response = api_client_for(editor).post(ARTICLES, {"text": "word " * 400})

    assert response.status_code == 413
    assert response.json()["error"]["code"] == "payload_too_large"


def test_form_encoded_body_is_refused_as_unsupported(editor: User) -> None:
    response = api_client_for(editor).post(ARTICLES, {"text": TEXT}, format="multipart")

    assert response.status_code == 415
    assert response.json()["error"]["code"] == "unsupported_media_type"


PAGE = (
    "<html><head><title>Ferry line doubles</title></head><body><article>"
    "<h1>Ferry line doubles</h1><p>" + TEXT + "</p></article></body></html>"
)


def test_url_only_ingest_fetches_the_page_and_stores_its_text(
    editor: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fake_fetch(url: str, policy: Any) -> Page:
        return Page(url=url, body=PAGE.encode(), content_type="text/html", charset="utf-8")

    monkeypatch.setattr(url_ingest, "fetch", fake_fetch)

    response = api_client_for(editor).post(ARTICLES, {"url": "https://news.example.org/a"})

    assert response.status_code == 201
    article = Article.objects.get()
    assert article.url == "https://news.example.org/a"
    assert "12,000 passengers" in article.body


def test_url_on_an_internal_network_is_refused(editor: User) -> None:
    response = api_client_for(editor).post(ARTICLES, {"url": "http://10.0.0.1/a"})

    assert response.status_code == 400
    assert response.json()["error"]["code"] == "ingest_refused"
    assert Article.objects.count() == 0


def test_page_that_cannot_be_fetched_this_time_answers_400_url_fetch_failed(
    editor: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    def failing_fetch(url: str, policy: Any) -> Page:
        raise FetchFailed("the server did not answer in time")

    monkeypatch.setattr(url_ingest, "fetch", failing_fetch)

    response = api_client_for(editor).post(ARTICLES, {"url": "https://news.example.org/a"})

    assert response.status_code == 400
    assert response.json()["error"]["code"] == "url_fetch_failed"
    assert "did not answer in time" in response.json()["error"]["message"]


def test_viewer_may_not_ingest(viewer: User) -> None:
    response = api_client_for(viewer).post(ARTICLES, {"text": TEXT})

    assert response.status_code == 403
    assert Article.objects.count() == 0


def test_article_list_and_detail(viewer: User) -> None:
    article = make_article(title="Harbour report")
    make_article(title="Other")
    make_claim(article=article)
    client = api_client_for(viewer)

    found = client.get(ARTICLES, {"q": "harbour"}).json()
    detail = client.get(f"{ARTICLES}{article.pk}/").json()

    assert [a["id"] for a in found["results"]] == [article.pk]
    assert "body" not in found["results"][0]
    assert found["results"][0]["items_count"] == 1
    assert detail["body"] == article.body
    assert len(detail["items"]) == 1
    assert "article" not in detail["items"][0]


def test_sources_search_by_name_and_alias(viewer: User) -> None:
    from verify.services.sources import source_create

    lind = source_create(name="Ana Lind", aliases=["Mayor Lind"])
    make_source(name="Port Authority")

    by_alias = api_client_for(viewer).get("/api/v1/sources/", {"q": "mayor"}).json()

    assert [s["id"] for s in by_alias["results"]] == [lind.pk]
    assert by_alias["results"][0]["aliases"] == ["Mayor Lind"]


def test_rating_scale_lists_each_verdict_with_its_claimreview_values(viewer: User) -> None:
    scale = api_client_for(viewer).get("/api/v1/rating-scale/").json()

    by_label = {verdict["label"]: verdict for verdict in scale}
    assert list(by_label) == [
        "True", "Mostly true", "Mixed", "Misleading", "Mostly false", "False", "Unproven"
    ]  # fmt: skip
    assert by_label["True"]["claimreview"] == {
        "@type": "Rating", "alternateName": "True",
        "ratingValue": 5, "bestRating": 5, "worstRating": 1,
    }  # fmt: skip
    assert by_label["Unproven"]["claimreview"] == {"@type": "Rating", "alternateName": "Unproven"}
    assert by_label["False"]["definition"] == "The claim is not accurate."
