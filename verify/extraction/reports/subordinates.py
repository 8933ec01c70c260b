"""A cue joined by "and" to the verb of a subordinate clause ("The crowd
cheered when Ada Lund spotted a sign and asked that …"): the claimant is the
subordinate clause's subject, not the sentence's."""

from __future__ import annotations

import re

from verify.extraction.lexicon import word_set

# a subordinator, then its clause's subject (a name of one to four capitalised
# words, "he", "she", "they", or "the" and one to three words), then a verb
_SUBORDINATE = re.compile(
    r"\b(?:when|after|before|while|because|until|since|once|as)\s+"
    r"(?P<subject>(?:[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3})"
    r"|he|she|they|(?:the|a|an)(?:\s+[a-z][\w-]*){1,3})"
    r"\s+(?P<verb>[a-z][\w'\u2019-]*)\b"
)


def subordinate_subject(text: str, start: int, cue_start: int) -> tuple[int, int] | None:
    """The subject of the subordinate clause whose verb the cue at
    ``cue_start`` is joined to by "and" ("… when Ada Lund thanked the town and
    said …" → Ada Lund), or None where no such clause holds the cue."""
    joined = text.rfind(" and ", start, cue_start)
    if joined < 0 or text.find(",", joined, cue_start) >= 0:
        return None
    found = None
    for match in _SUBORDINATE.finditer(text, start, joined):
        found = match
    if found is None or text.find(",", found.end(), cue_start) >= 0:
        return None  # "When Lee spoke, the crowd cheered and said …": the clause ended
    verb = found["verb"]
    if not (verb.endswith(("ed", "s")) and len(verb) > 3) and verb not in _IRREGULAR:
        return None  # "as a candidate", "since the summer"
    return found.span("subject")


# past forms without "-ed" a subordinate clause's verb may take
_IRREGULAR = word_set(
    """spoke took met made said told won lost went came gave saw ran left got held sent
    wrote began rose stood sat drew broke brought thought sought fought found heard kept
    led read paid put set shook struck threw tore wore"""
)
