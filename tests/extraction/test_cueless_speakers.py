"""Speakers of quotes without a speech cue of their own, on short texts
written for the tests: a thing as the sentence's subject says nothing, and a
later clause's named subject beats the sentence's."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import speakers
from verify.extraction.inanimate import inanimate_head

# (text, which quote, its speaker); each case is one rule's
CASES: list[tuple[str, int, str | None]] = [
    # "The rationale:" introducing a block quote: an abstraction names no speaker
    (
        "Ann Lee defended the plan on Monday.\n\nThe rationale was simple:\n\n"
        "\u201cWe cannot wait another year for the bridge to be rebuilt.\u201d",
        0,
        None,
    ),
    # "the delays have become … the chants to “…”": a thing, not someone
    (
        "Indeed, the disruptions have become as familiar at the depot as the calls "
        "to \u201cfix the rail\u201d heard every winter.",
        0,
        None,
    ),
    # "…, while Ann Lee, the former mayor, proposed a “…”": the later clause's subject
    (
        "Tom Ray pressed his town to block the plan, while Ann Lee, the former "
        "mayor, proposed a \u201cfresh start for all.\u201d",
        0,
        "Ann Lee",
    ),
    # a head cut after a determiner ("The senator, his") ends before it
    (
        "The senator, his aides and his friends all spoke of a "
        "\u201cnew dawn for the valley.\u201d",
        0,
        "The senator",
    ),
    # a person as the subject still speaks
    (
        "Ann Lee was blunt:\n\n\u201cWe cannot wait another year for the bridge.\u201d",
        0,
        "Ann Lee",
    ),
]


@pytest.mark.parametrize(("text", "number", "speaker"), CASES)
def test_cueless_speaker(text: str, number: int, speaker: str | None) -> None:
    assert speakers(text)[number][1] == speaker


@pytest.mark.parametrize(
    ("head", "thing"),
    [
        ("The timing of the vote", True),
        ("The policy mistake", True),
        ("His enduring image", True),
        ("the disruptions", True),
        ("The results", False),
        ("a familiar voice", False),
        ("The mayor", False),
    ],
)
def test_inanimate_head(head: str, thing: bool) -> None:
    assert inanimate_head(head) is thing
