"""Word patterns list ASCII letters and digits before \\w for speed only: each
must find what the same pattern with \\w alone finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from verify.extraction import entities, entity_roles, phrases, segmentation

PATTERNS = [
    phrases._TOKEN,
    phrases.WORD,
    entities._NAME_RUN,
    entities._MENTION_WORD,
    entity_roles._ROLE_WORD,
    segmentation._WORD_REVERSED,
]
# ASCII and other letters, digits, marks that are no letters, and separators
ALPHABET = "aZz09_ .,-'&\u2019\u00e9\u00c9\u0416\u0436\u0660\u00b2\u0301\u00a0\n\u201c\u2014\u4e00"


@pytest.mark.parametrize("pattern", PATTERNS)
def test_each_pattern_lists_ascii_letters_before_w(pattern: re.Pattern[str]) -> None:
    assert "[a-zA-Z0-9\\w" in pattern.pattern


@given(st.text(alphabet=ALPHABET, max_size=30))
@settings(max_examples=500, deadline=None)
def test_word_patterns_match_as_with_w_alone(text: str) -> None:
    for pattern in PATTERNS:
        plain = re.compile(pattern.pattern.replace("[a-zA-Z0-9\\w", "[\\w"))
        expected = [match.span() for match in plain.finditer(text)]
        assert [match.span() for match in pattern.finditer(text)] == expected
