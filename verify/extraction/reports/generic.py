"""A "you" or "one" that stands for anybody: the subject of a condition ("If
you want to understand the debate, ...", "if one adds Nebraska") or the
filler "you know". It asserts nothing: the claim is the article's own."""

from __future__ import annotations

import re

_CONDITION = re.compile(r"\b(?:[Ii]f|[Ww]hen|[Ww]henever|[Uu]nless|[Oo]nce)\s+$")


def anybody(text: str, start: int, end: int, cue: str) -> bool:
    word = text[start:end].lower()
    if word not in ("you", "one"):
        return False
    if word == "you" and cue == "know":
        return True
    return _CONDITION.search(text, max(0, start - 12), start) is not None
