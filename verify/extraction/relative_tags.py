"""Relative clauses ("who …") in speech tags, where the cue nearest the quote
is not the tag's:

- a subject whose relative clause the writer left without its closing comma
  ("Ann Lee, who is chairman of Acme said …"): the walk back from the cue
  stops inside the clause ("chairman of Acme"); the speaker is the name
  before ", who", with the clause as its description;
- a quote opening its sentence after an inverted tag whose description holds
  a cue ("“…,” said Ann Lee, an editor, who has not read the book. “…”"): the
  tag is the inverted one, not the relative "who" of the description's verb."""

from __future__ import annotations

import re

from verify.extraction.phrases import PRONOUN_SUBJECTS, SENTENCE_STOPS, Tag, np_after, np_before

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


def inverted_around(
    text: str, tokens: list[re.Match[str]], tag: Tag, inverting: frozenset[str]
) -> Tag:
    """``tag`` (a relative "who" found by the tag before a quote that opens its
    sentence, over ``tokens``) or the inverted tag (a cue in ``inverting``
    right before a capitalised word) whose description holds that "who"."""
    who = next((i for i, token in enumerate(tokens) if token.start() == tag.start), -1)
    if who < 3 or tokens[who - 1].group() != ",":
        return tag
    for position in range(who - 2, max(who - _MAX_DESCRIPTION_WORDS, 0) - 1, -1):
        word = tokens[position].group()
        if word in SENTENCE_STOPS:
            return tag
        if word in inverting and tokens[position + 1].group()[:1].isupper():
            after = np_after(text, tokens[position + 1 :], word)
            return after if after is not None and after.end >= tag.end else tag
    return tag


# how many words lie between an inverted cue and a description's ", who"
_MAX_DESCRIPTION_WORDS = 25
