"""Which title-case quotes name a work and which are words called out, on
short texts written for the tests."""

from __future__ import annotations

from verify.extraction.pipeline import extract
from verify.extraction.quotes import pair_quote_marks
from verify.extraction.titles import names_a_work


def _works(text: str) -> list[bool]:
    return [names_a_work(text, span) for span in pair_quote_marks(text)]


def test_a_chant_is_no_work_but_a_show_is() -> None:
    text = (
        "The hall rang with chants of \u201cLock Him Up!\u201d and cries of \u201cShame!\u201d "
        "Voters are fans of \u201cNight Court\u201d too."
    )
    assert _works(text) == [False, False, True]


def test_words_chanted_by_a_crowd_are_a_quote() -> None:
    text = (
        "Dozens of nurses outside the hospital joined in a loud chant of "
        "\u201cFair Pay Now!\u201d on Tuesday."
    )
    assert [q.text for q in extract(text).quotes] == ["Fair Pay Now!"]


def test_a_contraction_of_is_owns_no_work() -> None:
    text = (
        "Lee says he\u2019s \u201cVery Happy\u201d and that it's \u201cGreat News.\u201d "
        "She said so on Channel 4\u2019s \u201cMorning Hour.\u201d"
    )
    assert _works(text) == [False, False, True]
