import datetime as dt

import pytest

from verify.matching.features import FEATURES, analyse, conflicts
from verify.matching.matcher import Matcher
from verify.matching.rerank import LinearModel, default_model
from verify.matching.types import Query, Record

ARCHIVE = [
    Record("strikes", "Russian strikes on Kharkiv killed nine civilians, officials said"),
    Record("ceasefire", "Ukraine agreed to a 30-day ceasefire proposed by the United States"),
    Record("jobs-down", "Unemployment fell to 4.1% in March"),
    Record("deal", "The minister signed the grain export deal in Istanbul"),
    Record("rates", "The central bank raised interest rates to 5.25%"),
    Record("festival", "The Kharkiv book festival drew record crowds this year"),
    Record("vaccine", "The vaccine was approved for children under five"),
    Record("bridge", "The bridge collapsed after heavy rain in the region"),
]


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(ARCHIVE)


def test_paraphrase_of_a_checked_claim_is_a_strong_top_match(matcher: Matcher) -> None:
    found = matcher.match(Query("Nine civilians were killed by Russian strikes in Kharkiv"))
    assert found[0].id == "strikes"
    assert found[0].strong
    assert found[0].conflicts == ()


def test_repeated_ceasefire_claim_matches_with_a_different_wording(matcher: Matcher) -> None:
    found = matcher.match(Query("Kyiv has accepted a ceasefire of 30 days, the US said"))
    assert found[0].id == "ceasefire"


def test_same_number_opposite_direction_is_not_a_strong_match(matcher: Matcher) -> None:
    found = matcher.match(Query("Unemployment rose to 4.1% in March"))
    top = {m.id: m for m in found}["jobs-down"]
    assert "opposite direction" in top.conflicts
    assert not top.strong


def test_identical_wording_is_strong_but_negated_wording_is_not(matcher: Matcher) -> None:
    same = matcher.match(Query("The minister signed the grain export deal in Istanbul"))
    negated = matcher.match(Query("The minister did not sign the grain export deal in Istanbul"))
    assert same[0].id == negated[0].id == "deal"
    assert same[0].strong
    assert "one is negated" in negated[0].conflicts
    assert not negated[0].strong
    assert negated[0].score < same[0].score


def test_different_numbers_are_a_conflict() -> None:
    found = conflicts(
        analyse("Strikes killed nine civilians"), analyse("Strikes killed 12 civilians")
    )
    assert found == ("numbers differ",)


def test_unrelated_claim_finds_no_strong_match(matcher: Matcher) -> None:
    found = matcher.match(Query("The bank raised rates on Thursday"))
    assert all(not m.strong for m in found if m.id != "rates")


def test_no_shared_words_means_no_candidates(matcher: Matcher) -> None:
    assert matcher.match(Query("Quantum cryptography remains unbroken")) == []


def test_matches_come_best_first_with_scores_in_unit_interval(matcher: Matcher) -> None:
    found = matcher.match(Query("Kharkiv strikes killed civilians"), k=3)
    scores = [m.score for m in found]
    assert scores == sorted(scores, reverse=True)
    assert all(0.0 <= s <= 1.0 for s in scores)


def test_same_speaker_and_day_raise_the_score() -> None:
    day = dt.date(2025, 3, 18)
    recs = [Record("a", "Taxes went up for the middle class", speaker="Jane Roe", date=day)]
    plain = Matcher(recs).match(Query("Middle class taxes went up"))[0].score
    query = Query("Middle class taxes went up", speaker="Senator Roe", date=day)
    assert Matcher(recs).match(query)[0].score > plain


def test_model_survives_a_json_round_trip() -> None:
    model = default_model()
    again = LinearModel.from_json(model.to_json())
    assert again == model
    assert set(model.weights) == set(FEATURES)


def test_a_lone_candidate_sharing_one_word_is_not_strong() -> None:
    archive = [Record("wheat", "Farmers said the harvest of wheat was smaller because of drought")]
    found = Matcher(archive).match(Query("The harvest of apples in Poland was late this autumn"))
    assert found[0].id == "wheat"
    assert not found[0].strong
