"""News outlets named by one word ("Politico", "ProPublica") or by a name
with no first name ("Agence France-Presse"): a body, never "he" or "she".

Such a name reads as a surname unless the words around it show a
publication: "Gawker reported", "reported by Axios", "a ProPublica analysis",
"Politico's reporting", "a reporter for Vox". A few outlets the news names
without such words ("told Politico") are listed: one-word names no person
of the news bears.
"""

from __future__ import annotations

import re

from verify.extraction.lexicon import word_set

_OUTLETS = word_set(
    """politico propublica gawker breitbart reuters axios vox buzzfeed huffpost mediaite
    salon slate"""
)
_SPACE = "[ \u00a0]"
_WORK = (
    "report|reports|reporting|analysis|investigation|story|stories|article|articles"
    "|reporters?|editors?|coverage|poll|survey|review|piece|editorial|website|writers?"
    "|correspondents?|columnists?|journalists?|interview|podcast|headline"
)
# "Gawker reported", "Politico first reported", "Axios's reporting", "a Vox piece"
_AFTER = re.compile(
    rf"(?P<verb>{_SPACE}(?:(?:first|has|had|later|previously|also|recently){_SPACE})?"
    r"(?:reported|published)\b)"
    rf"|(?P<owner>['\u2019]s{_SPACE}(?:{_WORK})\b)"
    rf"|(?P<noun>{_SPACE}(?:{_WORK})\b)"
)
# "reported by Axios", "a reporter for Vox", "the Dutch newspaper NRC
# Handelsblad", "media outlets, Der Spiegel,"
_PUBLICATIONS = ("newspaper", "magazine", "tabloid", "outlets", "outlet", "broadcaster")
_BEFORE = re.compile(
    rf"(?:(?:reported|published|written|broken){_SPACE}by"
    rf"|(?:writing|wrote|writes|works|worked|reporter|editor|correspondent|columnist"
    rf"|writer){_SPACE}(?:for|at)|(?<![\w\-])(?:{'|'.join(_PUBLICATIONS)}),?){_SPACE}$"
)
# the word _BEFORE's text ends with before its space (and perhaps a closing
# line break, where "$" matches too): string tests settle most names before
# the pattern is tried at each character
_BEFORE_WORDS = ("by", "for", "at", *_PUBLICATIONS, *(f"{noun}," for noun in _PUBLICATIONS))
# only after "a" is a plain noun a cue: "a ProPublica analysis", not "the
# Starr report" (a person's)
_INDEFINITE = re.compile(rf"(?<![\w\-])(?:[Aa]n?|[Aa]nother){_SPACE}$")


def outlet_at(text: str, start: int, end: int) -> bool:
    """Whether the name text[start:end], one with no title or first name,
    names a news outlet there."""
    if text[start:end].lower() in _OUTLETS:
        return True
    before = text[max(0, start - 24) : start]
    if _may_follow(before) and _BEFORE.search(before):
        return True
    after = _AFTER.match(text, end)
    if after is None:
        return False
    return after["noun"] is None or _INDEFINITE.search(before) is not None


def _may_follow(before: str) -> bool:
    """Whether ``before`` ends with one of _BEFORE's last words and a space,
    perhaps then a line break: else _BEFORE cannot match."""
    line = before.removesuffix("\n")
    return line[-1:] in _SPACES and line[:-1].endswith(_BEFORE_WORDS)


_SPACES = " \u00a0"
