"""Refused and negated speech acts: "The agency did not say how …", "Cook
declined to say whether …" and "… commented on reports that …" name no one who
asserts what follows the cue, so the claim stage gives such a clause no claimant."""

from __future__ import annotations

import re

from verify.extraction.lexicon import word_set
from verify.extraction.reports.claimants import Report


def unasserted(text: str, report: Report, end: int) -> bool:
    """Whether no one named asserts what the report's cue introduces: the cue
    is a speech act negated or refused ("did not say", "declined to comment"),
    or a hearsay noun a preposition takes ("commented on reports that …")."""
    lowered = report.cue.lower()
    if lowered not in _SPEECH_ACTS and lowered not in _HEARSAY and lowered not in _STANCES:
        return False  # most reports ("he did not think …" is still his view)
    cue = text.find(report.cue, report.subject_end, end)
    if cue < 0:
        return False
    if lowered in _HEARSAY:
        before = text[max(report.subject_end, cue - 12) : cue].split()[-1:]
        return bool(before) and before[0].lower() in _HEARSAY_BEFORE
    # the words just before the cue: not a negation earlier in the clause
    # ("did not mention his rivals, but told supporters …") nor one of another
    # clause ("declined to comment, saying …")
    between = text[report.subject_end : cue].lower().replace("\u2019", "'").split()[-3:]
    if not any(w in _DENIALS or w.endswith("n't") for w in between) or "," in between[-1]:
        return False
    # "who did not say so, said on Wednesday that …": something is said after all
    return _SAYING_AFTER.search(text, cue + len(report.cue), end) is None


# "has yet to say", "stopped short of endorsing" too
_DENIALS = word_set("not never declined refused refuses declines yet short")
_SAYING_AFTER = re.compile(r"\b(?:said|says|saying|told|added|adding)\b")
# cues that tell of speaking, which a negation leaves unsaid
_SPEECH_ACTS = word_set(
    """say says said saying comment comments commented respond responds responded
    explain explains explained discuss discusses discussed mention mentions mentioned
    cite cites cited announce announces announced confirm confirms confirmed disclose
    discloses disclosed specify specified detail detailed elaborate elaborated answer
    answered address addressed tell tells told reveal revealed"""
)
# stances a negation leaves untaken: "Ada Lund has yet to endorse the plan"
# is the article's statement about her, not a view of hers
_STANCES = word_set(
    """endorse endorses endorsed endorsing back backs backed backing support
    supports supported supporting criticize criticizes criticized criticizing
    criticise criticised condemn condemns condemned condemning denounce denounces
    denounced denouncing disavow disavows disavowed disavowing praise praised
    praising"""
)
_HEARSAY = word_set("reports report claims rumors rumours allegations speculation")
_HEARSAY_BEFORE = word_set("on about amid over to of despite")
