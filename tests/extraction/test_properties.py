"""Properties of the extractor for any text (Hypothesis), and linear time on hostile patterns.

For every text: each quote and claim lies within the text, is not empty, and its ``text`` is
exactly ``body[start:end]``; check-worthiness stays in [0, 1].

Linear time is checked without a wall-clock budget: the extractor's CPU time on a hostile
pattern of size 8n is compared with its time on size n. Linear work gives a ratio near 8, a
quadratic one near 64; the bound (32) leaves room for noise and caches, and the best of a
few runs is taken so a busy machine does not make the test flaky.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from verify.extraction import Claim, Extraction, Quote, extract

# Pieces of news text and the marks that trip extractors up, glued at random.
TOKENS = [
    *"aAzZ09 .,;:!?'\"()[]-\n\t",
    "\u201c", "\u201d", "\u2018", "\u2019", "\u00ab", "\u00bb", "\u201e", "\u2014", "\u2026",
    " said ", " told reporters", " according to ", "Mr. ", "Dr. ", "U.S. ", "Trump", "Putin",
    " without evidence", " provided no proof", " wrote.", "\u200b", "\u202e", "e\u0301",
    "\U0001f642", "\U0001f469\u200d\U0001f469\u200d\U0001f467", "\u0642\u0627\u0644", "\r\n",
]  # fmt: skip
news_like = st.lists(st.sampled_from(TOKENS), max_size=120).map("".join)
PROPERTY_SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


def _assert_anchored(text: str, extraction: Extraction) -> None:
    items: list[Quote | Claim] = [*extraction.quotes, *extraction.claims]
    for item in items:
        assert 0 <= item.start < item.end <= len(text), item
        assert item.text == text[item.start : item.end], item
    for claim in extraction.claims:
        assert 0.0 <= claim.checkworthiness <= 1.0, claim
        assert all(0 <= index < len(extraction.quotes) for index in claim.quotes), claim


@PROPERTY_SETTINGS
@given(st.text())
def test_items_of_any_text_are_anchored_exactly(text: str) -> None:
    _assert_anchored(text, extract(text))


@PROPERTY_SETTINGS
@given(news_like)
def test_items_of_quote_heavy_news_like_text_are_anchored_exactly(text: str) -> None:
    _assert_anchored(text, extract(text))


@PROPERTY_SETTINGS
@given(news_like, news_like)
def test_extraction_is_deterministic(left: str, right: str) -> None:
    text = left + right
    assert extract(text) == extract(text)


# Patterns that make backtracking regular expressions and nested scans blow up.
HOSTILE: dict[str, Callable[[int], str]] = {
    "one-line-without-a-full-stop": lambda n: "word " * (n // 5),
    "one-letter-repeated": lambda n: "a" * n,
    "straight-quotes": lambda n: '"' * n,
    "opening-curly-quotes": lambda n: "\u201c" * n,
    "unclosed-quotes-with-words": lambda n: "\u201cHe said " * (n // 10),
    "nested-quotes": lambda n: "\u201c\u2018" * (n // 4) + "x" + "\u2019\u201d" * (n // 4),
    "straight-single-quotes": lambda n: "'" * n,
    "opening-single-quotes": lambda n: "\u2018" * n,
    "unclosed-single-quotes-with-words": lambda n: "\u2018He said " * (n // 10),
    "single-quoted-words": lambda n: "'a' " * (n // 4),
    "possessives": lambda n: "the players' " * (n // 13),
    "said-said-said": lambda n: "said " * (n // 5),
    "abbreviations": lambda n: "Mr. Dr. U.S. " * (n // 13),
    "full-stops": lambda n: ". " * (n // 2),
    "newlines": lambda n: "\n" * n,
    "capitalised-names": lambda n: "Donald John Trump " * (n // 18),
    "parentheses": lambda n: "(" * (n // 2) + ")" * (n // 2),
}
BASE = 1_000
FACTOR = 8
BOUND = 32


def _cpu_seconds(text: str, runs: int = 3) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.process_time()
        extract(text)
        best = min(best, time.process_time() - started)
    return best


@pytest.mark.parametrize("pattern", HOSTILE, ids=list(HOSTILE))
def test_extraction_time_grows_linearly_on_hostile_patterns(pattern: str) -> None:
    make = HOSTILE[pattern]
    small, large = make(BASE * 4), make(BASE * 4 * FACTOR)
    # Warm caches (compiled patterns, models) before measuring.
    extract(make(BASE))
    small_time = max(_cpu_seconds(small), 1e-3)  # below a millisecond the clock is too coarse
    large_time = _cpu_seconds(large)
    assert large_time / small_time < BOUND, (pattern, small_time, large_time)
