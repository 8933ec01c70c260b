"""Plain records for claim matching: what is matched, and what a match reports."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Record:
    """A claim already in the archive. ``title`` is its article's (or fact-check's) title and
    ``body`` longer text about it (evidence, the fact-check's explanation); both may be empty."""

    id: str
    text: str
    title: str = ""
    body: str = ""
    speaker: str = ""
    date: dt.date | None = None


@dataclass(frozen=True, slots=True)
class Query:
    """A new claim. ``context`` is the text around it in its article (a sentence or two either
    side): short claims ("That's not true.") lean on it."""

    text: str
    context: str = ""
    speaker: str = ""
    date: dt.date | None = None


@dataclass(frozen=True, slots=True)
class Match:
    id: str
    score: float
    strong: bool = False
    # why a high lexical score must not count as "the same claim": e.g. "numbers differ"
    conflicts: tuple[str, ...] = ()
    features: dict[str, float] = field(default_factory=dict, compare=False, repr=False)
