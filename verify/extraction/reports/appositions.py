"""A claimant phrase that only describes the name before it, in commas:
"Rep. Jim Jordan, R-Ohio, who chairs ..., dismissed" (a party and state) and
"Geoff Garin, a Democratic pollster who works with ..., said" (a description
opening with "a"): the name is the claimant, not the description, which the
entity index might resolve to someone else the article describes the same way."""

from __future__ import annotations

from verify.extraction.entity_roles import PARTY_STATE
from verify.extraction.lexicon import word_set
from verify.extraction.phrases import NP_PREPOSITIONS
from verify.extraction.reports.patterns import name_ending_at


def apposed_name(text: str, start: int, end: int, cue: str) -> tuple[int, int] | None:
    if not text.startswith(", ", start - 2):
        return None
    mention = text[start:end]
    if not PARTY_STATE.fullmatch(mention):
        if not mention.startswith(("a ", "an ")):
            return None
        # closed by a comma of its own before the cue ("Ann Lee, a pollster
        # who ..., said"); not the subject after an opening phrase ("In May,
        # a judge ruled") or a tag inside a sentence ("Clinton, a top aide said, is")
        cue_at = text.find(cue, end, end + 200)
        if cue_at < 0 or "," not in text[end:cue_at]:
            return None
    before = name_ending_at(text, max(0, start - 80), start - 2)
    if before is None or not 0 <= before[0] < before[1]:
        return None
    # a name opening the clause, not the object of a preposition ("In May, a judge ruled ...")
    prior = text[max(0, before[0] - 12) : before[0]].split()[-1:]
    return None if prior and prior[0].lower() in _PREPOSITIONS else before


_PREPOSITIONS = NP_PREPOSITIONS | word_set("since during after before")
