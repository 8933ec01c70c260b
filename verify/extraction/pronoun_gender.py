"""A person's gender from the pronouns the text uses right after the name.

Titles ("Mrs.") and a short list of first names give most people a gender;
the rest ("Betsy Ebeling", "Deja Stewart") are told by the article itself:
"Deja Stewart, who ... when she called him", "Jillian Soto, who lost her
sister". Without it a "she" skips such a woman for the last woman the name
lists know, often one named paragraphs before.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from verify.extraction.name_words import MALE

# "he", "she", "his", and "her" before a noun ("her sister"), not the object
# "her" ("backed her up", "hard for her to"), which is often someone else
_GENDERED_PRONOUN = re.compile(
    r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er(?= (?!(?:up|out|to|in|on|at|as|by|for|with|of|from"
    r"|about|back|down|off|over|into|a|an|the|and|or|but|that|if|when|so|too|more)\b)[a-z]))\b"
)
_SENTENCE_END = re.compile(r"[.!?][\"\u201d']*\s+(?=[A-Z\"\u201c'])|\n")
# a name closing an appositive's phrase ("…, a professor at Indiana
# University's Maurer School of Law"): a pronoun after it is the subject's
# (not "Contacted by us, a terse Miller said she": Miller is the subject)
_APPOSITIVE_END = re.compile(
    r",\s(?:a|an|the)\s[^,.;:!?\n\"\u201c\u201d]*?\s(?:of|at|for|with|to|from|in|by|who|that)\s"
    r"[^,.;:!?\n\"\u201c\u201d]*$"
)
# how far after a name a pronoun still tells the person's gender
_WINDOW = 250


def gender_by_pronouns(
    text: str, spans: list[tuple[int, int]], quoted: Callable[[int], bool]
) -> str:
    """ "m", "f" or "": what most of the first pronouns in ``spans`` say,
    each the text from the end of a mention of the person to the next name
    of anything else. A pronoun counts only in the mention's sentence and
    outside quotes: past those it may well be someone else's."""
    votes = {"m": 0, "f": 0}
    for end, stop in spans:
        if _APPOSITIVE_END.search(text, max(0, end - _WINDOW), end):
            continue  # "Ann Lee, a professor at Lee School of Law, said she": Ann Lee's
        stop = min(stop, end + _WINDOW)
        sentence_end = _SENTENCE_END.search(text, end, stop)
        if sentence_end is not None:
            stop = sentence_end.start()
        for found in _GENDERED_PRONOUN.finditer(text, end, stop):
            if not quoted(found.start()):
                votes["m" if found.group().lower() in MALE else "f"] += 1
                break
    male, female = votes["m"], votes["f"]
    return "" if male == female else "m" if male > female else "f"
