"""Check-worthiness scoring with the shipped model, on sentences written for the tests."""

from __future__ import annotations

import math
import re
import string
import time
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from verify.extraction import checkworthiness
from verify.extraction.checkworthiness import (
    MODEL_PATH,
    Model,
    features,
    load_model,
    logistic,
    score,
)

FACTUAL = [
    "The city spent $4 million on the stadium in 2021.",
    "Unemployment fell to 3.9 percent last month.",
    "The senator voted against the bill three times.",
    "Police arrested 12 people after the protest on Saturday.",
]
NOT_WORTH_CHECKING = [
    "I hope we can all work together.",
    "Thank you all for coming tonight.",
    "What will happen next?",
    "Whether the talks succeed remains uncertain.",
    "Whether the Federal Reserve will cut rates in March remains uncertain.",
    "It remains unclear whether the two leaders will meet before the summit.",
]


def test_scores_lie_between_zero_and_one() -> None:
    for sentence in FACTUAL + NOT_WORTH_CHECKING + ["", "?"]:
        assert 0.0 <= score(sentence) <= 1.0


@pytest.mark.parametrize("factual", FACTUAL)
def test_factual_claims_outrank_hopes_thanks_and_questions(factual: str) -> None:
    assert score(factual) > max(score(s) for s in NOT_WORTH_CHECKING)


def test_factual_claims_score_above_the_threshold() -> None:
    assert all(score(s) >= 0.5 for s in FACTUAL)


def test_hopes_thanks_and_questions_score_below_the_threshold() -> None:
    assert all(score(s) < 0.5 for s in NOT_WORTH_CHECKING)


def test_features_carry_meaning_beyond_words() -> None:
    found = set(features("We reportedly spent 40% more than in 2019, officials said?"))
    for flag in ("number", "percent", "year", "hedge", "cue", "first_person", "question"):
        assert f"f={flag}" in found
    assert "f=past" in set(features("The army attacked the town."))
    assert "f=future" in set(features("The army will withdraw."))


@pytest.mark.parametrize(
    "sentence",
    ["Whether the rates fall is open.", "It is unclear whether they met.", "Who won the vote?"],
)
def test_direct_and_indirect_questions_are_questions(sentence: str) -> None:
    assert "f=question" in features(sentence)


def test_a_reported_whether_alone_is_no_question() -> None:
    assert "f=question" not in features("They voted on whether to close the plant in 2019.")


def test_numbers_are_normalised_so_unseen_numbers_match() -> None:
    assert features("It cost 17 dollars.") == features("It cost 23 dollars.")


def test_a_meaning_feature_is_set_by_any_word_of_its_lexicon() -> None:
    counted = Counter(features("They reportedly said it and allegedly denied it."))
    # "said" is an irregular past and "denied" a regular one
    assert counted["f=hedge"] == counted["f=cue"] == counted["f=past"] == 1
    assert "f=hedge" not in features("They said it and denied it.")


def _sum_of_feature_weights(model: Model, sentence: str) -> float:
    z = model.bias + sum(
        model.weights.get(f, 0.0) * n for f, n in Counter(features(sentence)).items()
    )
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@pytest.mark.parametrize(
    "sentence", [*FACTUAL, *NOT_WORTH_CHECKING, "", "?", "Zorbled the the the grumpled 12%."]
)
def test_folded_scoring_equals_the_sum_of_feature_weights(sentence: str) -> None:
    model = load_model()
    assert model.score(sentence) == pytest.approx(_sum_of_feature_weights(model, sentence))


PIECES = [
    "said", "The", "DENIED", "A", "zorbled", "won't", "didn\u2019t", "'", "1", "2020", "3.5",
    ",", ":", ".", "%", "$", "\u20ac", "\u00a3", "?", "x", "E", "\u00e9", " ", "\t", "_", "-",
    "\u201c", "\n", "a'b", "'s", "\u2019", "\u0130", "\u212a", "\u00c9", "\u03a3", "\ud800",
]  # fmt: skip
SENTENCES = st.lists(st.sampled_from(PIECES), max_size=16).map("".join)


@given(SENTENCES)
@settings(max_examples=300, deadline=None)
def test_folded_scoring_equals_the_sum_of_feature_weights_on_any_text(sentence: str) -> None:
    model = checkworthiness.default_model()
    assert model.score(sentence) == pytest.approx(_sum_of_feature_weights(model, sentence))


# The tokens written plainly, one branch each; the module's pattern opens
# with one character class instead, to be faster, and must find the same.
PLAIN_TOKEN = re.compile(r"[0-9]+(?:[.,:][0-9]+)*%?|[a-z]+(?:'[a-z]+)?|[$\u20ac\u00a3%?]")


@given(SENTENCES)
@settings(max_examples=500, deadline=None)
def test_tokens_are_those_of_the_plain_pattern(sentence: str) -> None:
    lower = sentence.lower()
    assert checkworthiness._TOKEN.findall(lower) == PLAIN_TOKEN.findall(lower)


@given(SENTENCES)
@settings(max_examples=500, deadline=None)
def test_words_are_the_plain_patterns_tokens(sentence: str) -> None:
    # words() takes a byte translation for plain sentences, an ASCII pattern
    # over a translation for those with digits or signs, and the regex for the others
    found = PLAIN_TOKEN.findall(sentence.lower().replace("\u2019", "'"))
    numbers = [checkworthiness._number(t) if t[0].isdigit() else t for t in found]
    assert checkworthiness.words(sentence) == numbers


NUMBER_PIECES = [
    "1", "20", "2021", ".", ",", ":", "...", "%", "$", "?", "'", "said", "Won't", "'s", "a'b",
    "X", " ", "\t", "-", "_", "\u00e9", "\u2019", "\u00c9",
]  # fmt: skip


@given(st.lists(st.sampled_from(NUMBER_PIECES), min_size=1, max_size=24).map("".join))
@settings(max_examples=1000, deadline=None)
def test_runs_between_spaces_give_the_plain_patterns_tokens(sentence: str) -> None:
    # a sentence with digits or signs is split into runs, and only the runs
    # that are neither letters alone nor digits alone (once stripped of
    # ".,:") go through the pattern
    found = PLAIN_TOKEN.findall(sentence.lower().replace("\u2019", "'"))
    numbers = [checkworthiness._number(t) if t[0].isdigit() else t for t in found]
    assert checkworthiness.words(sentence) == numbers


def test_only_the_listed_characters_outside_ascii_lower_case_to_token_characters() -> None:
    # words() takes a fast path unless one of these is in the sentence
    token_chars = frozenset(string.ascii_lowercase + string.digits + "$%?'.,:\u20ac\u00a3")
    found = [
        char
        for char in map(chr, range(0x80, 0x110000))
        if not token_chars.isdisjoint(char.lower().replace("\u2019", "'"))
    ]
    assert found == ["\u00a3", "\u0130", "\u2019", "\u20ac", "\u212a"]


ED_PIECES = [
    "E",
    "e",
    "D",
    "d",
    "ZORBL",
    "zorbl",
    "ED",
    "eD",
    "\u0130",
    "\u212a",
    "\u00c9",
    " ",
    "'",
    "1",
]


@given(st.lists(st.sampled_from(ED_PIECES + PIECES), max_size=16).map("".join))
@settings(max_examples=500, deadline=None)
def test_folded_scoring_finds_past_words_as_the_features_do(sentence: str) -> None:
    model = checkworthiness.default_model()
    assert model.score(sentence) == pytest.approx(_sum_of_feature_weights(model, sentence))


@pytest.mark.parametrize("sentence", ["They ZORBLED it.", "They ZorbleD it.", "They zorblEd it."])
def test_an_unseen_ed_word_in_any_case_is_past(sentence: str) -> None:
    model = checkworthiness.default_model()
    assert "f=past" in features(sentence)
    assert model.score(sentence) == pytest.approx(_sum_of_feature_weights(model, sentence))


def test_lexicon_weights_reach_words_the_model_never_weighted() -> None:
    model = Model(bias=0.0, weights={"f=past": 2.0, "f=hedge": -1.0, "u=cake": 0.5})
    # an unseen regular past tense, and a hedge word with no weight of its own
    assert model.score("They zorbled.") == pytest.approx(1 / (1 + math.exp(-2.0)))
    assert model.score("purportedly") == pytest.approx(1 / (1 + math.exp(1.0)))
    assert model.score("purportedly, allegedly") == model.score("purportedly")
    assert model.score("cake") == pytest.approx(1 / (1 + math.exp(-0.5)))


def test_model_is_a_small_shipped_file() -> None:
    assert MODEL_PATH.exists()
    assert MODEL_PATH.stat().st_size < 3_000_000


def test_model_round_trips_through_json() -> None:
    model = Model(bias=-1.0, weights={"u=tax": 2.0})
    again = checkworthiness.model_from_json(model.to_json())
    assert again == model
    assert again.score("tax") > again.score("cake")


def test_scoring_takes_well_under_a_millisecond_per_sentence() -> None:
    model = load_model()
    sentences = FACTUAL * 250
    began = time.perf_counter()
    for sentence in sentences:
        model.score(sentence)
    assert (time.perf_counter() - began) / len(sentences) < 0.0005


def test_a_word_pair_counts_once_and_whether_needs_no_weight_to_ask() -> None:
    model = Model(bias=0.0, weights={"f=question": 1.0, "b=it_is": 0.5, "u=it": 0.25})
    asked = 1 / (1 + math.exp(-1.75))
    assert model.score("It is unclear whether it is.") == pytest.approx(asked)
    assert model.score("They asked whether it is") == pytest.approx(asked)
    assert model.score("They voted on whether it is") == pytest.approx(1 / (1 + math.exp(-0.75)))
    assert model.score("Whether") == pytest.approx(1 / (1 + math.exp(-1.0)))


@pytest.mark.parametrize(
    "z", [-math.inf, -30.5, -30.0, -1.5, -0.0, 0.0, 2.25, 30.0, 30.5, math.inf]
)
def test_logistic_clips_at_thirty_either_way(z: float) -> None:
    assert logistic(z) == 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def test_logistic_of_nan_is_that_of_thirty() -> None:
    assert logistic(math.nan) == logistic(30.0)
