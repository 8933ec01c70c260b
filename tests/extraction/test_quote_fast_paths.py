"""Fast paths of the quote stage held equal to the plain code they stand for."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from verify.extraction import unspoken

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
