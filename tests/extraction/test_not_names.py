"""Words that are no one: an ordinary word opening a sentence, a time phrase,
a word a speech tag finder took for its subject."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claim_with, claims_of, mentions
from verify.extraction.common_words import COMMON_WORDS
from verify.extraction.name_runs import name_kind


def test_the_common_words_list_holds_ordinary_words_and_no_surnames() -> None:
    assert {"similar", "transcript", "very", "couple"} <= COMMON_WORDS
    assert not {"trump", "bush", "brown", "clinton"} & COMMON_WORDS


def test_he_looks_past_an_ordinary_word_that_opens_a_sentence() -> None:
    # the article never writes "similar" in lower case: the list knows it
    text = (
        "Tom Ray put the rifle up for auction on Monday. Similar rifles usually sell "
        "for $200.\n\n\u201cIt is a piece of history,\u201d he wrote."
    )
    assert mentions(text) == [("Tom Ray", "he")]


def test_a_title_keeps_an_ordinary_word_a_person() -> None:
    text = (
        "Tom Ray edits the series. Mr. Hurt wants his book out before the vote. "
        "\u201cTime is short,\u201d he said. The delay hurt sales."
    )
    assert mentions(text) == [("Hurt", "he")]


def test_an_ordinary_word_opening_a_collective_is_not_its_name() -> None:
    text = (
        "Multiple outlets reported on Wednesday that the agency had \u201cno contact\u201d "
        "with the campaign."
    )
    assert mentions(text) == [("Multiple outlets", "Multiple outlets")]


def test_a_lone_adjective_before_a_cue_names_no_one() -> None:
    text = "But \u201ctax reform\u201d is easier said than done in the city."
    assert mentions(text) == [(None, None)]


def test_a_head_cut_after_its_preposition_loses_the_preposition() -> None:
    text = (
        "Supporters of the plan, having called it \u201ca rescue for the middle "
        "class,\u201d now face a vote."
    )
    assert mentions(text)[0][0] == "Supporters"


@pytest.mark.parametrize(
    "name", ["Compass Point Research", "Congressional Progressive Caucus", "Germans"]
)
def test_firms_caucuses_and_peoples_are_no_he_or_she(name: str) -> None:
    assert name_kind(name) == "organization"


def test_a_claimant_opened_by_an_ordinary_word_keeps_its_noun() -> None:
    text = "Exit polls taken in Ohio found that most voters backed the tax plan."
    assert claim_with(text, "Exit polls").claimant == "Exit polls taken in Ohio"


@pytest.mark.parametrize(
    "text",
    [
        "Kasich spoke in Columbus on Tuesday night.\n\nTranscript as follows:\n\n"
        "\u201cWe are up 400,000 jobs and we are running a surplus.\u201d",
        "You have to go back only 12 years to see a Republican administration "
        "defending the idea that \u201cdeficits do not matter.\u201d",
    ],
)
def test_a_document_word_or_the_readers_you_is_no_speaker(text: str) -> None:
    assert [speaker for speaker, _ in mentions(text)] == [None]


def test_the_fed_is_no_he() -> None:
    assert name_kind("Fed") == "organization"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Saturday at the state party convention Sen. Ann Lee (D-MA) said the deal "
            "was a \u201cbetrayal of workers.\u201d",
            "Ann Lee",
        ),
        ("Last week the governor said the plan was \u201cdead on arrival.\u201d", "the governor"),
        ("Tuesday night Tom Ray said the plan was \u201cdead on arrival.\u201d", "Tom Ray"),
    ],
)
def test_a_time_phrase_opening_the_tag_is_not_the_speaker(text: str, speaker: str) -> None:
    assert mentions(text)[0][0] == speaker


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Last week the governor said the plan would cost 3,000 jobs.", "the governor"),
        ("Earlier this month the agency said exports fell 4 percent.", "the agency"),
        ("On June 1 the agency said exports fell 4 percent.", "the agency"),
    ],
)
def test_a_time_phrase_opening_the_claimant_is_not_part_of_it(text: str, claimant: str) -> None:
    assert claims_of(text)[0].claimant == claimant


def test_a_peoples_adjective_is_no_he() -> None:
    text = (
        "The Swiss central bank\u2019s chairman, Martin Schlegel, defended the rate cut on "
        "Thursday. \u201cInflation is under control,\u201d he said."
    )
    assert mentions(text) == [("Martin Schlegel", "he")]
