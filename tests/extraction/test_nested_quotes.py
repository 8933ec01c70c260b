"""A quote nested in marks of the same family as the quote around it, on
short texts written for the tests."""

from __future__ import annotations

from verify.extraction.quotes import pair_quote_marks


def _texts(text: str) -> list[str]:
    return [text[span.start : span.end] for span in pair_quote_marks(text)]


def test_a_quote_nested_in_curly_marks_of_its_own_family_is_part_of_the_outer_one() -> None:
    text = (
        "Ana Ruiz wrote: \u201cAsk them if \u201cLock her up\u201d is a fair chant,\u201d "
        "and she left."
    )
    assert _texts(text) == ["Ask them if \u201cLock her up\u201d is a fair chant,"]


def test_a_quote_nested_in_straight_marks_is_part_of_the_outer_one() -> None:
    text = 'Lee tweeted, "Reports say the man shouted "Help!" at the guards." Then he left.'
    assert _texts(text) == ['Reports say the man shouted "Help!" at the guards.']


def test_an_opening_mark_typed_twice_nests_nothing() -> None:
    text = '"\u201cWe will win,\u201d Ana Ruiz said."'
    assert _texts(text) == ["We will win,"]


def test_a_quote_whose_closing_mark_is_missing_still_gives_way_to_the_next() -> None:
    # no closing mark after the second quote's: the first one's is missing
    text = "He said \u201cthe plan is dead and \u201cwe will not return\u201d to talks."
    assert _texts(text) == ["we will not return"]
