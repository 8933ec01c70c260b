"""A share of people as the subject of a stance: "Two-thirds support the
plan", "About three-quarters support it", "a majority support it" (not "56
percent support", more often a noun: "garners 41 percent support")."""

from __future__ import annotations

import re

from verify.extraction.lexicon import word_set

_SHARE_WORDS = word_set("majority majorities most half")
# "two-thirds", "three-quarters", "Two-thirds"
_SHARE = re.compile(r"(?:[A-Za-z]+-)?(?:thirds|quarters|fourths|fifths)")


def is_share(word: str) -> bool:
    """Whether the word before a stance names a share of people."""
    return word.lower() in _SHARE_WORDS or _SHARE.fullmatch(word) is not None
