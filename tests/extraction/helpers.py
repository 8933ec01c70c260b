"""Helpers shared by the extraction tests."""

from __future__ import annotations

from verify.extraction.pipeline import extract
from verify.extraction.quotes import extract_quotes
from verify.extraction.types import Claim


def speakers(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(q.text, q.speaker, q.cue) for q in extract_quotes(text)[0]]


def mentions(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.speaker_mention) for q in extract_quotes(text)[0]]


# text around sentence breaks, for the property tests of sentence starts
# (test_tags) and subject breaks (test_attribution)
BREAK_PIECES = [
    ".", "..", "!", "?", " ", "\n", "\u00a0", '"', "'", "\u201d", "\u201c", "A", "a",
    "Mr", "Sen", "J", "No", "x", "3",
]  # fmt: skip


def claims_of(text: str) -> list[Claim]:
    return sorted(extract(text).claims, key=lambda c: c.start)


def claim_with(text: str, words: str) -> Claim:
    return next(c for c in claims_of(text) if words in c.text)
