"""Stances taken in public: backing someone or something (reports/backing.py)
and a share of people supporting it (reports/shares.py), on short texts
written for the tests."""

from __future__ import annotations

import pytest

from verify.extraction.pipeline import extract


def _attributed(text: str) -> list[tuple[str | None, str | None]]:
    return [(c.claimant_mention, c.cue) for c in extract(text).claims if c.claimant]


@pytest.mark.parametrize(
    ("text", "mention", "cue"),
    [
        ("Councillor Ivo Marsh backed the harbour plan.", "Councillor Ivo Marsh", "backed"),
        ("The dockers' union backs Ada Lund for mayor.", "The dockers' union", "backs"),
        ("Two councillors are backing the pier.", "Two councillors", "backing"),
        ("The guild went ahead and formally backed Ada Lund.", "The guild", "backed"),
    ],
)
def test_backing_is_a_stance(text: str, mention: str, cue: str) -> None:
    assert _attributed(text) == [(mention, cue)]


@pytest.mark.parametrize(
    "text",
    [
        # a reduced relative, a noun, a compound adjective
        "A group backing Ada Lund spent $2 million on the pier.",
        "The pier plan has the backing of the council.",
        "Navy-backed divers mapped the pier.",
        # another verb, and the passive
        "The mayor backed away from the pier plan.",
        "Ada Lund gives speeches on the pier and backs them up in the press.",
        "The pier plan was backed by the council.",
        # an aside about someone the sentence names
        "The fund raised $500 from Ada Lund, an investor who had previously backed Ivo Marsh.",
        "The fund raised $500 from Ada Lund, an investor who once backed Ivo Marsh.",
    ],
)
def test_backing_that_takes_no_side_of_the_sentence(text: str) -> None:
    assert _attributed(text) == []


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Two-thirds support rebuilding the old pier.", "Two-thirds"),
        ("About three-quarters support a ban on diving.", "About three-quarters"),
        ("A majority support the harbour plan.", "A majority"),
    ],
)
def test_a_share_of_people_supporting_something_is_the_claimant(text: str, mention: str) -> None:
    assert _attributed(text) == [(mention, "support")]


def test_a_share_before_support_as_a_noun_is_no_stance() -> None:
    assert _attributed("Ada Lund garners 41 percent support in the harbour ward.") == []


@pytest.mark.parametrize(
    ("text", "mention", "cue"),
    [
        ("Ada Lund was the first councillor to endorse the pier plan.", "Ada Lund", "endorse"),
        (
            "Ivo Marsh was one of the earliest divers to say the pier was unsafe.",
            "Ivo Marsh",
            "say",
        ),
    ],
)
def test_a_rank_before_an_infinitive_cue_keeps_the_subject(
    text: str, mention: str, cue: str
) -> None:
    assert _attributed(text) == [(mention, cue)]


def test_an_article_before_an_infinitive_cue_names_no_claimant() -> None:
    assert _attributed("It was an effort to say the pier was safe.") == []
