"""Headline pieces in title case taken for names ("Big Win For Bernie",
"Final Column Explains Why She Sees ..."): a capitalised preposition or
conjunction inside the run, which names write in lower case ("Board of
Trade", not "Board Of Trade")."""

from __future__ import annotations

import re

# "The" and "And" open and join names written in capitals ("The Wall Street
# Journal", "Barnes And Noble"): no sign of a headline
_TITLE_CASE_LINK = re.compile(r" (?:For|Of|On|With|Why|In|To|At|By|Is|Are|From|About|Into|Over) ")


def headline_piece(name: str) -> bool:
    """Whether ``name`` reads as a run of headline words, not a name."""
    return _TITLE_CASE_LINK.search(name) is not None


# a headline or dateline in capitals before the phrase: three words or more
# ("TEAM REFUSES TO STAY IN THE VILLAGE The team"), or any before a dash
# ("WASHINGTON ― The administration"); not "CNN Money" or "NATO officials"
_CAPS_WORD = r"[A-Z][A-Z.'\u2019&-]+\s+"
_CAPS_LEAD = re.compile(
    rf"(?:(?:{_CAPS_WORD}){{3,}}|(?:{_CAPS_WORD})+[-\u2013\u2014\u2015]\s*)(?=[A-Z][a-z])"
)


def after_caps_lead(start: int, end: int, text: str) -> tuple[int, int]:
    """The claimant phrase text[start:end] without a headline or dateline in
    capitals opening it."""
    if not text[start : start + 2].isupper():
        return start, end
    lead = _CAPS_LEAD.match(text, start, end)
    return (lead.end(), end) if lead is not None else (start, end)
