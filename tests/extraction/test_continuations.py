"""The sentences after a speech tag and its colon, without quote marks, are the
tag's claimant's to the end of the paragraph (verify/extraction/reports/continuations.py)."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claim_with

LATER = " It lost 40 ships in May. Repairs will take a year.\n\nThe port opened in 1990."


@pytest.mark.parametrize(
    "tag",
    [
        "Dana Voss said:",
        "Dana Voss told reporters at the harbour on Tuesday:",
        "Dana Voss wrote in a statement:",
        "Dana Voss told The Baltimore Sun:",
        "Dana Voss said flatly:",
    ],
)
def test_a_speech_tags_colon_gives_the_rest_of_the_paragraph_its_claimant(tag: str) -> None:
    text = f"{tag} The port will stay closed.{LATER}"
    assert claim_with(text, "40 ships").claimant == "Dana Voss"
    assert claim_with(text, "Repairs").claimant == "Dana Voss"
    assert claim_with(text, "40 ships").cue == claim_with(text, "stay closed").cue
    # the paragraph's end ends it
    assert claim_with(text, "opened in 1990").claimant is None


@pytest.mark.parametrize(
    "opening",
    [
        # a colon not closing the tag: a clause of the speaker's own before it
        "Dana Voss said the choice was simple: the port will stay closed.",
        # quoted words after the colon are the quote stage's
        "Dana Voss said: \u201cThe port will stay closed.\u201d",
        # a time's colon
        "Dana Voss said she heard the sirens at 9:42 p.m. and ran.",
        # a thought, not words given
        "Dana Voss thinks about one number: 40.",
    ],
)
def test_no_speech_tag_before_the_colon_gives_nothing_beyond_its_sentence(opening: str) -> None:
    text = f"{opening}{LATER}"
    assert claim_with(text, "40 ships").claimant is None
