"""Speakers of quotes without a speech cue of their own, on short texts
written for the tests: a thing as the sentence's subject says nothing (the
last name before the colon it introduces the quote with speaks), and a later
clause's named subject beats the sentence's."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.extraction.helpers import speakers
from verify.extraction.inanimate import inanimate_head, no_speaker_word

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
    # "Read the latest updates below:": a web page's imperative names no one
    (
        "Polls closed at eight.\n\nRead the latest updates below:\n\n"
        "\u201cAnn Lee took the stage late on Monday night in Dover.\u201d",
        0,
        None,
    ),
    # a thing as the subject of the sentence a colon closes: the last name before it
    (
        "Turnout rose in Dover.\n\nThe timing of the surge does not surprise pollster "
        "Ann Lee: \u201cLate deciders always break toward the challenger.\u201d",
        0,
        "Ann Lee",
    ),
    # … not a name after "for" ("a spokesman for Ann Lee"), who does not speak
    (
        "The plan was odd. The scheduling was so odd that a spokesman for Ann Lee "
        "could only quip: \u201cI guess the beach was booked.\u201d",
        0,
        None,
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


# lone adverbs, participles and adjectives (no_speaker_word), and things
# (inanimate_head), name no one; people do
@pytest.mark.parametrize(
    ("names_no_one", "head", "expected"),
    [
        (no_speaker_word, "matter-of-factly", True),
        (no_speaker_word, "having", True),
        (no_speaker_word, "hacked", True),
        (no_speaker_word, "easier", True),
        (no_speaker_word, "critics", False),
        (no_speaker_word, "officials", False),
        (no_speaker_word, "family", False),
        (no_speaker_word, "Lee", False),
        (no_speaker_word, "the campaign", False),
        (inanimate_head, "The timing of the vote", True),
        (inanimate_head, "The policy mistake", True),
        (inanimate_head, "His enduring image", True),
        (inanimate_head, "the disruptions", True),
        (inanimate_head, "The results", False),
        (inanimate_head, "a familiar voice", False),
        (inanimate_head, "The mayor", False),
        (inanimate_head, "Fight for Rail organizer Ann Lee", False),
    ],
)
def test_heads_that_name_no_one(
    names_no_one: Callable[[str], bool], head: str, expected: bool
) -> None:
    assert names_no_one(head) is expected
