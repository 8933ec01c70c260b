"""Claims no one named asserts: a stance negated or refused ("has yet to
endorse", "declined to back") is the article's statement about someone, and
a tally after a name and a colon ("Clinton: 547.") the article's count, and
"a program called …" a name given (texts written for the tests)."""

from __future__ import annotations

import pytest

from verify.extraction.pipeline import extract


@pytest.mark.parametrize(
    "text",
    [
        "Ada Lund has yet to endorse the harbour plan.",
        "Ada Lund declined to back the harbour plan.",
        "Ada Lund has not endorsed the harbour plan.",
        "Ada Lund stopped short of endorsing the harbour plan.",
        "Ada Lund has yet to say whether she backs the harbour plan.",
    ],
)
def test_an_untaken_stance_has_no_claimant(text: str) -> None:
    assert [c.claimant for c in extract(text).claims] == [None]


@pytest.mark.parametrize(
    "text",
    [
        "Ada Lund endorsed the harbour plan.",
        "Ada Lund did not endorse the harbour plan but said it had merit.",
    ],
)
def test_a_stance_taken_or_a_saying_after_keeps_the_claimant(text: str) -> None:
    assert extract(text).claims[0].claimant == "Ada Lund"


def test_a_tally_after_a_name_and_a_colon_has_no_claimant() -> None:
    text = "Delegate count.\n\nAda Lund: 1,769.\n\nAda Lund: The pier is unsafe."
    claims = {c.text: c.claimant for c in extract(text).claims}
    assert claims["Ada Lund: 1,769."] is None
    assert claims["Ada Lund: The pier is unsafe."] == "Ada Lund"


@pytest.mark.parametrize(
    "text",
    [
        "Ben Ray now helps lead a program called Harbour Promise.",
        "Ada Lund paid a small firm called Harbour Data.",
    ],
)
def test_a_thing_called_a_name_has_no_claimant(text: str) -> None:
    assert [c.claimant for c in extract(text).claims] == [None]


def test_someone_calling_something_keeps_the_claimant() -> None:
    assert extract("Critics called the pier a disgrace.").claims[0].claimant == "Critics"
