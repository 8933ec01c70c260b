"""The edges of a claimant phrase: the quote marks, spaces and commas it is
trimmed of, the conjunction opening its clause ("Though executives ...
say"), the adverb of time closing it ("Politico recently") and the
"including" opening it ("records, including ledgers showing that ...")."""

from __future__ import annotations

import re

from verify.extraction.lexicon import word_set

QUOTE_MARKS = "\"'\u201c\u201d\u201e\u2018\u2019\u00ab\u00bb\u2039\u203a"
# what a phrase is stripped of at its edges: spaces (French style puts a
# narrow one inside guillemets) and quote marks
SPACE_AND_QUOTES = " \u00a0\u202f" + QUOTE_MARKS
# what a claimant is trimmed of: whitespace, commas, hyphens (a bullet
# "-Americans are ...", a cut "the so-") and quote marks
_TRIMMED = " \t\n\u00a0\u202f,-" + QUOTE_MARKS
# "Even" is a focus adverb, no conjunction, but opens the phrase the same way
# (in any case: "Politicians and even some technologists say", "even though
# some of her allies prefer")
_LINKS = word_set("though although yet even")
_LINK_INITIALS = frozenset(word[0] for word in _LINKS) | {word[0].upper() for word in _LINKS}
ARTICLES = word_set("a an the")


# and, opening it only, a bracket ("(She claimed …)", "(A spokesman said …)")
_TRIMMED_BEFORE = _TRIMMED + "("


def trimmed_phrase(text: str, start: int, end: int) -> tuple[int, int] | None:
    if start < end and text[start] not in _TRIMMED_BEFORE and text[end - 1] not in _TRIMMED:
        # nothing to trim at either edge (most phrases): no copy of the phrase
        return start, end
    # str.lstrip and str.rstrip count the characters the loops over each
    # edge would skip
    phrase = text[start:end]
    left = phrase.lstrip(_TRIMMED_BEFORE)
    start += len(phrase) - len(left)
    end = start + len(left.rstrip(_TRIMMED))
    return (start, end) if end > start else None


def after_link(text: str, start: int, end: int) -> tuple[int, int]:
    """A claimant without the conjunction opening its clause ("Though
    executives ... say", "Although the agency doesn't")."""
    if text[start] not in _LINK_INITIALS and not text[start].isspace():
        # the first word opens at ``start`` and is no link (most phrases): only
        # "t", "a", "y", "e" lower to a link's first letter
        return start, end
    first = text[start:end].split(maxsplit=1)
    while len(first) == 2 and first[0].lower() in _LINKS:
        start = text.index(first[1][0], start + len(first[0]))
        first = first[1].split(maxsplit=1)
    return start, end


# "Politico recently reported", "The nurse later sued, claiming": when, not who
_TRAILING_ADVERBS = tuple(
    f" {word}"
    for word in sorted(word_set("later earlier recently now also already then previously again"))
)


def comma_then(text: str, cue_start: int) -> bool:
    """Whether ", then" stands just before the cue ("Lee offered him a job as
    Director of Parks, then says ..."): a second verb of the sentence's subject."""
    return text[max(0, cue_start - 8) : cue_start].rstrip().endswith(", then")


def before_trailing_adverb(text: str, start: int, end: int) -> tuple[int, int]:
    """A claimant without the adverb of time closing it ("Politico recently"),
    but not "the recently" of "the recently released report"."""
    if not text.endswith(_TRAILING_ADVERBS, start, end):
        return start, end
    words = text[start:end].split()
    if len(words) < 2 or words[-2].lower() in ARTICLES:
        return start, end
    space = text.rindex(" ", start, end)
    return start, start + len(text[start:space].rstrip())


_INCLUDING = re.compile(r"(?:including|included|includes)\s+(?=\S)")


def after_including(text: str, start: int, end: int) -> tuple[int, int]:
    # "records, including handwritten ledgers showing that ...": the ledgers show it
    # (every match opens with "includ": looked for first, which is cheaper)
    if not text.startswith("includ", start, end):
        return start, end
    including = _INCLUDING.match(text, start, end)
    return (including.end(), end) if including else (start, end)


# a phrase between an auxiliary and its cue: "allies have in the past said",
# "critics have in particular noted", "she has in recent weeks argued"
_INSERTED = re.compile(
    r"(?:^|\s)(?:has|have|had)\s+((?:in\s+the\s+past|in\s+particular|in\s+recent\s+"
    r"(?:days|weeks|months|years)|over\s+the\s+(?:past|last)\s+(?:few\s+)?"
    r"(?:days|weeks|months|years)|at\s+times|on\s+occasion))$"
)

_INSERTED_LAST = word_set("past particular days weeks months years times occasion")


def inserted_length(words: list[str]) -> int:
    """How many words of a phrase between an auxiliary and the cue close
    ``words`` (0 if none)."""
    if not words or words[-1] not in _INSERTED_LAST:
        # every match ends with one of these words (most phrases don't)
        return 0
    match = _INSERTED.search(" ".join(words[-6:]))
    return len(match[1].split()) if match else 0
