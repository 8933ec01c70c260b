"""Claim flags, on short texts written for the tests."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from verify.extraction import flags as flag_rules
from verify.extraction.claims import extract_claims
from verify.extraction.flags import (
    _DIGIT,
    _HEDGED,
    _NUMERIC,
    _TYPOGRAPHY,
    _UNSUBSTANTIATED,
    _hedged,
    _numeric,
    _plain_words,
    _unsubstantiated,
    flags_for,
    is_hedged,
    is_numeric,
    is_unsubstantiated,
)


@pytest.mark.parametrize(
    "text",
    [
        "The group said it shot down the jet but provided no proof.",
        "He repeated the accusation without evidence.",
        "The figures could not be independently verified.",
        "She offered no evidence for the claim.",
        "The company did not provide any evidence of the breach.",
        "Reporters were unable to verify the footage.",
        "The allegation is unsubstantiated.",
    ],
)
def test_unsupported_claims_are_unsubstantiated(text: str) -> None:
    assert is_unsubstantiated(text)


@pytest.mark.parametrize(
    "text",
    [
        "The report provided detailed evidence of the fraud.",
        "Investigators verified the documents on Monday.",
        "The evidence was presented in court.",
    ],
)
def test_supported_claims_are_not_unsubstantiated(text: str) -> None:
    assert not is_unsubstantiated(text)


@pytest.mark.parametrize(
    "text",
    [
        "The minister reportedly resigned.",
        "The suspect allegedly fled abroad.",
        "The ship appears to have changed course.",
        "The leader is said to be ill.",
    ],
)
def test_distancing_words_make_a_claim_hedged(text: str) -> None:
    assert is_hedged(text)


def test_plain_statement_is_not_hedged() -> None:
    assert not is_hedged("The minister resigned on Friday.")


@pytest.mark.parametrize(
    "text",
    [
        "Prices rose 4.5% last year.",
        "Nine people were injured.",
        "Turnout was higher than in the last election.",
        "The vote takes place on Monday.",
    ],
)
def test_numbers_dates_and_comparisons_are_numeric(text: str) -> None:
    assert is_numeric(text)


def test_statement_without_quantities_is_not_numeric() -> None:
    assert not is_numeric("The mayor opposes the plan.")


def test_attributed_flag_follows_the_claimant() -> None:
    assert "attributed" in flags_for("Prices will fall.", attributed=True)
    assert "attributed" not in flags_for("Prices will fall.", attributed=False)


def test_remark_later_in_the_sentence_flags_the_claim() -> None:
    flags = flags_for("The army claimed victory", attributed=True, context="…but offered no proof.")
    assert "unsubstantiated" in flags


def test_short_note_after_a_claim_flags_the_claim_before_it() -> None:
    text = "Rebels said they captured the airport. They offered no evidence."
    claims = sorted(extract_claims(text, (), ()), key=lambda c: c.start)
    assert "unsubstantiated" in claims[0].flags


def test_long_sentence_after_a_claim_does_not_flag_it() -> None:
    text = (
        "Rebels said they captured the airport. In a separate case last year, prosecutors "
        "dropped charges against a local businessman after his lawyers argued the police "
        "had offered no evidence."
    )
    claims = sorted(extract_claims(text, (), ()), key=lambda c: c.start)
    assert "unsubstantiated" not in claims[0].flags


# The fast path (set tests on the words of a text whose word characters are all
# ASCII) must agree with the regexes, which define the flags.
PIECES = [
    "provided no proof", "without any evidence", "could not be independently verified",
    "didn\u2019t provide any evidence", "unable to verify", "has not been confirmed",
    "no evidence was given", "details to support", "unfounded", "Baseless",
    "appears to", "is said to", "might have", "is thought to", "REPORTEDLY", "suspected",
    "more than", "fewer than", "Than", "Monday", "doubled", "twice", "7", "40%",
    "said", "to", "have", "could", "was", "evidence", "proof", "verified", "seem",
    "the", "minister", "x1", "_", "ten_", "one2", "plan",
]  # fmt: skip
SEPARATORS = [" ", "  ", ", ", ". ", "-", "_", "'", "\u2019", "\u201c", "\u2014", "\u00a0", "\n"]
pieced = st.lists(
    st.tuples(st.sampled_from(PIECES), st.sampled_from(SEPARATORS)), min_size=1, max_size=8
).map(lambda pairs: "".join(piece + separator for piece, separator in pairs))


@given(pieced)
@settings(max_examples=400, deadline=None)
def test_fast_path_agrees_with_the_regexes(text: str) -> None:
    plain = _plain_words(text)
    assert plain is not None
    assert _unsubstantiated(text, plain.words) == (_UNSUBSTANTIATED.search(text) is not None)
    assert _hedged(text, plain.words) == (_HEDGED.search(text) is not None)
    assert _numeric(text, plain) == (
        _DIGIT.search(text) is not None or _NUMERIC.search(text) is not None
    )


@pytest.mark.parametrize("text", ["Caf\u00e9 owners said", "\u017fuppo\u017fedly", "\u212aelvin"])
def test_texts_with_other_word_characters_take_the_regex_path(text: str) -> None:
    assert _plain_words(text) is None


def test_typography_is_neither_a_word_character_nor_a_letter_in_any_case() -> None:
    for char in _TYPOGRAPHY:
        assert re.fullmatch(r"\W", char)
        assert re.fullmatch("[a-z]", char, re.IGNORECASE) is None


def test_patterns_searched_lower_cased_spell_no_capital_letter() -> None:
    # the fast path searches the lower-cased text without IGNORECASE
    for pattern in (_UNSUBSTANTIATED, _HEDGED, _NUMERIC, *flag_rules._PHRASES.values()):
        assert re.search(r"(?<!\\)[A-Z]", pattern.pattern) is None


# edges where "\b" decides: a word character, an apostrophe or an underscore
# before or after a phrase, and phrases inside a longer word
EDGES = ["", " ", "x", "_", "'", "\u2019", "9", "-", "\n", "\u00e9"]
PHRASES = [
    "more than", "less  than", "bigger\nthan", "could have", "might have", "is thought to",
    "was said to", "appears to", "seem to", "seemed to", "provided no proof",
    "without any evidence", "didn\u2019t provide any evidence", "cannot be verified",
    "could not be independently confirmed", "not able to verify", "has not been verified",
    "no evidence was given", "gave little evidence", "unable to confirm",
]  # fmt: skip


@pytest.mark.parametrize("phrase", PHRASES)
def test_phrase_searches_agree_with_their_patterns_at_word_edges(phrase: str) -> None:
    # the fast path's phrase searches: one alternative per first letter, with
    # the opening "\b" as a look-behind after the letter
    for pattern, phrases in flag_rules._PHRASES.items():
        plain = re.compile(pattern.pattern)
        for before in EDGES:
            for after in EDGES:
                text = f"{before}{phrase}{after}"
                assert (phrases.search(text) is None) == (plain.search(text) is None), text


def test_the_fast_path_keeps_every_word_its_tests_look_for() -> None:
    # _plain_words keeps only the runs in _LOOKED_FOR: a word tested but not
    # kept would never be found
    tested = (
        flag_rules._UNSUBSTANTIATED_SINGLE,
        flag_rules._UNSUBSTANTIATED_PHRASE,
        flag_rules._HEDGED_SINGLE,
        flag_rules._HEDGED_SEEM,
        flag_rules._HEDGED_BE,
        flag_rules._HEDGED_SAID,
        flag_rules._HEDGED_BEFORE_HAVE,
        flag_rules._NUMERIC_SINGLE,
        flag_rules._COMPARATIVES,
        frozenset({b"to", b"have", b"than"}),
    )
    for words in tested:
        assert words <= flag_rules._LOOKED_FOR
    plain = _plain_words("It is said to have cost more than the proof, the minister said.")
    assert plain is not None
    assert plain.words == {b"is", b"said", b"to", b"have", b"more", b"than", b"proof"}
