"""A cue word that is also a noun after a possessive determiner or a plural
quantifier ("His remarks", "Many claims") or after a people's adjective
("disprove Republican claims") is the noun, no cue (cue_context.is_cue_at)."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import mentions, speakers


@pytest.mark.parametrize("subject", ["His remarks", "Their claims", "Her comments", "Many claims"])
def test_a_noun_after_a_possessive_determiner_is_no_cue(subject: str) -> None:
    text = (
        f"Tom Lee spoke on Monday. {subject} support the view of Ann Roe that the "
        'rules were "badly out of date."'
    )
    assert mentions(text)[0][1] not in ("His", "Their", "Her", "Many")


@pytest.mark.parametrize("adjective", ["Republican", "Russian", "Democratic"])
def test_a_noun_after_a_peoples_adjective_is_no_cue(adjective: str) -> None:
    text = (
        f"Tom Lee and his aides wrote a memo to answer {adjective} claims of "
        '"significant breakthroughs" in the talks.'
    )
    assert mentions(text)[0][1] != f"answer {adjective}"


def test_a_party_member_set_off_by_commas_still_claims() -> None:
    text = 'Ann Lee, a Republican, claims the plan is "dead on arrival."'
    assert mentions(text) == [("Ann Lee", "Ann Lee, a Republican")]


@pytest.mark.parametrize("noun", ["jokes", "vows", "quips", "tweets", "boasts"])
def test_a_cue_that_is_also_a_plural_noun_after_a_verb_is_no_cue(noun: str) -> None:
    text = (
        f"Tom Lee left the city in May. Now his friends make {noun} about sending "
        'a band to the wedding "to keep the peace."'
    )
    assert mentions(text)[0][1] != "Now his friends make"


def test_a_cue_that_is_also_a_plural_noun_after_an_adjective_is_no_cue() -> None:
    text = (
        "Ann Roe talks about books a lot. One of her recent reads, "
        '"This book changed how I see the whole war and the men who fought it."'
    )
    assert mentions(text) == [("Ann Roe", "Ann Roe")]


@pytest.mark.parametrize("verb", ["jokes", "vows", "quips", "tweets", "boasts"])
def test_a_name_before_a_plural_noun_like_cue_still_speaks(verb: str) -> None:
    text = f'Ann Lee {verb} that the plan is "dead on arrival."'
    assert mentions(text) == [("Ann Lee", "Ann Lee")]


@pytest.mark.parametrize(("owner", "adjective"), [("Their", "repeated"), ("His", "alleged")])
def test_a_participle_after_a_possessive_determiner_is_an_adjective(
    owner: str, adjective: str
) -> None:
    text = (
        f'Tom Lee spoke to the board on Monday. {owner} {adjective} "threats against '
        'the mayor" drew fire from Ann Roe.'
    )
    assert speakers(text)[0][2] != adjective
    assert mentions(text)[0][1] != owner


def test_recalls_after_a_noun_is_a_noun() -> None:
    text = (
        "Ann Roe spoke on Monday. Now the firm faces safety recalls over "
        '"faulty brakes in older models."'
    )
    assert mentions(text)[0][1] != "Now the firm faces safety"


@pytest.mark.parametrize("before", ["also", "now", "wrote to us and"])
def test_a_plural_noun_like_cue_before_that_after_an_adverb_is_a_verb(before: str) -> None:
    text = f'Tom Roe spoke on Monday. Ann Lee {before} claims that "Wall Street made him rich."'
    assert speakers(text)[0][2] == "claims"
