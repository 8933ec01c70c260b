"""Names the article itself shows to be things, not people: no "he" or "she"
goes to them.

- A name the text follows with "its" or ", which" more often than with
  "he", "she", "his", "her" or ", who" ("Der Spiegel, disabled its readers'
  comments", "Al Qaeda, which has gained strength"): a body or a thing, as
  people take "his"/"her" and "who".
- A one-word name that only ever stands alone on its line ("Getty." under
  each picture): a credit or a label, never someone who speaks.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# the first of these after a mention, in its sentence: "its" and ", which"
# say a thing; "he", "his", "her", "she" and ", who" a person ("it" says
# nothing: "Lee said it was" is about something else)
_PRONOUN_AFTER = re.compile(r"\b(?:[Ii]ts|[Hh]e|[Ss]he|[Hh]is|[Hh]er)\b|, who\b")
_SENTENCE_END = re.compile(r"[.!?][\"\u201d']*\s+(?=[A-Z\"\u201c'])|\n")
_POSSESSIVES = ("'s", "\u2019s", "' ", "\u2019 ")
# how far after a name its pronoun is looked for
_WINDOW = 120


def thing_by_pronouns(
    text: str, spans: list[tuple[int, int]], quoted: Callable[[int], bool]
) -> bool:
    """Whether the first pronouns after the mentions (``spans``: each from
    a mention's end to the next name of anything else) say "its"/"which"
    more often than a person's pronoun."""
    thing = person = 0
    for end, stop in spans:
        if text.startswith(", which", end):
            thing += 1
            continue
        if text.startswith(_POSSESSIVES, end):
            continue  # "Lee's plan, which": the plan's pronouns
        stop = min(stop, end + _WINDOW)
        sentence_end = _SENTENCE_END.search(text, end, stop)
        if sentence_end is not None:
            stop = sentence_end.start()
        found = _PRONOUN_AFTER.search(text, end, stop)
        if found is None or quoted(found.start()):
            continue
        if found.group().lower() == "its":
            thing += 1
        else:
            person += 1
    return thing > person


def credit_line(text: str, start: int, end: int) -> bool:
    """Whether the name text[start:end] is its line's only word ("\\nGetty.\\n")."""
    before = text[start - 1 : start] if start else "\n"
    if before != "\n":
        return False
    after = end + 1 if text[end : end + 1] == "." else end
    return after == len(text) or text[after] == "\n"
