"""Fast paths of the extractor held equal to the plain code they stand for."""

from __future__ import annotations

import dataclasses
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from verify.extraction import (
    attribution,
    claims,
    entities,
    line_labels,
    name_words,
    pronoun_mentions,
    reports,
    segmentation,
    unspoken,
)
from verify.extraction.claims import extract_claims
from verify.extraction.pipeline import extract
from verify.extraction.quotes import extract_quotes
from verify.extraction.reports import claimants, cue_words, edges, patterns, verbs
from verify.extraction.segmentation import Span
from verify.extraction.types import Claim, Quote

# words and marks the claimant rules meet, the break marks and time words among them
PHRASE_PIECES = [
    " ",
    "  ",
    "-",
    " - ",
    ":",
    ";",
    "\u2014",
    "\u2013",
    ",",
    "the",
    "mayor",
    "Ada Lund",
    "on",
    "last",
    "Monday",
    "Sunday",
    "week",
    "year",
    "yesterday",
    "today",
    "a statement",
    "an interview",
    "statements",
    "Mondays",
]
# the claimant rules' phrases are words joined by spaces, with no line break
# (before which "$" would match too)
phrases = st.lists(st.sampled_from(PHRASE_PIECES), max_size=12).map("".join)


@given(phrases)
@settings(max_examples=500, deadline=None)
def test_after_hard_break_is_the_last_part_of_the_split(phrase: str) -> None:
    assert claimants._after_hard_break(phrase) == claimants.HARD_BREAK.split(phrase)[-1]


@given(phrases)
@settings(max_examples=500, deadline=None)
def test_trailing_time_matches_only_phrases_ending_in_a_time_word(phrase: str) -> None:
    if not phrase.endswith(claimants._TIME_ENDINGS):
        assert claimants.TRAILING_TIME.search(phrase) is None


optional_text = st.none() | st.text(max_size=8)
claim_fields = st.tuples(
    st.integers(0, 10_000),
    st.integers(0, 10_000),
    st.text(max_size=20),
    optional_text,
    optional_text,
    optional_text,
    st.floats(0.0, 1.0),
    st.lists(st.sampled_from(["hedged", "numeric", "attributed"]), max_size=3).map(tuple),
    st.lists(st.integers(0, 50), max_size=3).map(tuple),
    st.none() | st.tuples(st.integers(0, 100), st.integers(0, 100)),
)


@given(claim_fields)
@settings(max_examples=200, deadline=None)
def test_new_claim_is_the_claim_the_constructor_builds(values: tuple[object, ...]) -> None:
    built = claims._new_claim(*values)
    expected = Claim(*values)  # type: ignore[arg-type]
    assert built == expected
    assert repr(built) == repr(expected)
    assert hash(built) == hash(expected)
    with pytest.raises(dataclasses.FrozenInstanceError):
        built.start = 0  # type: ignore[misc]


BREAK_PIECES = [" ", "\n", ",", ";", "but", "and", "which", "who", "the", "He", "Lund has", "said"]


@given(st.lists(st.sampled_from(BREAK_PIECES), max_size=14).map("".join), st.integers(0, 3))
@settings(max_examples=1000, deadline=None)
def test_breaks_tried_at_commas_and_semicolons_are_those_a_search_finds(
    text: str, trim: int
) -> None:
    end = max(0, len(text) - trim)
    for pattern in (claims._CLAUSE_BREAK, claims._REPORT_BREAK):
        expected = [match.span() for match in pattern.finditer(text, trim, end)]
        assert [match.span() for match in claims._breaks(pattern, text, trim, end)] == expected


def test_never_a_name_alone_is_function_words_and_contractions_with_either_apostrophe() -> None:
    for word in entities._CONTRACTIONS:
        assert word.replace("'", "\u2019") in entities._NEVER_A_NAME_ALONE
    for word in entities._NEVER_A_NAME_ALONE:
        plain = word.replace("\u2019", "'")
        assert word in name_words.FUNCTION_WORDS or plain in entities._CONTRACTIONS


def test_contraction_with_curly_apostrophe_opening_a_sentence_is_no_name() -> None:
    index = entities.find_entities("I\u2019m sure of it. Ann Lee said so.")
    assert [entity.name for entity in index.entities] == ["Ann Lee"]


def test_stages_given_the_paragraphs_find_what_they_find_alone() -> None:
    text = (
        "Pier Closed\n\n"
        "\u201cThe pier is unsafe,\u201d said Ada Lund, the harbour master.\n"
        "Officials said the repairs would cost $2 million, but Lund disagreed."
    )
    quotes, entities = extract_quotes(text)
    result = extract(text)
    assert result.quotes == quotes
    assert result.claims == extract_claims(text, quotes, entities)


# words and marks around the cues of the rules find_report skips by a cheap test
# (their cue keys, " that ", an opening "In" or "On")
REPORT_PIECES = [
    " ",
    ", ",
    ",",
    "\u201d",
    '"',
    "-",
    "As",
    "as",
    "reported",
    "noted",
    "revealed",
    "by",
    "said",
    "says",
    "warns",
    "re-noted",
    "endorsed",
    "opposes",
    "Ada Lund",
    "the mayor",
    "the pier",
    "was",
    "is",
    "safe",
    ".",
    "  ",
    "\n",
    "that",
    " that ",
    "In",
    "On",
    "in",
    "a new poll",
    "an interview",
    "Ada Lund's",
    "claim",
    "warned",
]
report_texts = st.lists(st.sampled_from(REPORT_PIECES), max_size=14).map("".join)


@settings(max_examples=300)
@given(report_texts)
def test_rules_skipped_by_cue_keys_find_nothing_without_them(text: str) -> None:
    keys = cue_words.cue_keys(cue_words.letter_runs(text, 0, len(text)).split())
    end = len(text)
    tokens = cue_words.cue_tokens(text, 0, end)
    if reports._AS_REPORTED_KEYS.isdisjoint(keys):
        assert patterns.matched(patterns.AS_REPORTED_BY, text, 0, end, needs="d by ") is None
    if reports._TAG_KEYS.isdisjoint(keys):
        assert patterns.trailing_tag(text, 0, end) is None
    if reports._STANCE_KEYS.isdisjoint(keys):
        assert verbs.stance_cue(text, 0, end, (), tokens) is None


def test_cue_keys_of_the_tags_are_the_words_their_patterns_accept() -> None:
    for pattern, keys in (
        (patterns._TRAILING_TAG, reports._TAG_KEYS),
        (patterns._MID_TAG, reports._TAG_KEYS),
        (patterns.AS_REPORTED_BY, reports._AS_REPORTED_KEYS),
    ):
        cues = pattern.pattern.split("(?P<cue>")[1].split(")")[0].split("|")
        assert {cue.encode("ascii") for cue in cues} <= keys


def test_a_trailing_tag_is_found_with_its_cue_key() -> None:
    text = "The pier is safe, said Ada Lund."
    report = reports.find_report(text, 0, len(text))
    assert report is not None
    assert text[report.subject_start : report.subject_end] == "Ada Lund"


# words with and without contractions, apostrophes of both kinds and odd cases
CONTRACTION_PIECES = [
    " ",
    "they",
    "THEY",
    "'re",
    "\u2019RE",
    "n't",
    "N\u2019T",
    "'ve",
    "'m",
    "'",
    "\u2019",
    "\u0130",
    "Lund",
    "don",
    ".",
    "-",
]


@given(st.lists(st.sampled_from(CONTRACTION_PIECES), max_size=10).map("".join))
def test_contracted_is_the_plain_test_over_every_word(phrase: str) -> None:
    words = claimants._WORD.findall(phrase)
    plain = any(w.lower().endswith(claimants._CONTRACTIONS) for w in words)
    assert claimants._contracted(phrase, words) == plain


@given(
    st.lists(
        st.sampled_from(["including", "included", "includes", "includ", "Including", " ", "x"]),
        max_size=5,
    ).map("".join)
)
def test_after_including_is_the_plain_match(phrase: str) -> None:
    including = edges._INCLUDING.match(phrase, 0, len(phrase))
    plain = (including.end(), len(phrase)) if including else (0, len(phrase))
    assert edges.after_including(phrase, 0, len(phrase)) == plain


def _after_link_plain(text: str, start: int, end: int) -> tuple[int, int]:
    first = text[start:end].split(maxsplit=1)
    while len(first) == 2 and first[0].lower() in edges._LINKS:
        start = text.index(first[1][0], start + len(first[0]))
        first = first[1].split(maxsplit=1)
    return start, end


@given(
    st.lists(
        st.sampled_from(
            ["though", "Though", "YET", "even", "Although", "eve", "to", "the", " ", "\r", "\u2003"]
        ),
        min_size=1,
        max_size=6,
    ).map("".join)
)
def test_after_link_is_the_plain_loop(phrase: str) -> None:
    assert edges.after_link(phrase, 0, len(phrase)) == _after_link_plain(phrase, 0, len(phrase))


def test_claimant_with_a_contraction_is_no_claimant() -> None:
    text = "They're safe, officials don't think the pier is."
    assert claimants.checked_report(text, 0, 7, "said") is None


@settings(max_examples=300)
@given(report_texts)
def test_rules_found_from_that_find_nothing_without_it(text: str) -> None:
    if text.find(" that ") < 0:
        assert patterns.nominal_cue(text, 0, len(text)) is None
        assert verbs.verb_before_that(text, 0, len(text), ()) is None
        assert verbs.case_made(text, 0, len(text)) is None


@settings(max_examples=300)
@given(report_texts)
def test_in_document_is_the_plain_anchored_match(text: str) -> None:
    plain = patterns.matched(patterns._IN_DOCUMENT, text, 0, len(text), "in", anchored=True)
    if plain is None:
        assert patterns.in_document(text, 0, len(text), ()) is None


def test_nominal_cue_after_its_possessor_is_found_from_that() -> None:
    text = "Ada Lund's claim that the pier is safe was wrong."
    report = reports.find_report(text, 0, len(text))
    assert report is not None
    assert text[report.subject_start : report.subject_end] == "Ada Lund"


def _trimmed_by_loops(text: str, start: int, end: int) -> tuple[int, int] | None:
    strip = " \t\n\u00a0\u202f,-" + edges.QUOTE_MARKS
    while start < end and text[start] in strip:
        start += 1
    while end > start and text[end - 1] in strip:
        end -= 1
    return (start, end) if end > start else None


@given(
    st.text(alphabet=" \t\n\u00a0,-\"'\u201c\u201d\u2018\u2019\u00ab\u00bbab\u2003.", max_size=12),
    st.integers(min_value=0, max_value=14),
    st.integers(min_value=0, max_value=14),
)
def test_trimmed_is_the_loops_over_each_edge(text: str, start: int, end: int) -> None:
    end = min(end, len(text))
    assert edges.trimmed_phrase(text, start, end) == _trimmed_by_loops(text, start, end)


@given(
    st.integers(min_value=-2, max_value=12),
    st.lists(st.tuples(st.integers(0, 10), st.integers(0, 10)), max_size=3),
)
def test_in_quote_is_any_quote_holding_the_offset(at: int, bounds: list[tuple[int, int]]) -> None:
    quotes = [
        Quote(text="x", start=start, end=end, kind="direct", speaker=None) for start, end in bounds
    ]
    plain = any(start <= at < end for start, end in bounds)
    assert claimants.in_quote(at, quotes) is plain
    assert claimants.in_quote(at, tuple(quotes)) is plain


@given(st.text(alphabet=" \t\n\u00a0,.!?\"'\u201d\u2019abSaid", max_size=16))
def test_may_close_with_cue_reads_the_last_word_of_the_split(tail: str) -> None:
    words = tail.rstrip().rstrip(patterns._CLOSING).split()
    last = words[-1] if words else ""
    plain = (
        last in cue_words.CUE_WORDS or last.endswith("day") or last in ("statement", "interview")
    )
    assert patterns._may_close_with_cue(tail) == plain


OWNED_PIECES = ["his", "His", "her", "Her", "this", "other", "h", "H", "call", "claim", " ", "\n"]
OWNED_PIECES += ["for", "on", "past", "-", "(", "\u201c", "x1"]


@settings(max_examples=500)
@given(st.lists(st.sampled_from(OWNED_PIECES), max_size=10).map("".join), st.integers(0, 4))
def test_owned_is_the_pattern_opening_with_a_word_boundary(text: str, pos: int) -> None:
    pattern = pronoun_mentions._OWNED.pattern
    plain = re.compile(r"\b(?P<owner>[Hh]is|[Hh]er)" + pattern[pattern.index(r"\s+") :])
    found = [m.span("owner") for m in pronoun_mentions._OWNED.finditer(text, pos)]
    assert found == [m.span("owner") for m in plain.finditer(text, pos)]


NAMING_PIECES = ["known", "billed", "as", "so-called", "so called", "so- called", "is"]
NAMING_PIECES += ["was", "called"]
NAMING_PIECES += ["named", "a", "an", "the", " ", "\n", "x", "\u201c"]


@settings(max_examples=500)
@given(st.lists(st.sampled_from(NAMING_PIECES), max_size=8).map("".join))
def test_naming_matches_only_before_its_endings(text: str) -> None:
    if unspoken._NAMING.search(text, max(0, len(text) - 30), len(text)):
        assert text.endswith(unspoken._NAMING_ENDINGS, 0, len(text))


@settings(max_examples=500)
@given(
    st.lists(
        st.sampled_from([*OWNED_PIECES, "their", "Their", "theirs", "T", "t", "remark", "that"]),
        max_size=10,
    ).map("".join),
    st.integers(0, 4),
)
def test_owned_noun_is_the_pattern_opening_with_a_word_boundary(text: str, pos: int) -> None:
    pattern = attribution._OWNED_NOUN.pattern
    plain = re.compile(r"\b(?P<owner>[Hh]is|[Hh]er|[Tt]heir)" + pattern[pattern.index(r"\s+") :])
    found = [m.span("owner") for m in attribution._OWNED_NOUN.finditer(text, pos)]
    assert found == [m.span("owner") for m in plain.finditer(text, pos)]


# words of the inserted phrases, the auxiliaries and a few others
INSERTED_WORDS = ["has", "have", "had", "in", "the", "past", "particular", "recent", "weeks"]
INSERTED_WORDS += ["over", "last", "few", "years", "at", "times", "on", "occasion", "Past", "she"]


@given(st.lists(st.sampled_from(INSERTED_WORDS), max_size=8))
@settings(max_examples=500, deadline=None)
def test_inserted_length_is_the_plain_search(words: list[str]) -> None:
    match = edges._INSERTED.search(" ".join(words[-6:]))
    assert edges.inserted_length(words) == (len(match[1].split()) if match else 0)


@given(st.text(alphabet="0123456789\u0661\u00b2: .GMTapm-\u2014Ab", max_size=16))
@settings(max_examples=500, deadline=None)
def test_live_time_stamp_is_looked_for_only_after_a_digit(line: str) -> None:
    text = line + " Lee said the pier is safe."
    stamp = segmentation._LIVE_TIME.match(text, 0, len(text))
    found = segmentation.past_dateline(text, Span(0, len(text)))
    if stamp is not None and stamp.end() < len(text):
        assert found == Span(stamp.end(), len(text))


def test_caption_initials_are_every_character_a_label_opens_with() -> None:
    words = [
        "Photo",
        "Photograph",
        "Image",
        "Picture",
        "Video",
        "Graphic",
        "Illustration",
        "Map",
        "Footage",
    ]
    assert all(line_labels._CAPTION.match(word + ": Tanks burn.") for word in words)
    first = re.compile("[" + "".join(word[0] for word in words) + "]", re.IGNORECASE)
    assert {chr(c) for c in range(0x110000) if first.match(chr(c))} == line_labels.CAPTION_INITIALS


TITLE_PIECES = ["New", "Poll", "Shows", "Ada", "Lund", "Blasts", "Says", "Reveal", "hopes", " "]
TITLE_PIECES += ["spoke", "made", ", ", "that", "Claims", "Finds", "Board", "Of", "said", "."]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(TITLE_PIECES), max_size=12).map("".join))
def test_rules_given_the_rule_keys_find_what_they_find_from_the_runs(text: str) -> None:
    end = len(text)
    runs = cue_words.letter_runs(text, 0, end).split()
    present = reports._RULE_KEYS.intersection(runs)
    assert cue_words.cue_keys(present) == cue_words.cue_keys(runs)
    assert patterns.title_cue(text, 0, end, runs, present) == patterns.title_cue(text, 0, end)
    with_keys = reports._phrase_report(text, 0, end, present)
    assert with_keys == reports._phrase_report(text, 0, end, frozenset(runs))
