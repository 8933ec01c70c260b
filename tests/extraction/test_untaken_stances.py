"""Claims no one named asserts: a stance negated or refused ("has yet to
endorse", "declined to back") is the article's statement about someone, and
a tally after a name and a colon ("Clinton: 547.") the article's count, and
"a program called …" a name given, "adding to her lead", "a radio show" and
"admitted to the United States" no saying (texts written for the tests)."""

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
        # a cue word used as none: a naming, an addition to a tally, a noun
        "Ben Ray now helps lead a program called Harbour Promise.",
        "Ada Lund paid a small firm called Harbour Data.",
        "Ada Lund won the primary, adding to her delegate lead over Ben Ray.",
        "Ben Ray, the host of a radio show, runs the pier.",
        "Refugees admitted to the United States have been vetted.",
    ],
)
def test_no_one_named_asserts_it(text: str) -> None:
    assert [c.claimant for c in extract(text).claims] == [None]


@pytest.mark.parametrize(
    "text",
    [
        "Ada Lund endorsed the harbour plan.",
        "Ada Lund did not endorse the harbour plan but said it had merit.",
        "Ada Lund called the pier a disgrace.",
        "Ada Lund spoke, adding that the pier was unsafe.",
    ],
)
def test_a_stance_taken_or_a_saying_keeps_the_claimant(text: str) -> None:
    assert extract(text).claims[0].claimant == "Ada Lund"


def test_a_tally_after_a_name_and_a_colon_has_no_claimant() -> None:
    text = "Delegate count.\n\nAda Lund: 1,769.\n\nAda Lund: The pier is unsafe."
    claims = {c.text: c.claimant for c in extract(text).claims}
    assert claims["Ada Lund: 1,769."] is None
    assert claims["Ada Lund: The pier is unsafe."] == "Ada Lund"
