"""Idioms of attack that report what their object sums up, as "lashed out at"
and "took aim at" do: "took a shot at", "took multiple swipes at", "takes
issue with"."""

from __future__ import annotations

import re

from verify.extraction.reports.claimants import Report, report_of_subject

_TAKE = r"(?:took|take|takes|taking)\s+"
_TOOK_SHOTS = re.compile(
    r"\b(?P<cue>" + _TAKE + r"(?:(?:a|some|multiple|several|repeated|more|another|direct|"
    r"oblique|parting|fresh|new)\s+){0,2}(?:shots?|swipes?|swings?|jabs?|potshots?)\s+at"
    r"|" + _TAKE + r"issue\s+with)\s"
)


def took_shots(text: str, start: int, end: int) -> Report | None:
    # most sentences hold neither word: looked for first, which is cheaper
    if text.find(" at ", start, end) < 0 and text.find(" issue with ", start, end) < 0:
        return None
    match = _TOOK_SHOTS.search(text, start, end)
    if match is None:
        return None
    cue = " ".join(match["cue"].split())
    return report_of_subject(text, start, match.start(), end, cue)
