"""The noun phrase after "<participle> by" before a cue is the agent of a
phrase describing the subject, not the subject (agent_subjects); a pronoun
right after "and said" before a quote is the subject of what was said, not
an inverted subject (tags)."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import mentions


@pytest.mark.parametrize("participle", ["obtained", "seen", "reviewed"])
def test_the_agent_of_a_participle_phrase_is_not_the_subject(participle: str) -> None:
    text = (
        "Tom Lee wrote to the town council in May. A letter from the Acme Legion "
        f'{participle} by The Daily Star warns that "any further use will go to our lawyers."'
    )
    assert mentions(text)[0][1] == "A letter from the Acme Legion"


def test_a_passive_clause_keeps_its_agent_apart() -> None:
    text = (
        "Tom Lee wrote to the town council in May. The letter was obtained by The Daily "
        'Star, and Ann Roe said that "any further use will go to our lawyers."'
    )
    assert mentions(text)[0][1] == "Ann Roe"


@pytest.mark.parametrize("pronoun", ["she", "they"])
def test_a_pronoun_after_and_said_opens_what_was_said(pronoun: str) -> None:
    text = (
        "Ann Roe gave a speech in May. The Daily Star obtained a video of the speech "
        f'and said {pronoun} "steered a middle course on taxes."'
    )
    assert mentions(text) == [("Daily Star", "The Daily Star")]


def test_a_verb_joined_after_a_quote_takes_the_sentence_pronoun() -> None:
    text = (
        "Tom Roe spoke on Monday. He called her handling of the files "
        '"extremely careless," and said any "reasonable person" would see it.'
    )
    assert mentions(text) == [("Tom Roe", "He"), ("Tom Roe", "He")]


def test_a_described_subject_read_from_afar_is_not_taken() -> None:
    text = (
        'Tom Roe spoke on Monday. The Lee ad hits Roe for taking "more money from banks '
        'than from voters" and claims that "Wall Street made her rich."'
    )
    assert "hits" not in (mentions(text)[1][1] or "")
