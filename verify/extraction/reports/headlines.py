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
