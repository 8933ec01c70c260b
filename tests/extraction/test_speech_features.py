"""What the speech model reads about a quoted span, on short texts written
for the tests."""

from __future__ import annotations

from bisect import bisect_left

from hypothesis import given, settings
from hypothesis import strategies as st

from verify.extraction.phrases import SENTENCE_END, WORD, start_of_sentence
from verify.extraction.quotes import pair_quote_marks
from verify.extraction.speech_features import (
    _LENGTH_BUCKETS,
    _LENGTH_FEATURES,
    _REPORTING_WORDS,
    _sentence_has_cue,
    speech_features,
)
from verify.extraction.tags import find_tags


def plain_sentence_has_cue(text: str, start: int, end: int) -> bool:
    return not _REPORTING_WORDS.isdisjoint(WORD.findall(text, start, end))


CUE_PIECES = [
    "said", "says", "Said", "claim", "s", "x", "'", "\u2019", "\u2018", "''", '"', "\u201c",
    "\u201d", " ", ". ", "-", "\n", "A", "Ann ", "said.", "'said'", "sa", "id",
]  # fmt: skip


@given(st.lists(st.sampled_from(CUE_PIECES), max_size=16).map("".join))
@settings(max_examples=1000, deadline=None)
def test_sentence_cue_is_that_of_the_whole_sentence(text: str) -> None:
    # the quote's words are reused: the answer must be the plain scan's
    for span in pair_quote_marks(text):
        start = start_of_sentence(
            text, max(span.paragraph.start, span.mark_start - 400), span.mark_start
        )
        limit = min(span.paragraph.end, span.mark_end + 400)
        stop = SENTENCE_END.search(text, span.mark_end, limit)
        end = stop.end() if stop else limit
        words = WORD.findall(text, span.start, span.end)
        found = _sentence_has_cue(text, span, words, (start, end))
        assert found == plain_sentence_has_cue(text, start, end)


def test_length_feature_names_the_smallest_bucket_holding_the_count() -> None:
    for count in range(1, 60):
        expected = f"words={next(b for b in _LENGTH_BUCKETS if count <= b)}"
        assert _LENGTH_FEATURES[bisect_left(_LENGTH_BUCKETS, count)] == expected


def features_of(text: str) -> list[set[str]]:
    spans = pair_quote_marks(text)
    return [set(f or ()) for f in speech_features(text, spans, find_tags(text, spans))]


def test_a_quote_holding_a_pronoun_or_an_auxiliary_is_a_clause() -> None:
    clause, noun, negated = features_of(
        "Mr. Ulm said \u201cit\u2019s late\u201d. The \u201cgreen wave\u201d"
        " came. Ms. Bly said \u201cnever again, don\u2019t\u201d."
    )
    assert "clause" in clause
    assert "clause" not in noun
    assert "clause" in negated


def test_a_quoted_noun_after_a_determiner_and_a_word() -> None:
    after_determiner, after_verb = features_of(
        "The board gave an impassioned \u201cfarewell address\u201d on Monday."
        " Mr. Ulm urged \u201cpatience\u201d on Tuesday."
    )
    assert "determiner_word_before" in after_determiner
    assert "determiner_word_before" not in after_verb


def test_a_short_quote_in_reported_speech_knows_where_the_claimant_is() -> None:
    reported, own, after = features_of(
        "Mr. Ulm believes the plan is a \u201cdisaster\u201d for the town."
        " The \u201cgreen wave\u201d came to the town on Monday."
        " The \u201cgreen wave\u201d is over, most voters believe."
    )
    assert {"reported", "reported_before"} <= reported
    assert "reported" not in own
    assert {"reported", "reported_after"} <= after


def test_words_after_a_noun_of_saying_and_of_are_an_utterance() -> None:
    chant, talk, book = features_of(
        "The nurses joined in a loud chant of \u201cFair Pay Now!\u201d on Monday."
        " Given his talk of \u201cthugs and crooks,\u201d the vote is close."
        " She wrote a book of \u201cLetters Home\u201d in May."
    )
    assert "utterance_of" in chant
    assert "utterance_of" in talk
    assert "utterance_of" not in book
