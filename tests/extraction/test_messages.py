"""A noun of saying given before a colon, or the one thing the subject is
clear about or agrees on, reports what follows the colon
(verify/extraction/reports/messages.py)."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claim_with

OPENING = "The city spent $4 million on the harbour. "


@pytest.mark.parametrize(
    ("sentence", "claimant", "cue"),
    [
        (
            "The harbour board sent Mr. Lund an unmistakable message: he is hurting the port.",
            "harbour board",
            "message",
        ),
        (
            "Ada Lund has some advice for divers already celebrating the new pier: "
            "do not swim near it.",
            "Ada Lund",
            "advice",
        ),
        (
            "And her supporters were making many of the same arguments: the pier is safe "
            "and cheap.",
            "her supporters",
            "arguments",
        ),
        (
            "Ada Lund delivered a blunt warning to the board: the pier will fall.",
            "Ada Lund",
            "warning",
        ),
        (
            "Three years ago, Senator Ada Lund was clear about one thing: her party could not "
            "lose the pier.",
            "Ada Lund",
            "clear about",
        ),
        (
            "Both sides of the debate agreed on one thing after the ruling: the pier will matter "
            "in November.",
            "Both sides of the debate",
            "agreed on",
        ),
    ],
)
def test_a_message_before_a_colon_is_its_giver_s(sentence: str, claimant: str, cue: str) -> None:
    claim = claim_with(OPENING + sentence, sentence[:12])
    assert claim.claimant is not None
    assert claimant in claim.claimant
    assert claim.cue == cue


@pytest.mark.parametrize(
    "sentence",
    [
        # a case made goes on in the article's own voice
        "But the board has struggled to make that case: Campaigning at the port, it lost votes.",
        # a message without a colon after it is no report of what follows
        "The harbour board sent Mr. Lund an unmistakable message on Monday.",
        # a colon after the noun with too little after it
        "Ada Lund had one message: go.",
        # the article's judgement, not what she says
        "Ada Lund is right about one thing: the pier is falling down.",
    ],
)
def test_other_colons_name_no_claimant(sentence: str) -> None:
    assert claim_with(OPENING + sentence, sentence[:12]).claimant is None
