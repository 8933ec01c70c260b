"""What a speaker mention holds after the name and its aside, on short texts
written for the tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import mentions


def test_a_clause_reporting_more_of_what_the_speaker_said_is_no_part_of_the_mention() -> None:
    text = (
        "\u201cWe will win,\u201d said Ann Lee, a pollster in Ohio, who added that the race "
        "was close."
    )
    assert mentions(text) == [("Ann Lee", "Ann Lee, a pollster in Ohio")]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # the clause right after the name is the only thing said about her
        (
            "\u201cWe will win,\u201d said Tom Ray, who added that the race was close.",
            "Tom Ray, who added that the race was close",
        ),
        # no comma before "who": the clause describes the pollster
        (
            "\u201cWe will win,\u201d said Ann Lee, a pollster who said she had voted twice.",
            "Ann Lee, a pollster who said she had voted twice",
        ),
    ],
)
def test_a_reporting_clause_not_after_an_aside_stays(text: str, mention: str) -> None:
    assert mentions(text)[0][1] == mention


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "One city official who attended the meeting said the plan was \u201cdead on "
            "arrival.\u201d",
            ("One city official", "One city official who attended the meeting"),
        ),
        (
            "\u201cThe port must close,\u201d Ann Lee, the engineer who founded River Watch "
            "wrote on Monday.",
            ("Ann Lee", "Ann Lee, the engineer who founded River Watch"),
        ),
    ],
)
def test_a_relative_clause_inside_the_subject_before_the_cue_is_the_subjects(
    text: str, expected: tuple[str, str]
) -> None:
    # the walk back from the cue stops at the clause's own verb ("founded"), not
    # at a speaker: the subject is the phrase "who" describes
    assert mentions(text) == [expected]


def test_any_reporting_verb_after_the_aside_opens_a_report_of_the_speakers_own() -> None:
    # "denied" is in the claim stage's reporting verbs, as "added" and "said" are
    text = (
        "\u201cWe will win,\u201d said Ann Lee, a pollster in Ohio, who denied that the race "
        "was close."
    )
    assert mentions(text) == [("Ann Lee", "Ann Lee, a pollster in Ohio")]


def test_a_whose_aside_naming_a_thing_that_does_something_stays_in_the_mention() -> None:
    # "Acme, makes boats" is the aside's own clause, not the subject of "said"
    text = "Ann Lee, whose company, Acme, makes boats, said the port was \u201ca mess.\u201d"
    assert mentions(text) == [("Ann Lee", "Ann Lee, whose company, Acme, makes boats")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an opening phrase of time before the subject and its aside
        (
            "At one point on Monday, Ann Lee, who runs the bakery, wrote, "
            "\u201cWe are closing early.\u201d",
            ("Ann Lee", "Ann Lee, who runs the bakery"),
        ),
        # "at which point" closes an adverbial: the crowd is the subject
        (
            "Tom Ray spoke for an hour, at which point the crowd chanted "
            "\u201cMore bread!\u201d and left.",
            ("the crowd", "the crowd"),
        ),
        # "At least" is a quantifier, not a preposition: the voters say it
        (
            "At least half of the voters in each town say the bread is \u201cfar too dear.\u201d",
            ("At least half of the voters", "At least half of the voters in each town"),
        ),
    ],
)
def test_a_time_phrase_with_point_or_a_preposition_is_no_subject(
    text: str, expected: tuple[str, str]
) -> None:
    assert mentions(text)[0] == expected
