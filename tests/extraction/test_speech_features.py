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
)


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
        assert _sentence_has_cue(text, span, words) == plain_sentence_has_cue(text, start, end)


def test_length_feature_names_the_smallest_bucket_holding_the_count() -> None:
    for count in range(1, 60):
        expected = f"words={next(b for b in _LENGTH_BUCKETS if count <= b)}"
        assert _LENGTH_FEATURES[bisect_left(_LENGTH_BUCKETS, count)] == expected
