"""A rank before an infinitive cue: "Ada Lund was the first councillor to
endorse the plan", "one of the earliest members to say so": the subject
said or did it, though an article stands between it and the cue (which
otherwise names another's words: "an effort to maintain")."""

from __future__ import annotations

from verify.extraction.lexicon import word_set
from verify.extraction.reports.edges import ARTICLES

_RANKS = word_set("first earliest only last latest second third")


def ranked_first(words: list[str]) -> bool:
    """Whether every article among the words before an infinitive cue opens a
    rank ("the first", "the earliest")."""
    return all(
        following.lower() in _RANKS
        for word, following in zip(words, [*words[1:], ""], strict=True)
        if word in ARTICLES
    )
