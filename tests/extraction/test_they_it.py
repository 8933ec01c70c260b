"""Who a "they" or an "it" speaker is: a group of people or a document the
sentences before are about, or no one rather than the nearest body, on
short texts written for the tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.extraction.helpers import BREAK_PIECES, claim_with, mentions
from verify.extraction.entities import find_entities
from verify.extraction.group_speakers import it_speaker, they_speaker

# sentence breaks, quote marks and the words the look-backs read
_PIECES = [*BREAK_PIECES, "They", "they", "It", "it", " and ", "The email", ", ", "As ", "s"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Professors Lee and Roe, who ran the mill for years, met with Acme Corp. in May. "
            "They said the deal was \u201ca good one.\u201d",
            "Ann Lee and Tom Roe",
        ),
        (
            "The two young reporters at the Daily Bugle wrote the story. "
            "They called it \u201ca scoop.\u201d",
            "The two young reporters",
        ),
        (
            "Union Steel Workers blocked the plan at Acme Corp. because they said it was "
            "\u201ca trap.\u201d",
            "Union Steel Workers",
        ),
        (
            "The mill will close, the groups say. They argue that Acme Corp. should "
            "\u201cpay the workers.\u201d",
            "the groups",
        ),
    ],
)
def test_they_is_the_group_the_sentences_name(text: str, speaker: str) -> None:
    text = "Ann Lee runs the Dover mill. Tom Roe owns it. " + text
    assert mentions(text)[-1][0] == speaker


def test_they_with_no_group_before_is_no_body() -> None:
    text = (
        "Acme Corp. opened a plant in Dover. Ann Lee visited it on Monday. "
        "As they say about her, \u201cshe never rests.\u201d"
    )
    assert mentions(text) == [(None, "they")]


def test_they_after_a_study_written_with_others_is_not_the_others() -> None:
    text = (
        "Acme Corp. funded the work. In a study they wrote with Ann Lee and Tom Roe, "
        "they found no gain. \u201cThe results are clear,\u201d they argued."
    )
    assert mentions(text) == [(None, "they")]


def test_it_after_a_document_is_the_document() -> None:
    text = (
        "The email, sent by Acme Corp. at noon, reached Ann Lee. Two workers were there. "
        "\u201cWe will close the mill,\u201d it reads."
    )
    assert mentions(text) == [("The email", "it")]


def test_it_that_opens_its_clause_speaks_for_no_one() -> None:
    text = "Acme Corp. signed the deal. It seems Ann Lee's call to \u201cbuild more\u201d won."
    assert mentions(text)[0][0] is None


def test_it_after_a_body_the_sentence_opens_with_is_that_body() -> None:
    text = (
        "Acme Corp. asked Congress for help. A coalition of unions sent a letter to Congress "
        "on Monday. \u201cThe mill must stay open,\u201d it read."
    )
    assert mentions(text) == [("A coalition", "it")]


def test_they_after_a_body_of_people_is_that_body() -> None:
    text = (
        "Acme Corp. runs the mill. This group wants a raise. "
        "They said the pay was \u201ctoo low.\u201d"
    )
    assert mentions(text)[0][0] == "This group"


def test_they_after_a_share_of_a_group_is_the_group() -> None:
    text = (
        "Acme Corp. polled its staff. Young workers say they like the mill. "
        "Nearly nine out of 10 say they will stay. They call the pay \u201cfair.\u201d"
    )
    assert mentions(text)[0][0] == "Young workers"


def test_it_after_a_document_in_an_opening_phrase_is_the_document() -> None:
    text = (
        "Congress met on Monday. On his website, Tom Roe thanks the voters. "
        "\u201cThis is your win,\u201d it says."
    )
    assert mentions(text) == [("his website", "it")]


def test_it_in_a_which_clause_is_the_name_before_which() -> None:
    text = (
        "Congress met on Monday. Ann Lee hired a firm called Data Works, which sells "
        "what it calls \u201csmart lists.\u201d"
    )
    assert mentions(text)[0][0] == "Data Works"


def test_they_after_an_opening_clause_on_a_group_is_the_group() -> None:
    text = (
        "Acme Corp. hired Ann Lee. As Republicans scrambled for cash last year, "
        "they called the tax \u201ca burden.\u201d"
    )
    assert mentions(text)[0][0] == "Republicans"


@pytest.mark.parametrize(
    "sentence",
    ["This angered Hispanics in Dover.", "The question for people in Dover is the pay."],
)
def test_they_after_a_clause_that_only_mentions_people_is_no_one(sentence: str) -> None:
    text = f"Acme Corp. hired Ann Lee. {sentence} They called the tax \u201ca burden.\u201d"
    assert mentions(text)[0][0] is None


def test_it_after_a_document_in_a_clause_is_not_that_document() -> None:
    text = (
        "Acme Corp. hired Ann Lee. Since the news that Tom Roe sent a private email, "
        "Ann Lee has been quiet. \u201cWe will close,\u201d it said."
    )
    assert mentions(text)[0][0] != "a private email"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Her advisers met in Dover.", "Her advisers"),
        ("The two squabbled at length.", "The two"),
    ],
)
def test_they_after_owned_people_or_a_pair_is_them(sentence: str, speaker: str) -> None:
    text = f"Ann Lee hired Tom Roe at the mill. {sentence} They called the plan \u201ca mess.\u201d"
    assert mentions(text)[0][0] == speaker


def test_they_in_a_tag_amid_its_sentence_looks_back_past_it() -> None:
    text = (
        "Acme Corp. hired Ann Lee. Former prosecutors spoke on Monday. "
        "Act before the vote, they said, or \u201cyou lose.\u201d"
    )
    assert mentions(text)[0][0] == "Former prosecutors"


def test_they_after_a_group_in_a_with_phrase_is_not_that_group() -> None:
    text = (
        "Acme Corp. hired Ann Lee. With the protesters gaining ground last year, "
        "they called the war \u201ca mess.\u201d"
    )
    assert mentions(text)[0][0] is None


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30), st.integers(min_value=0, max_value=200))
def test_group_speakers_take_any_text(pieces: list[str], at: int) -> None:
    text = "".join(pieces)
    at = min(at, len(text))
    index = find_entities(text)
    they_speaker(text, at, index)
    it_speaker(text, at, index)


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        # the group the sentences name, not the body the index puts nearest
        (
            "Ann Lee and Tom Roe met the Acme Corp. board in May. "
            "They said the plant would close within a year.",
            "Ann Lee and Tom Roe",
        ),
        # a document the sentences before are about
        (
            "The staff letter reached the Acme Corp. board on Monday. "
            "It said the plant would close within a year.",
            "The staff letter",
        ),
        # a people the index gives stays the claimant
        (
            "Democrats met in Dover. Later they said the plant would close within a year.",
            "Democrats",
        ),
    ],
)
def test_a_claims_they_or_it_is_the_group_or_document(text: str, claimant: str) -> None:
    claim = claim_with(text, "the plant would close")
    assert claim.claimant == claimant


def test_a_claims_they_is_the_people_rather_than_the_body_before() -> None:
    text = "The Acme Corp. board met in May. Workers were angry. They said the plant was unsafe."
    assert claim_with(text, "the plant was unsafe").claimant == "Workers"
