"""A "he" or "she" in a phrase opening the sentence, before the name it
stands for ("Even as he accused the board …, Ben Ray would not …", "In what
she called a rant, Ada Lund …"): the pronoun is the subject named after the
opening's comma, not a name from the sentences before."""

from __future__ import annotations

import re

from verify.extraction.entities import EntityIndex
from verify.extraction.lexicon import word_set
from verify.extraction.reports.words import OPENING_WORDS
from verify.extraction.types import Entity

# words that open a sentence with a phrase or clause before its subject
_OPENERS = (OPENING_WORDS | word_set("even although though because if once until")) - word_set(
    "but and so there yet"
)
# the comma closing the opening, then a name of one to four capitalised
# words and a small word (the main clause's verb)
_NAME_AFTER = re.compile(
    r",\s+(?P<name>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3})\s+(?=[a-z])"
)
_REACH = 250


def cataphor(text: str, sentence_start: int, pronoun: int, index: EntityIndex) -> Entity | None:
    """The person a "he" or "she" at ``pronoun`` inside the sentence's opening
    phrase stands for: the name right after the opening's comma."""
    first = text[sentence_start : sentence_start + 12].split()[:1]
    if not first or first[0].lower() not in _OPENERS or sentence_start >= pronoun:
        return None
    comma = text.find(",", pronoun, pronoun + _REACH)
    if comma < 0 or text.find(".", pronoun, comma) >= 0:
        return None
    after = _NAME_AFTER.match(text, comma)
    if after is None:
        return None
    entity = index.named_at(*after.span("name"))
    word = text[pronoun : pronoun + 3].strip().lower()
    if entity is None or entity.kind != "person" or not index.may_be(entity, word):
        return None
    return entity
