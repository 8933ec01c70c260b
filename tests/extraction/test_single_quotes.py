"""Single quote marks (‘ ’ and '): British copy, headlines, and apostrophes that
must never pair. Short texts written for the tests."""

from __future__ import annotations

import time

import pytest

from verify.extraction.quotes import extract_quotes, pair_quote_marks
from verify.extraction.types import Quote

OPEN, CLOSE = "\u2018", "\u2019"


def quotes_of(text: str) -> list[Quote]:
    return list(extract_quotes(text)[0])


def texts_of(text: str) -> list[str]:
    return [text[span.start : span.end] for span in pair_quote_marks(text)]


def said(text: str) -> list[tuple[str, str | None]]:
    return [(quote.text, quote.speaker) for quote in quotes_of(text)]


def test_british_dialogue_gives_the_quote_and_its_speaker() -> None:
    text = f"Ana Ruiz spoke at the port on Monday. {OPEN}We will not back down,{CLOSE} she said."
    found = quotes_of(text)
    assert [(q.text, q.kind, q.speaker) for q in found] == [
        ("We will not back down,", "direct", "Ana Ruiz")
    ]


def test_colon_before_a_single_quoted_sentence() -> None:
    text = f"Tom Berg arrived late. He said: {OPEN}It is over.{CLOSE} Then he left."
    assert said(text) == [("It is over.", "Tom Berg")]


def test_quote_interrupted_by_its_speech_tag() -> None:
    text = f"{OPEN}We will not,{CLOSE} said Dmitry Peskov, {OPEN}and we never will.{CLOSE}"
    assert said(text) == [
        ("We will not,", "Dmitry Peskov"),
        ("and we never will.", "Dmitry Peskov"),
    ]


def test_straight_single_quotes_pair() -> None:
    text = "Tom Berg arrived late. He said: 'It is over.' Then he left."
    assert said(text) == [("It is over.", "Tom Berg")]


def test_headline_quotes_in_single_marks() -> None:
    assert said("Trump says 'no deal' on tariffs") == [("no deal", "Trump")]
    assert texts_of(f"Mayor calls bridge plan {OPEN}reckless{CLOSE}, {OPEN}too costly{CLOSE}") == [
        "reckless",
        "too costly",
    ]


def test_double_quotes_nested_in_single_ones_stay_inside() -> None:
    text = (
        f"{OPEN}She told me \u201cwe are leaving\u201d and left,{CLOSE} said Ana Ruiz.\n\n"
        f"{OPEN}It is over,{CLOSE} said Tom Berg."
    )
    assert said(text) == [
        ("She told me \u201cwe are leaving\u201d and left,", "Ana Ruiz"),
        ("It is over,", "Tom Berg"),
    ]


def test_single_quotes_nested_in_double_ones_stay_inside() -> None:
    text = f"\u201cShe told me {OPEN}we are leaving{CLOSE} and left,\u201d Ana Ruiz said."
    assert texts_of(text) == [f"She told me {OPEN}we are leaving{CLOSE} and left,"]


def test_single_marks_after_a_double_quote_left_open_are_nested() -> None:
    text = f"Ana Ruiz said \u201cshe told me {OPEN}we are leaving{CLOSE} and left.\nThe end."
    assert texts_of(text) == []


def test_a_stray_single_pair_holding_double_quotes_in_american_copy_is_dropped() -> None:
    text = (
        f"The {OPEN}plan \u201cfailed,\u201d said Tom Berg, citing the Joneses{CLOSE}.\n"
        "\u201cWe will win,\u201d said Ana Ruiz.\n"
        "\u201cIt is done,\u201d said Tom Berg."
    )
    assert texts_of(text) == ["failed,", "We will win,", "It is done,"]


def test_a_headline_echoing_a_body_quote_in_single_marks_is_dropped() -> None:
    text = (
        f"Ruiz: {OPEN}We Will Not Back Down{CLOSE}\n\n"
        "\u201cWe will not back down, not now,\u201d Ana Ruiz said on Monday.\n"
        "\u201cIt is over,\u201d said Tom Berg."
    )
    assert texts_of(text) == ["We will not back down, not now,", "It is over,"]


def test_a_single_quote_in_the_body_of_american_copy_that_echoes_nothing_stays() -> None:
    text = (
        "Bridge vote delayed\n\n"
        f"The mayor calls the bridge plan {OPEN}reckless{CLOSE}.\n"
        "\u201cWe will not back down,\u201d Ana Ruiz said on Monday.\n"
        "\u201cIt is over,\u201d said Tom Berg. The words \u201cwreckless driving\u201d stay."
    )
    assert texts_of(text)[0] == "reckless"


def test_a_headline_quote_in_single_marks_in_american_copy_is_dropped() -> None:
    # the headline recasts words in title case; the body's quotes stay
    text = (
        f"Berg: {OPEN}The Plan Is Reckless{CLOSE}\n\n"
        "\u201cWe will not back down,\u201d Ana Ruiz said on Monday.\n"
        "\u201cIt is over,\u201d said Tom Berg."
    )
    assert texts_of(text) == ["We will not back down,", "It is over,"]


def test_a_text_of_one_paragraph_has_no_headline() -> None:
    text = (
        f"Tom Berg called it \u201ca mess\u201d and {OPEN}a waste{CLOSE}, then said \u201cno\u201d"
    )
    assert texts_of(text) == ["a mess", "a waste", "no"]


APOSTROPHES = (
    "Kyiv's mayor, O'Brien, don't care. Fans of rock 'n' roll loved the '90s and 'em. "
    "The players' union was goin' home from the Joneses' party 'til late in '16."
)


@pytest.mark.parametrize(
    "text",
    [APOSTROPHES, APOSTROPHES.replace("'", CLOSE), APOSTROPHES.replace(" '", " " + OPEN)],
    ids=["straight", "curly-apostrophes", "curly-openers"],
)
def test_apostrophes_never_pair(text: str) -> None:
    assert texts_of(text) == []


def test_apostrophes_inside_a_single_quote_do_not_end_it() -> None:
    text = (
        f"{OPEN}It was the players{CLOSE} fault, not O{CLOSE}Brien{CLOSE}s,{CLOSE} he said. "
        "'We love rock 'n' roll and the '90s,' she said. 'Nothin' works,' he added."
    )
    assert texts_of(text) == [
        f"It was the players{CLOSE} fault, not O{CLOSE}Brien{CLOSE}s,",
        "We love rock 'n' roll and the '90s,",
        "Nothin' works,",
    ]


def test_a_plural_possessive_closes_a_quote_only_when_nothing_clearer_follows() -> None:
    assert texts_of("Trump calls plan 'a loss for farmers' on Monday") == ["a loss for farmers"]
    assert texts_of("He called it 'the farmers' fault' on Monday") == ["the farmers' fault"]


def test_a_possessive_does_not_close_a_span_holding_a_double_quote() -> None:
    text = f"The {OPEN}plan \u201cwill work,\u201d said Ana Ruiz, as the players{CLOSE} union left."
    assert texts_of(text) == ["will work,"]


def test_one_stray_mark_stays_local() -> None:
    text = (
        f"The {OPEN}plan failed. {OPEN}We are done,{CLOSE} said Ana Ruiz.\n"
        f"He called it {OPEN}unfinished and moved on. The vote went ahead.\n"
        f"{OPEN}We disagree,{CLOSE} said Tom Berg. {OPEN}It is finished,{CLOSE} said Ana Ruiz."
    )
    # an unmatched mark costs at most one quote (here it is taken to run on into
    # the next paragraph, the news convention) and never shifts the later pairs
    assert texts_of(text)[0] == "We are done,"
    assert texts_of(text)[-2:] == ["We disagree,", "It is finished,"]


@pytest.mark.parametrize("mark", [OPEN, "'"], ids=["curly", "straight"])
def test_single_quote_over_several_paragraphs_reopens_in_each(mark: str) -> None:
    close = CLOSE if mark == OPEN else "'"
    text = (
        f"{mark}The first part of the plan is simple.\n\n"
        f"{mark}The second part is harder,{close} said Ana Ruiz."
    )
    spans = pair_quote_marks(text)
    assert [text[s.start : s.end] for s in spans] == [
        "The first part of the plan is simple.",
        "The second part is harder,",
    ]
    assert spans[1].continued
    assert [q.speaker for q in quotes_of(text)] == ["Ana Ruiz", "Ana Ruiz"]


def test_offsets_are_exact_with_emoji_and_non_latin_text() -> None:
    text = (
        "\U0001f1fa\U0001f1e6 \u041a\u0438\u0457\u0432 \u2014 "
        f"{OPEN}\u041c\u0438 \u0432\u0438\u0441\u0442\u043e\u0457\u043c\u043e \U0001f4aa,{CLOSE} "
        f"said Olena Kovalenko. Cafe\u0301 owners said {OPEN}we stay open{CLOSE} today."
    )
    found = quotes_of(text)
    assert [q.text for q in found] == [
        "\u041c\u0438 \u0432\u0438\u0441\u0442\u043e\u0457\u043c\u043e \U0001f4aa,",
        "we stay open",
    ]
    assert all(text[q.start : q.end] == q.text for q in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "The so-called {o}experts{c} met again.",
        "The {o}grand bargain{c} collapsed.",
        "She appeared on {o}Morning Report{c} on Sunday.",
        "Critics called the plan {o}reckless{c} on Monday.",
        "Ana Ruiz said the plan was {o}reckless{c} and left.",
    ],
)
def test_scare_quotes_follow_the_rules_of_double_ones(sentence: str) -> None:
    single = sentence.format(o=OPEN, c=CLOSE)
    double = sentence.format(o="\u201c", c="\u201d")
    assert said(single) == said(double)


@pytest.mark.parametrize(
    "text",
    [
        "'" * 100_000,
        OPEN * 100_000,
        CLOSE * 100_000,
        f"{OPEN}a " * 50_000 + CLOSE * 50_000,
        "'a' " * 25_000,
        "the players' " * 10_000,
        f"{OPEN}a \u201cb " * 25_000,
    ],
    ids=["straight", "openers", "closers", "unclosed", "pairs", "possessives", "mixed"],
)
def test_a_hundred_thousand_single_marks_are_paired_in_linear_time(text: str) -> None:
    started = time.process_time()
    pair_quote_marks(text)
    # a quadratic pass over 100,000 marks would take minutes, not seconds
    assert time.process_time() - started < 5


def test_a_web_pages_links_in_single_guillemets_are_no_quotes() -> None:
    text = (
        "Kyiv says the talks stalled.\n\n\u2039 Previous article | Next article \u203a\n\n"
        "\u2039 Back to top\n\nHome \u203a World \u203a Europe"
    )
    assert texts_of(text) == []
