"""Golden test: the claims of the seed article (seeds/000_68572fa5849bac55.txt)."""

from __future__ import annotations

from pathlib import Path

import pytest

from verify.extraction.pipeline import extract
from verify.extraction.types import Claim

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_68572fa5849bac55.txt"

# factual assertions, in the article's voice or reported
FACTUAL = (
    "Former U.S. President Donald Trump has announced",
    "Trump, posting on Truth Social, said",
    "The announcement comes just days after",
    "While the talks didn\u2019t lead to a major breakthrough",
    "Trump had offered to attend those talks",
    "According to Kremlin spokesperson Dmitry Peskov",
    "European leaders have also been pushing",
    "After the Istanbul meeting, Ukraine accused Russia",
    "Russia\u2019s lead negotiator, Vladimir Medinsky",
    "A Russian drone strike on a passenger bus",
    "President Zelensky condemned the attack",
    "Russian state media claimed",
)
# opinion, analysis and hope
OPINION = (
    "His outreach\u2014though unconventional\u2014marks a rare moment",
    "Whether it leads to lasting peace remains uncertain.",
)


@pytest.fixture(scope="module")
def claims() -> tuple[Claim, ...]:
    return extract(SEED.read_text(encoding="utf-8")).claims


def claim_starting(claims: tuple[Claim, ...], words: str) -> Claim:
    (claim,) = [c for c in claims if c.text.startswith(words)]
    return claim


def test_staging_area_claim_is_russian_state_media_unsubstantiated(
    claims: tuple[Claim, ...],
) -> None:
    claim = claim_starting(claims, "Russian state media claimed")
    assert claim.claimant == "Russian state media"
    assert claim.cue == "claimed"
    assert {"unsubstantiated", "attributed"} <= set(claim.flags)
    assert "military staging area" in claim.text


def test_peskov_claim_is_attributed_to_his_full_name(claims: tuple[Claim, ...]) -> None:
    claim = claim_starting(claims, "According to Kremlin spokesperson")
    assert claim.claimant == "Dmitry Peskov"
    assert claim.cue == "according to"


def test_ukraine_accusation_is_attributed_and_keeps_its_partial_quote() -> None:
    result = extract(SEED.read_text(encoding="utf-8"))
    claim = claim_starting(result.claims, "After the Istanbul meeting")
    assert claim.claimant == "Ukraine"
    assert claim.cue == "accused"
    assert [result.quotes[i].text for i in claim.quotes] == ["unacceptable"]


def test_zelensky_claim_resolves_to_his_full_name(claims: tuple[Claim, ...]) -> None:
    claim = claim_starting(claims, "President Zelensky condemned")
    assert claim.claimant == "Volodymyr Zelensky"


def test_drone_strike_is_the_articles_own_numeric_claim(claims: tuple[Claim, ...]) -> None:
    claim = claim_starting(claims, "A Russian drone strike")
    assert claim.claimant is None
    assert "numeric" in claim.flags


@pytest.mark.parametrize(
    "words",
    [
        "A Russian drone strike",
        "European leaders have also been pushing",
        "The two men have discussed the conflict before",
        "However, negotiations remain strained.",
    ],
)
def test_article_voice_claims_have_no_claimant(claims: tuple[Claim, ...], words: str) -> None:
    claim = claim_starting(claims, words)
    assert claim.claimant is None
    assert "attributed" not in claim.flags


def test_trump_direct_quote_is_not_repeated_as_claims(claims: tuple[Claim, ...]) -> None:
    assert not [c for c in claims if "productive day" in c.text or "blessing" in c.text]


def test_every_factual_claim_outranks_every_opinion(claims: tuple[Claim, ...]) -> None:
    factual = [claim_starting(claims, words).checkworthiness for words in FACTUAL]
    opinion = [claim_starting(claims, words).checkworthiness for words in OPINION]
    assert min(factual) > max(opinion)


def test_claims_are_listed_most_check_worthy_first(claims: tuple[Claim, ...]) -> None:
    scores = [c.checkworthiness for c in claims]
    assert scores == sorted(scores, reverse=True)
