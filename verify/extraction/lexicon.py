"""Word lists as the rule modules write them: one string, split on whitespace."""

from __future__ import annotations


def word_set(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text``, e.g. ``word_set("said says")``."""
    return frozenset(text.split())


# the possessive determiners ("his remarks", "their claims")
POSSESSIVE_DETERMINERS = word_set("his her their its our my your")


def plural_shaped(word: str) -> bool:
    """Whether ``word`` ends as a plural noun does: in "s", but not in "ss"
    ("boss") nor a possessive's "'s" ("Lee's")."""
    return word.endswith("s") and not word.endswith(("ss", "'s", "\u2019s"))
