"""Which person a quote is given to when its sentence names several: the
tag that reports the quote, not another clause's subject, on short texts
written for the tests."""

from __future__ import annotations

from tests.extraction.helpers import speakers


def test_no_tag_far_after_a_quote_closed_by_two_apostrophes() -> None:
    # ".'' But the feud continued": a new sentence after the quote, not its tag
    text = (
        "It was a favour Lena Voss said she hoped would be "
        "''a fine thing for him.'' But the feud continued, and he left."
    )
    assert speakers(text)[0][1:] == ("Lena Voss", "said")


def test_name_after_an_article_and_one_adjective_is_the_speaker() -> None:
    # "An angry Hollande retaliated": the name, not a role of someone else's
    text = (
        "Lena Voss, the mayor, spoke first. \u201cThe city will stand,\u201d an angry Voss replied."
    )
    assert speakers(text)[0][1:] == ("Lena Voss", "replied")


def test_participle_after_a_clause_with_a_described_subject() -> None:
    # "Lee asks as a maintenance guy walks in, saying …": the clause's subject
    text = (
        "\u201cHow many have I lost?\u201d Lena Voss asks as a delivery man walks "
        "in, saying he is \u201chere to fix the seven holes in your wall.\u201d"
    )
    assert speakers(text)[1][1:] == ("a delivery man", "saying")


def test_participle_after_a_where_clause_with_a_number() -> None:
    text = (
        "Voss spoke near the hotel, where about 40 workers had gathered on "
        "Monday, chanting \u201cno contract, no peace\u201d as she arrived."
    )
    assert speakers(text)[0][1:] == ("about 40 workers", "chanting")


def test_participle_after_a_phrase_without_a_verb_keeps_the_cue_before() -> None:
    text = (
        "Lena Voss said so after a meeting with supporters, adding that the plan "
        "was \u201cdead on arrival.\u201d"
    )
    assert speakers(text)[0][1] == "Lena Voss"


def test_phrase_after_in_before_a_cue_is_no_speaker() -> None:
    # "but in a later interview said": the subject of the sentence spoke
    text = (
        "The clerk first denied it, but in a later interview said he had an "
        "\u201cuh-oh\u201d moment and deleted the files."
    )
    assert speakers(text)[0][1] == "The clerk"


def test_tag_naming_two_writers_after_the_quote() -> None:
    text = (
        "The Courier described a candidate aggrieved. \u201cVoss is filled with "
        "resentment,\u201d Ann-Marie Lee and Tom Ray wrote. \u201cShe feels alone.\u201d"
    )
    assert [found[1] for found in speakers(text)] == ["Tom Ray", "Tom Ray"]


def test_quote_closing_an_as_clause_after_but_even() -> None:
    text = (
        "But even as Voss claimed on Monday that \u201cthe mayor got off lightly,\u201d "
        "one of the former judges said the two cases were different."
    )
    assert speakers(text)[0][1:] == ("Voss", "claimed")


def test_verb_with_a_possessive_object_after_the_quote_is_no_tag() -> None:
    text = (
        "Voss further summed up Ray as \u201cweak,\u201d denounced his record as "
        "mayor and said he should resign."
    )
    assert speakers(text)[0][1] == "Voss"
