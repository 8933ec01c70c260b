"""Claim matching in Verify: matches found at ingest, the "Already checked?" panel, link and
dismiss, the queue's filter and badge, and the API."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from django.urls import reverse

from accounts.models import User
from tests.conftest import client_for
from verify.models import Article, Claim, ClaimEvent, ClaimMatch, Evidence, Verdict
from verify.services import matching
from verify.services.ingest import article_ingest
from verify.services.review import ReviewRefused

pytestmark = pytest.mark.django_db

FIRST = (
    "Officials in the region said Russian strikes on Kharkiv killed nine civilians on Tuesday. "
    "The council said the new footbridge over the river cost 40 million euros to build."
)
REPEAT = "Nine civilians were killed by Russian strikes on Kharkiv, officials in the region said."
OTHERS = (
    "The festival in Lviv drew record crowds of visitors this summer.",
    "Farmers said the harvest of wheat was smaller than last year because of drought.",
    "The central bank kept its main interest rate unchanged at its meeting.",
)


@pytest.fixture(autouse=True)
def _fresh_stats() -> Iterator[None]:
    # the statistics cache is per process; each test's database starts from nothing
    matching.archive_stats_reset()
    yield
    matching.archive_stats_reset()


def ingest(text: str, editor: User) -> Article:
    return article_ingest(text=text, user=editor).article


def claim_of(article: Article, word: str) -> Claim:
    return article.claims.get(kind=Claim.Kind.CLAIM, text__icontains=word)


def publish(claim: Claim, editor: User) -> Claim:
    verdict = Verdict.objects.get(label="True")
    Evidence.objects.create(
        claim=claim, url="https://example.org/report", title="Regional report", added_by=editor
    )
    Claim.objects.filter(pk=claim.pk).update(status=Claim.Status.PUBLISHED, verdict=verdict)
    claim.refresh_from_db()
    return claim


@pytest.fixture
def checked(editor: User) -> Claim:
    for text in OTHERS:
        ingest(text, editor)
    return publish(claim_of(ingest(FIRST, editor), "civilians"), editor)


@pytest.fixture
def repeat(checked: Claim, editor: User) -> Claim:
    return claim_of(ingest(REPEAT, editor), "civilians")


def test_ingest_finds_the_published_claim_a_new_article_repeats(
    checked: Claim, repeat: Claim
) -> None:
    top = repeat.matches.order_by("-score").first()
    assert top is not None
    assert top.candidate == checked
    assert top.strong
    assert top.state == ClaimMatch.State.SUGGESTED


def test_claims_of_the_same_article_are_never_candidates(checked: Claim) -> None:
    same_article = checked.article.claims.values_list("pk", flat=True)
    assert not ClaimMatch.objects.filter(claim=checked, candidate__in=same_article).exists()


def test_unrelated_claim_has_no_strong_match(checked: Claim, editor: User) -> None:
    claim = claim_of(ingest("The harvest of apples in Poland was late this autumn.", editor), "")
    assert not claim.matches.filter(strong=True).exists()


def test_linking_takes_the_published_verdict_and_records_it(
    checked: Claim, repeat: Claim, editor: User
) -> None:
    match = repeat.matches.get(candidate=checked)
    claim = matching.claim_match_link(user=editor, pk=repeat.pk, match_id=match.pk)
    assert claim.linked_to == checked
    assert claim.verdict == checked.verdict
    event = claim.events.get(action=ClaimEvent.Action.LINKED)
    assert event.after["linked_to_id"] == checked.pk
    assert f"#{checked.pk}" in event.note
    match.refresh_from_db()
    assert match.state == ClaimMatch.State.LINKED
    assert match.decided_by == editor


def test_an_unpublished_claim_cannot_be_linked(checked: Claim, editor: User) -> None:
    Claim.objects.filter(pk=checked.pk).update(status=Claim.Status.IN_REVIEW, verdict=None)
    repeat = claim_of(ingest(REPEAT, editor), "civilians")
    match = repeat.matches.get(candidate=checked)
    with pytest.raises(ReviewRefused):
        matching.claim_match_link(user=editor, pk=repeat.pk, match_id=match.pk)


def test_a_dismissed_match_stays_dismissed_when_matches_are_refreshed(
    checked: Claim, repeat: Claim, editor: User
) -> None:
    match = repeat.matches.get(candidate=checked)
    matching.claim_match_dismiss(user=editor, pk=repeat.pk, match_id=match.pk)
    matching.claim_matches_refresh(claim=repeat)
    assert repeat.matches.get(candidate=checked).state == ClaimMatch.State.DISMISSED
    assert repeat.matches.filter(candidate=checked).count() == 1


def test_claim_page_shows_already_checked_with_verdict_and_evidence(
    checked: Claim, repeat: Claim, editor: User
) -> None:
    page = client_for(editor).get(repeat.get_absolute_url())
    html = page.content.decode()
    assert page.status_code == 200
    assert "Already checked?" in html
    assert f"#{checked.pk}" in html
    assert "Regional report" in html
    assert "Same claim: link" in html


def test_editor_links_from_the_claim_page(checked: Claim, repeat: Claim, editor: User) -> None:
    match = repeat.matches.get(candidate=checked)
    url = reverse("verify:claim-match-link", args=[repeat.pk, match.pk])
    answer = client_for(editor).post(url)
    assert answer.status_code == 302
    repeat.refresh_from_db()
    assert repeat.linked_to_id == checked.pk


def test_viewer_cannot_link_or_dismiss(checked: Claim, repeat: Claim, viewer: User) -> None:
    match = repeat.matches.get(candidate=checked)
    for name in ("verify:claim-match-link", "verify:claim-match-dismiss"):
        answer = client_for(viewer).post(reverse(name, args=[repeat.pk, match.pk]))
        assert answer.status_code == 403
    match.refresh_from_db()
    assert match.state == ClaimMatch.State.SUGGESTED


def test_a_match_of_another_claim_is_not_found(checked: Claim, repeat: Claim, editor: User) -> None:
    match = repeat.matches.get(candidate=checked)
    url = reverse("verify:claim-match-dismiss", args=[checked.pk, match.pk])
    assert client_for(editor).post(url).status_code == 404


def test_queue_filters_and_badges_items_with_a_strong_match(
    checked: Claim, repeat: Claim, editor: User
) -> None:
    client = client_for(editor)
    filtered = client.get(reverse("verify:claim-list"), {"strong_match": "1"}).content.decode()
    assert f'id="item-{repeat.pk}"' in filtered
    assert f'id="item-{checked.pk}"' not in filtered
    assert "already checked?" in filtered


def test_api_lists_matches_and_the_linked_claim(
    checked: Claim, repeat: Claim, editor: User
) -> None:
    client = client_for(editor)
    rows = client.get(f"/api/v1/claims/{repeat.pk}/matches/").json()
    assert rows[0]["candidate"]["id"] == checked.pk
    assert rows[0]["candidate"]["verdict"]["label"] == "True"
    assert 0 <= rows[0]["score"] <= 1
    match = repeat.matches.get(candidate=checked)
    matching.claim_match_link(user=editor, pk=repeat.pk, match_id=match.pk)
    assert client.get(f"/api/v1/claims/{repeat.pk}/").json()["linked_to"] == checked.pk
