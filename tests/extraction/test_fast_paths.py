"""Fast paths of the extractor held equal to the plain code they stand for."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from verify.extraction import reports

# words and marks the claimant rules meet, the break marks and time words among them
PHRASE_PIECES = [
    " ",
    "  ",
    "-",
    " - ",
    ":",
    ";",
    "\u2014",
    "\u2013",
    ",",
    "the",
    "mayor",
    "Ada Lund",
    "on",
    "last",
    "Monday",
    "Sunday",
    "week",
    "year",
    "yesterday",
    "today",
    "a statement",
    "an interview",
    "statements",
    "Mondays",
]
# the claimant rules' phrases are words joined by spaces, with no line break
# (before which "$" would match too)
phrases = st.lists(st.sampled_from(PHRASE_PIECES), max_size=12).map("".join)


@given(phrases)
@settings(max_examples=500, deadline=None)
def test_after_hard_break_is_the_last_part_of_the_split(phrase: str) -> None:
    assert reports._after_hard_break(phrase) == reports._HARD_BREAK.split(phrase)[-1]


@given(phrases)
@settings(max_examples=500, deadline=None)
def test_trailing_time_matches_only_phrases_ending_in_a_time_word(phrase: str) -> None:
    if not phrase.endswith(reports._TIME_ENDINGS):
        assert reports._TRAILING_TIME.search(phrase) is None
