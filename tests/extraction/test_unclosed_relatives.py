"""A relative clause the writer left without its closing comma before the
cue (unclosed_relatives)."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import mentions


@pytest.mark.parametrize(
    "text",
    [
        'Tom Brady, who is chairman of Acme Group said, "We will win this fight on our terms."',
        '"We will win this fight on our terms," Tom Brady, who runs Acme Group said today.',
    ],
)
def test_the_name_before_an_unclosed_who_clause_is_the_speaker(text: str) -> None:
    assert mentions(text) == [("Tom Brady", text[text.find("Tom") : text.find(" said")])]


def test_a_pronoun_inside_the_clause_speaks_for_itself() -> None:
    text = 'Ann Lee spoke. She mocked Tom Brady, who she dubbed "the little chairman" at lunch.'
    assert mentions(text) == [("Ann Lee", "she")]
