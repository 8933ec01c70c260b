"""Word lists as the rule modules write them: one string, split on whitespace."""

from __future__ import annotations


def word_set(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text``, e.g. ``word_set("said says")``."""
    return frozenset(text.split())
