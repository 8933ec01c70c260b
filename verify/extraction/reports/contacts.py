"""A contact clause closing a subject: "Several people I've spoken with said
...", "The officials we talked to say ...", "the scholars I interviewed this
week thought ...". Its pronoun met the speakers (often the writer) and says
nothing: the claimant is the noun phrase before it, and its verb ("talked")
is no cue while the sentence's own verb follows."""

from __future__ import annotations

import re

from verify.extraction.lexicon import word_set

_CONTACT_VERBS = word_set(
    "spoke spoken talked interviewed met surveyed polled contacted consulted asked"
)
_PRONOUN = r"(?:I|we|you|he|she|they)(?:['\u2019](?:ve|d)|\s+(?:have|had))?\s+"
_VERB = "(?:" + "|".join(sorted(_CONTACT_VERBS, key=lambda verb: (-len(verb), verb))) + ")"
# the clause to the end of a subject phrase, with whom and when it met them
_CLAUSE = re.compile(
    r"\s+" + _PRONOUN + r"(?:also\s+|recently\s+)?" + _VERB + r"(?:\s+(?:with|to))?"
    r"(?:\s+(?:this|last|on|in|over|during|at|since)\b[^,;]{0,40})?\s*$"
)
# the pronoun (and auxiliary) just before a contact verb
_BEFORE_VERB = re.compile(r"([a-z]+)\s+" + _PRONOUN + r"(?:also\s+|recently\s+)?$")
# words that end a clause before a pronoun subject ("when we talked"): no noun
_NO_NOUN = word_set(
    "that and but or when after before as if because since while where what how why so "
    "than whom which who said says say told all everything something anything nothing"
)


def without_contact_clause(phrase: str) -> str:
    """The subject phrase without a contact clause closing it."""
    match = _CLAUSE.search(phrase)
    if match is None:
        return phrase
    before = phrase[: match.start()]
    noun = before.rsplit(None, 1)[-1] if before.strip() else ""
    if not noun.islower() or not noun.isalpha() or noun in _NO_NOUN:
        return phrase
    return before


def in_contact_clause(text: str, start: int, cue_start: int, cue: str) -> bool:
    """Whether the cue at ``cue_start`` is the verb of a contact clause."""
    if cue not in _CONTACT_VERBS:
        return False
    match = _BEFORE_VERB.search(text, max(start, cue_start - 40), cue_start)
    return match is not None and match[1] not in _NO_NOUN


def closes_contact_clause(before: str) -> bool:
    """Whether the words before a cue end in a contact clause ("The officials
    we talked to say"): its "to" makes no infinitive of the cue."""
    phrase = before.rstrip()
    return without_contact_clause(phrase) != phrase
