"""ClaimReview JSON-LD: the fields PRODUCT.md ("Exchange formats") requires and recommends."""

from __future__ import annotations

import datetime as dt
from typing import Any

import jsonschema  # type: ignore[import-untyped]
import pytest
from django.test import override_settings

from accounts.models import User
from tests.api.helpers import (
    api_client_for,
    assert_matches_golden,
    depot_claim,
    published_claim,
    row_of,
)
from tests.factories import make_article, make_source
from verify.api.schema import CLAIM_REVIEW
from verify.exports import Desk, RatingBounds, claim_review
from verify.models import Source

pytestmark = pytest.mark.django_db

# PRODUCT.md, "Exchange formats": every ClaimReview carries these...
REQUIRED = ["@context", "@type", "claimReviewed", "reviewRating", "url", "author", "datePublished"]
RATING_REQUIRED = ["@type", "alternateName"]
ITEM_REQUIRED = ["@type", "appearance", "firstAppearance"]
# ...and these wherever the desk knows them (a rated verdict, a known source and date).
RATING_RECOMMENDED = ["ratingValue", "bestRating", "worstRating"]
ITEM_RECOMMENDED = ["author", "datePublished"]


def assert_valid_claim_review(review: dict[str, Any], *, rated: bool = True) -> None:
    jsonschema.validate(review, CLAIM_REVIEW)  # what the OpenAPI schema promises
    for field in REQUIRED:
        assert review.get(field), field
    assert review["@context"] == "https://schema.org"
    assert review["@type"] == "ClaimReview"
    assert review["author"]["@type"] == "Organization"
    assert review["author"]["name"]
    rating = review["reviewRating"]
    assert rating["@type"] == "Rating"
    for field in RATING_REQUIRED + (RATING_RECOMMENDED if rated else []):
        assert field in rating, field
    if rated:
        assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
    item = review["itemReviewed"]
    for field in ITEM_REQUIRED + ITEM_RECOMMENDED:
        assert item.get(field), field
    assert item["@type"] == "Claim"
    assert item["author"]["@type"] in ("Person", "Organization")
    assert item["appearance"]["url"].startswith(("http://", "https://"))


def _reviews(user: User) -> list[dict[str, Any]]:
    response = api_client_for(user).get("/api/v1/export/claims/", {"format": "claimreview"})
    assert response.status_code == 200
    reviews: list[dict[str, Any]] = response.json()
    return reviews


def test_claimreview_document_is_pinned_by_the_stored_file(viewer: User, reviewer: User) -> None:
    depot_claim(reviewer=reviewer)

    assert_matches_golden("claimreview", _reviews(viewer))


@override_settings(VERIFY_DESK_NAME="Eastport Fact Desk", VERIFY_DESK_URL="https://facts.example")
def test_unproven_claim_by_an_organisation_exports_as_claimreview(
    viewer: User, reviewer: User
) -> None:
    claim = depot_claim(reviewer=reviewer, label="Unproven")

    [review] = _reviews(viewer)

    assert_valid_claim_review(review, rated=False)
    assert review["reviewRating"] == {"@type": "Rating", "alternateName": "Unproven"}
    assert review["claimReviewed"] == claim.text
    assert review["url"] == f"http://127.0.0.1:8000/claims/{claim.pk}/"
    assert review["author"] == {
        "@type": "Organization",
        "name": "Eastport Fact Desk",
        "url": "https://facts.example",
    }
    assert review["datePublished"] == "2026-04-14"
    item = review["itemReviewed"]
    assert item["author"] == {"@type": "Organization", "name": "Harbour Gazette"}
    assert item["datePublished"] == "2026-04-13"
    assert item["appearance"]["url"] == "https://news.example.org/eastport-bridge"
    assert item["firstAppearance"] == item["appearance"]


def test_rated_verdict_carries_its_value_within_the_scale(viewer: User, reviewer: User) -> None:
    depot_claim(reviewer=reviewer, label="Mostly false")

    [review] = _reviews(viewer)

    assert_valid_claim_review(review)
    assert review["reviewRating"] == {
        "@type": "Rating",
        "alternateName": "Mostly false",
        "ratingValue": 2,
        "bestRating": 5,
        "worstRating": 1,
    }


def test_person_source_becomes_a_person_with_job_title_and_wikidata() -> None:
    source = make_source(
        name="Ana Lind", kind=Source.Kind.PERSON, role_title="Mayor", wikidata_id="Q42"
    )
    claim = published_claim(
        source=source,
        article=make_article(published_on=dt.date(2026, 2, 1), url="https://x.example/a"),
    )

    review = claim_review(row_of(claim), desk=Desk("D", "https://d.example", "https://d.example"),
                          bounds=RatingBounds(worst=1, best=5))  # fmt: skip

    assert_valid_claim_review(review)
    assert review["itemReviewed"]["author"] == {
        "@type": "Person",
        "name": "Ana Lind",
        "jobTitle": "Mayor",
        "sameAs": "https://www.wikidata.org/wiki/Q42",
    }
    assert review["url"] == f"https://d.example/claims/{claim.pk}/"


def test_unattributed_claim_is_the_outlets_and_appears_on_the_desk_without_article_url() -> None:
    claim = published_claim(article=make_article(outlet="Example Times", url=""))

    review = claim_review(row_of(claim), desk=Desk("D", "https://d.example", "https://d.example"),
                          bounds=RatingBounds(worst=1, best=5))  # fmt: skip

    item = review["itemReviewed"]
    assert item["author"] == {"@type": "Organization", "name": "Example Times"}
    assert item["appearance"]["url"] == f"https://d.example/articles/{claim.article_id}/"
    assert "datePublished" not in item  # the article's date is unknown: nothing is made up
