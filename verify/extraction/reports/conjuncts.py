"""Coordinated subjects: "Sanders and his supporters argue", "Current and
former officials said", "Trump and his attorneys have said". The words
before the "and" are a short noun phrase, no clause ("the subpoena was
withdrawn and Clinton testified"): the claimant is the whole coordination,
not its last conjunct."""

from __future__ import annotations

from verify.extraction.lexicon import word_set

_MAX_FIRST_WORDS = 4
_COORDINATORS = word_set("and or")
# words that make the part before "and" a clause or a phrase of its own
_NO_NOUN_PHRASE = word_set(
    "is are was were be been being has have had will would can could should may might must "
    "did does do said says say not also then to of in on at for with by from about against "
    "over after before into than as like"
)


def coordinated(word: str, before: list[str]) -> bool:
    """Whether ``word`` ("and", "or") joins the noun phrase ``before`` to the
    claimant after it."""
    if word.lower() not in _COORDINATORS or not 0 < len(before) <= _MAX_FIRST_WORDS:
        return False
    return all(
        w.lower() not in _NO_NOUN_PHRASE
        and not (w.islower() and w.endswith(("ed", "ing")) and len(w) > 4)
        and w[-1] not in ",;:"
        for w in before
    )
