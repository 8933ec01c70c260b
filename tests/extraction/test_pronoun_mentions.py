"""Possessive pronouns owning the words a quote completes."""

from __future__ import annotations

from verify.extraction.pronoun_mentions import possessive_owner


def _owner(text: str) -> str | None:
    mark = text.index("\u201c")
    tag = possessive_owner(text, 0, mark)
    return None if tag is None else text[tag.start : tag.end]


def test_possessive_owning_a_saying_noun_and_its_phrase_is_the_mention() -> None:
    text = "Ann Lee rallied the crowd with her call for a \u201cliving wage\u201d in the city."
    assert _owner(text) == "her"
    text = "Given his past comments on building a fence to keep out \u201cthieves,\u201d few cared."
    assert _owner(text) == "his"


def test_no_owner_past_a_verb_or_a_cue_after_the_noun() -> None:
    assert _owner("His call for unity was \u201csincere,\u201d Lee said.") is None
    assert _owner("After his remarks on trade, Ann Lee said \u201cnever.\u201d") is None
    assert _owner("Their plan calls for a \u201cfresh start.\u201d") is None


def test_a_plural_owner_is_no_mention() -> None:
    assert (
        _owner("The crowd roared when Texas was called, and their chants of \u201cTed!\u201d rose.")
        is None
    )


def test_a_plural_saying_noun_right_after_its_owner() -> None:
    assert (
        _owner("Ann Lee rallied students with her calls to end the \u201crigged\u201d fees.")
        == "her"
    )
    # a plural that is the sentence's verb owns nothing
    assert _owner("Her economic plan promises to \u201clift wages\u201d in the city.") is None


def test_a_that_clause_after_a_saying_noun_is_the_owner_s() -> None:
    text = (
        "Tom Ray left, after his warning that Dover would go to the \u201cback of the queue.\u201d"
    )
    assert _owner(text) == "his"
    # a nearer saying noun, or a tag before the owner, speaks instead
    text = "Ann Lee compared his claim that taxes grow to Tory arguments \u201cthat cuts pay.\u201d"
    assert _owner(text) is None
    assert _owner("Ann Lee said in her remarks that the state is an \u201cally.\u201d") is None


def test_modifiers_of_a_saying_noun_may_hold_a_comma_between_them() -> None:
    text = "Lee's worst claim was his long, pre-campaign embrace of \u201cbirtherism.\u201d"
    assert _owner(text) == "his"
    # a comma before the noun closes another phrase ("her tendencies, warning")
    text = "He knows her tendencies, warning that Lee is \u201cin control.\u201d"
    assert _owner(text) is None
