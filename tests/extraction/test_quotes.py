"""Quote-mark pairing and quote kinds, on short texts written for the tests."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.extraction.helpers import speakers
from verify.extraction.pipeline import extract
from verify.extraction.quotes import (
    _MARK,
    _mark_spans,
    extract_quotes,
    pair_quote_marks,
)
from verify.extraction.segmentation import paragraphs
from verify.extraction.types import Quote


def quotes_of(text: str) -> list[Quote]:
    return list(extract_quotes(text)[0])


def texts_of(text: str) -> list[str]:
    return [text[span.start : span.end] for span in pair_quote_marks(text)]


def test_curly_double_quotes_pair_without_their_marks() -> None:
    text = "\u201cWe will rebuild the bridge,\u201d the mayor said."
    assert texts_of(text) == ["We will rebuild the bridge,"]


def test_straight_double_quotes_pair() -> None:
    text = 'The minister said: "Prices will fall next year." Then she left.'
    assert texts_of(text) == ["Prices will fall next year."]


def test_two_apostrophes_stand_for_a_double_quote() -> None:
    text = "''The vote was fair,'' Mr. Okafor said. ''Nobody was turned away.''"
    assert texts_of(text) == ["The vote was fair,", "Nobody was turned away."]


def test_guillemets_pair() -> None:
    text = "Le ministre a d\u00e9clar\u00e9 : \u00ab Nous resterons \u00bb, puis il est parti."
    assert texts_of(text) == ["Nous resterons"]


def test_low_high_quotes_pair() -> None:
    text = "Die Ministerin sagte: \u201eWir bleiben hier.\u201c Dann ging sie."
    assert texts_of(text) == ["Wir bleiben hier."]


def test_apostrophes_in_words_are_not_quote_marks() -> None:
    text = "Kyiv's mayor loves rock 'n' roll. \u201cIt's Kyiv\u2019s sound,\u201d he said."
    assert texts_of(text) == ["It's Kyiv\u2019s sound,"]


def test_nested_single_quotes_stay_inside_the_outer_quote() -> None:
    text = "\u201cShe told me \u2018we are leaving\u2019 and left,\u201d Ana said."
    assert texts_of(text) == ["She told me \u2018we are leaving\u2019 and left,"]


def test_quote_over_several_paragraphs_reopens_in_each() -> None:
    text = (
        "\u201cThe first part of the plan is simple.\n\n"
        "\u201cThe second part is harder,\u201d said Ana Ruiz."
    )
    spans = pair_quote_marks(text)
    assert [text[s.start : s.end] for s in spans] == [
        "The first part of the plan is simple.",
        "The second part is harder,",
    ]
    assert spans[1].continued


def test_a_paragraph_without_marks_ends_a_quote_left_open() -> None:
    text = (
        "\u201cThe first part of the plan is simple.\n\n"
        "Nobody answered the mayor.\n\n"
        "\u201cThe second part is harder,\u201d said Ana Ruiz."
    )
    spans = pair_quote_marks(text)
    assert [text[s.start : s.end] for s in spans] == [
        "The first part of the plan is simple.",
        "The second part is harder,",
    ]
    assert not spans[1].continued


def test_unmatched_mark_does_not_shift_later_pairs() -> None:
    text = (
        "The report called it \u201cunfinished and then moved on.\n"
        "\u201cWe disagree,\u201d said Ana Ruiz.\n"
        "\u201cIt is finished,\u201d said Tom Berg."
    )
    assert texts_of(text)[-2:] == ["We disagree,", "It is finished,"]


def test_odd_straight_marks_in_one_paragraph_stay_local() -> None:
    text = 'He wrote "one and "two" here.\n"Three," she said.'
    assert texts_of(text)[-1] == "Three,"


def test_whole_utterance_is_direct_and_a_few_words_are_partial() -> None:
    text = (
        "\u201cWe will not sign this deal,\u201d said Ana Ruiz. "
        "Ukraine accused Russia of making \u201cunacceptable\u201d demands."
    )
    kinds = [(q.text, q.kind) for q in quotes_of(text)]
    assert kinds == [("We will not sign this deal,", "direct"), ("unacceptable", "partial")]


def test_a_direct_quote_resumed_after_its_tag_stays_direct() -> None:
    # the second part opens in lower case because the tag cut the sentence, not
    # because it is a few words of a paraphrase; its sentences are quote items, not claims
    text = (
        "\u201cThe attack,\u201d Ana Ruiz said, \u201cwas aimed at civilians. "
        "We will respond.\u201d Russia denied it on Monday, officials said."
    )
    result = extract(text)
    assert [q.kind for q in result.quotes] == ["direct", "direct"]
    assert [c.text for c in result.claims] == ["Russia denied it on Monday, officials said."]


def test_scare_quotes_and_titles_are_left_out() -> None:
    text = (
        "The so-called \u201cexperts\u201d met again. She appeared on "
        "\u201cMorning Report\u201d on Sunday. The \u201cgrand bargain\u201d collapsed."
    )
    assert quotes_of(text) == []


def test_markup_attribute_values_are_left_out() -> None:
    text = '<tweet author="@someone" id="12345">Hello</tweet>'
    assert quotes_of(text) == []


def test_offsets_are_exact_with_emoji_and_non_latin_text() -> None:
    text = (
        "\U0001f1fa\U0001f1e6 \u041a\u0438\u0457\u0432 \u2014 "
        "\u201c\u041c\u0438 \u0432\u0438\u0441\u0442\u043e\u0457\u043c\u043e \U0001f4aa,\u201d "
        "said Olena Kovalenko. Cafe\u0301 owners said \u201cwe stay open\u201d today."
    )
    found = quotes_of(text)
    assert [q.text for q in found] == [
        "\u041c\u0438 \u0432\u0438\u0441\u0442\u043e\u0457\u043c\u043e \U0001f4aa,",
        "we stay open",
    ]
    assert all(text[q.start : q.end] == q.text for q in found)


def test_ten_thousand_quote_marks_are_paired_in_linear_time() -> None:
    text = '"a" ' * 10_000 + "\u201c" * 10_000 + "\n" + "\u201d" * 10_000
    started = time.perf_counter()
    spans = pair_quote_marks(text)
    elapsed = time.perf_counter() - started
    assert len(spans) == 10_000
    # a quadratic pass over 30,000 marks would take minutes, not a second
    assert elapsed < 5


def test_deeply_nested_quotes_do_not_blow_up() -> None:
    text = "\u201c" + "\u2018a " * 5_000 + "\u2019" * 5_000 + "\u201d"
    assert len(pair_quote_marks(text)) == 1


def test_extraction_of_a_paragraph_full_of_quotes_stays_fast() -> None:
    text = ('"Yes," he said. ' * 5_000) + ("word " * 20_000) + '"tail'
    started = time.perf_counter()
    found = quotes_of(text)
    assert len(found) == 5_000
    assert time.perf_counter() - started < 10


def test_show_named_in_a_speech_tag_is_not_a_quote() -> None:
    text = (
        "\u201cWe will win,\u201d Ana Ruiz said on NBC\u2019s \u201cMorning Report.\u201d "
        "Her memoir, \u201cA Long Road,\u201d came out in May."
    )
    assert [q.text for q in quotes_of(text)] == ["We will win,"]


MARK_PIECES = [
    '"', "'", "''", "\u201c", "\u201d", "\u201e", "\u00ab", "\u00bb",
    "a", " ", "\u00e9", "\n", "\u2019", "\t",
]  # fmt: skip


@given(st.lists(st.sampled_from(MARK_PIECES), max_size=16).map("".join))
@settings(max_examples=2000, deadline=None)
def test_mark_spans_are_the_marks_the_pattern_finds(text: str) -> None:
    # str.find for each mark character, '' paired left to right, and a
    # paragraph's marks taken from the whole text's by their offsets: the
    # same spans as _MARK over the text and over each paragraph
    spans = _mark_spans(text)
    assert spans == [match.span() for match in _MARK.finditer(text)]
    for para in paragraphs(text):
        inside = [span for span in spans if para.start <= span[0] < para.end]
        found = [match.span() for match in _MARK.finditer(text, para.start, para.end)]
        assert inside == found


def test_a_curly_opener_after_a_space_opens_with_a_space_inside() -> None:
    text = "\u201cWe will wait,\u201d Ann Lee said. \u201c You know, the river always wins.\u201d"
    assert texts_of(text) == ["We will wait,", "You know, the river always wins."]


def test_a_curly_opener_typed_as_a_closer_still_opens_nothing() -> None:
    text = "The mill is \u201cthe best in the state\u201c and its rivals are \u201cthe worst.\u201d"
    assert "and its rivals are" not in texts_of(text)


@pytest.mark.parametrize("opener", ["\u00ab ", "\u201c", '"'])
def test_a_quote_missing_its_closing_mark_ends_at_its_tag(opener: str) -> None:
    text = (
        "Talks stalled on Friday.\n\n"
        f"{opener}The ball is in their court, Peskov told reporters.\n\n"
        f"Dmitry Peskov told reporters: {opener}We will wait for an answer.\n\n"
        "He gave no date."
    )
    quotes = extract_quotes(text)[0]
    assert [(q.text, q.speaker, q.cue) for q in quotes] == [
        ("The ball is in their court,", "Dmitry Peskov", "told"),
        ("We will wait for an answer.", "Dmitry Peskov", "told"),
    ]


@pytest.mark.parametrize(("opener", "closer"), [("\u201c", "\u201d"), ('"', '"')])
def test_a_quote_opening_a_sentence_and_missing_its_closing_mark_ends_with_its_paragraph(
    opener: str, closer: str
) -> None:
    text = (
        f"{opener}We will win this race,{closer} said Ana Ruiz, "
        f"the mayor. {opener}Nobody in this city doubts it.\n\n"
        "She left the stage early."
    )
    assert speakers(text) == [
        ("We will win this race,", "Ana Ruiz", "said"),
        ("Nobody in this city doubts it.", "Ana Ruiz", "said"),
    ]


@pytest.mark.parametrize("opener", ["\u201c", '"'])
def test_a_quote_missing_its_closing_mark_before_a_new_one_ends_at_its_tag(opener: str) -> None:
    closer = opener.replace("\u201c", "\u201d")
    text = (
        f"Ana Ruiz spoke last.\n\n{opener}We must act now, she added, "
        f"{opener}before it is too late.{closer}\n\nThe vote is on Monday."
    )
    assert speakers(text) == [
        ("We must act now,", "Ana Ruiz", "added"),
        ("before it is too late.", "Ana Ruiz", "added"),
    ]


def test_a_closing_mark_typed_as_an_opening_one_is_left_out_of_the_quote() -> None:
    text = (
        "\u201cWe will win this race,\u201d Ana Ruiz said. \u201cWe know it. \u201c\n\n"
        "She left the stage early."
    )
    assert texts_of(text) == ["We will win this race,", "We know it."]


def test_a_stray_mark_inside_a_sentence_opens_no_quote_to_the_paragraph_end() -> None:
    text = "\u201cWe will win,\u201d she said. The crowd cheered \u201cloudly.\n\nShe left."
    assert texts_of(text) == ["We will win,"]


def test_a_name_after_a_broken_so_called_has_no_speaker() -> None:
    # "so- called" broken at its hyphen is still "so-called": a name, no one's words
    text = (
        "Britain and the so- called \u2018special bond\u2019 with Washington mattered "
        "most, Ann Lee said."
    )
    assert [(q.text, q.speaker) for q in extract(text).quotes] == [("special bond", None)]
