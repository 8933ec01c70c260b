"""A sentence of reported speech whose first clause has no cue and whose
second, after ", while" or ", whereas", has a claimant of its own ("Ada Lund
signed an order on Monday, while Ben Ray proposed that …"): two claims, the
first the article's own, not the whole sentence Ben Ray's."""

from __future__ import annotations

import re

from verify.extraction.reports.claimants import Report
from verify.extraction.segmentation import Span

_CONTRAST = re.compile(r",\s+(?:while|whereas)\s+$")


def own_then_contrast(
    text: str, parts: list[tuple[Span, Report | None]]
) -> list[tuple[Span, Report | None]] | None:
    """The two clauses of such a sentence, the first with no report, where
    ``parts`` are its clauses and their reports; None for any other."""
    if len(parts) != 2 or parts[0][1] is not None:
        return None
    last, found = parts[1]
    if found is None or found.subject_start != last.start:
        return None  # "…, while the pier stays open, Ray said": a tag, not the clause's subject
    if not _CONTRAST.search(text, max(0, last.start - 10), last.start):
        return None
    return [(parts[0][0], None), (last, found)]
