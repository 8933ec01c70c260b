"""Reports named by a count or argument owned by its source ("By the Harbour
Times's tally, ...") or by "per" closing the sentence, on invented texts."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claims_of


@pytest.mark.parametrize(
    ("text", "claimant", "cue"),
    [
        ("By the Harbour Times's tally, he now has 739 votes.", "Harbour Times", "tally"),
        ("By Ola Lund's own argument, the delegates may not switch.", "Ola Lund", "argument"),
        ("By his own count, the ferry lost money.", "his", "count"),
        ("She had been visiting her sister in Oslo, per Coast News.", "Coast News", "per"),
        # polls a standing is based on
        ("Based on current polling, Lund is set for a good night.", "current polling", "based on"),
        (
            "Based on polling in the ports, the target is unlikely.",
            "polling in the ports",
            "based on",
        ),
    ],
)
def test_an_owned_count_or_per_names_the_source(text: str, claimant: str, cue: str) -> None:
    claim = claims_of(text)[0]
    assert (claim.claimant, claim.cue) == (claimant, cue)


@pytest.mark.parametrize(
    "text",
    [
        # no owner to name
        "By some measures, Mr. Lund has a compelling case.",
        # "per" before no name
        "The ferry costs $40 per ticket.",
        # no poll
        "Based on audience reactions, the crowd liked the mayor.",
    ],
)
def test_a_count_without_an_owner_names_no_source(text: str) -> None:
    assert claims_of(text)[0].claimant is None


@pytest.mark.parametrize(
    ("text", "claimant", "cue"),
    [
        (
            "There were also emails that night showing that harbour officials knew of it.",
            "emails",
            "showing",
        ),
        (
            "Still, there is some evidence suggesting that ferry riders vote.",
            "some evidence",
            "suggesting",
        ),
    ],
)
def test_evidence_that_there_is_names_the_source(text: str, claimant: str, cue: str) -> None:
    claim = claims_of(text)[0]
    assert (claim.claimant, claim.cue) == (claimant, cue)


def test_no_evidence_that_there_is_names_no_source() -> None:
    text = "There is no public information showing that the donation was legal."
    assert claims_of(text)[0].claimant is None
