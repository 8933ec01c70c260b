"""The API issue's "Done when", end to end: the seed article's "military staging area" claim,
checked and published as Unproven through the review services, leaves the export as a
ClaimReview naming Russian state media as the claim's author and the article as appearance."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from accounts.models import User
from accounts.services import api_token_create
from verify.models import Claim, Verdict
from verify.services import review
from verify.services.ingest import article_ingest

pytestmark = pytest.mark.django_db


def _publish_staging_area_claim(seed_text: str, editor: User, reviewer: User) -> Claim:
    article_ingest(text=seed_text, url="https://news.example.org/trump-putin-call", user=editor)
    claim = Claim.objects.get(kind=Claim.Kind.CLAIM, text__contains="military staging area")
    claim = review.claim_take(user=editor, pk=claim.pk)
    review.evidence_add(
        user=editor,
        pk=claim.pk,
        version=claim.version,
        url="https://factcheck.example.org/sumy",
        title="No sign of troops at the Sumy strike site",
        stance="context",
    )
    claim.refresh_from_db()
    claim = review.claim_propose(
        user=editor,
        pk=claim.pk,
        version=claim.version,
        verdict=Verdict.objects.get(label="Unproven"),
        conclusion="Russian state media gave no evidence for the claim.",
    )
    return review.claim_publish(user=reviewer, pk=claim.pk, version=claim.version)


def test_published_staging_area_claim_exports_as_claimreview(
    seed_text: str, editor: User, reviewer: User, settings: Any
) -> None:
    settings.VERIFY_EXPORT_SETTLE_SECONDS = 0
    claim = _publish_staging_area_claim(seed_text, editor, reviewer)
    assert claim.status == Claim.Status.PUBLISHED
    _, key = api_token_create(user=editor, name="CMS", read_only=True)

    response = Client().get(
        "/api/v1/export/claims/?format=claimreview", HTTP_AUTHORIZATION=f"Token {key}"
    )

    assert response.status_code == 200
    documents = response.json()  # a JSON-LD array; the next page is in the Link header
    assert len(documents) == 1
    review_doc = documents[0]
    assert review_doc["@type"] == "ClaimReview"
    assert review_doc["reviewRating"]["alternateName"] == "Unproven"
    assert "military staging area" in review_doc["claimReviewed"]
    author = review_doc["itemReviewed"]["author"]
    assert author["name"] == "Russian state media"
    assert author["@type"] == "Organization"
    for field in ("appearance", "firstAppearance"):
        assert (
            review_doc["itemReviewed"][field]["url"] == "https://news.example.org/trump-putin-call"
        )
