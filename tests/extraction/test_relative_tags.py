"""Relative clauses in speech tags (relative_tags), and an object pronoun after
a late cue (tag_after)."""

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


def test_an_object_pronoun_after_a_late_cue_is_no_inverted_subject() -> None:
    text = 'Tom Lee waved. "I have to take my brother," his friend, Ann Roe, recalled him saying.'
    assert mentions(text) == [("Ann Roe", "his friend, Ann Roe")]


def test_a_quote_after_an_inverted_tag_with_a_relative_cue_takes_the_inverted_tag() -> None:
    text = (
        '"I think it can work," said Ann Lee, an editor at Acme Weekly, who has not read '
        'the book. "Even though she is rich, she is still a woman."'
    )
    mention = "Ann Lee, an editor at Acme Weekly, who has not read the book"
    assert mentions(text) == [("Ann Lee", mention), ("Ann Lee", mention)]
