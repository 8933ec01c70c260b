"""A subject whose relative clause the writer left without its closing comma:
"Ann Lee, who is chairman of Acme said …". The walk back from the cue stops
inside the clause ("chairman of Acme"); the speaker is the name before
", who", with the clause as its description."""

from __future__ import annotations

import re

from verify.extraction.phrases import PRONOUN_SUBJECTS, Tag, np_before

# how many words a relative clause without its closing comma may hold
_MAX_CLAUSE_WORDS = 12


def unclosed_relative(tokens: list[re.Match[str]], tag: Tag) -> Tag:
    """``tag`` (found by np_before over ``tokens``, which end at the cue) or,
    when it starts inside a clause ", who …" with no comma after "who", the
    name before that clause with the clause as its description."""
    first = next((i for i, token in enumerate(tokens) if token.start() == tag.start), -1)
    if first < 3 or tokens[first].group().lower() in PRONOUN_SUBJECTS:
        return tag  # "Rubio, who he dubbed": the pronoun speaks, "who" is the object
    for who in range(first - 1, max(first - _MAX_CLAUSE_WORDS, 1), -1):
        word = tokens[who].group()
        if word == "," or word[:1] in '\u201c\u201d"':
            return tag
        if word != "who":
            continue
        if tokens[who - 1].group() != "," or not tokens[who + 1].group().islower():
            return tag
        named = np_before(tokens[: who - 1], tag.cue)
        if named is None or not tokens[who - 2].group()[:1].isupper():
            return tag
        return Tag(named.start, tag.end, named.head_start, named.head_end, tag.cue)
    return tag
