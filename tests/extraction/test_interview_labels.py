"""Whether a text may hold an interview answer's label (reports/interviews)."""

from __future__ import annotations

import pytest

from verify.extraction.reports.interviews import _answer_label_in


@pytest.mark.parametrize(
    ("text", "labelled"),
    [
        ("Q: Why? A: Nobody came.", True),
        ("QUESTION: Why?\nANSWER: Nobody came.", True),
        ("Question: Why?\nAnswer: Nobody came.", True),
        ("She said: nobody came at 10:30.", False),
        ("The answer: nobody came.", False),
        ("", False),
        (":A", False),
    ],
)
def test_an_answer_label_anywhere(text: str, labelled: bool) -> None:
    assert _answer_label_in(text) is labelled
