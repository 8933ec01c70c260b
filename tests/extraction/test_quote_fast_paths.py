"""Fast paths of the quote stage held equal to the plain code they stand for."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from verify.extraction import attribution, unspoken

PUT_PIECES = ["is", "was", "been", "asked", "Asked", "question", "questions", "on", "about"]
PUT_PIECES += ["the", "if", "whether", " ", ",", ":", ".", "\n", "x", "\u201c"]


@settings(max_examples=1000)
@given(
    st.lists(st.sampled_from(PUT_PIECES), max_size=10).map("".join),
    st.integers(0, 30),
    st.integers(0, 60),
)
def test_unspoken_string_tests_answer_as_the_patterns(text: str, start: int, end: int) -> None:
    start, end = min(start, len(text)), min(end, len(text))
    put = unspoken._PUT_TO_SUBJECT.search(text, start, end) is not None
    asked = unspoken._ASKED_WHETHER.search(text, start, end) is not None
    assert unspoken._put_to_subject(text, start, end) == put
    assert unspoken._asked_whether(text, start, end) == asked


SHARE_PIECES = ["4", "9", "\u0663", " ", "percent", "%", "in", "In", "xin", "x", "10", "ten"]
SHARE_PIECES += ["tens", "n", "I", "i", "_"]
PLAIN_SHARE = re.compile(r"\d\s*(?:percent|%)|\b[Ii]n (?:10|ten)\b")


@settings(max_examples=1000)
@given(
    st.lists(st.sampled_from(SHARE_PIECES), max_size=10).map("".join),
    st.integers(0, 12),
    st.integers(0, 40),
)
def test_share_is_the_pattern_opening_with_its_alternatives(
    text: str, start: int, end: int
) -> None:
    found = [m.span() for m in attribution._SHARE.finditer(text, start, end)]
    assert found == [m.span() for m in PLAIN_SHARE.finditer(text, start, end)]
