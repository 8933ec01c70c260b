"""Word lists and a word test that the claimant rules share: the words that
open a sentence before its subject, determiners and conjunctions, and
whether a lower-case word ending in -ed or -ing is a verb."""

from __future__ import annotations

from verify.extraction.lexicon import word_set

# lower-case words ending in -ed or -ing that head or modify a claimant phrase
_NOUNISH = word_set(
    "leading ruling governing sitting acting incoming outgoing opposing founding united "
    "elected retired unnamed unidentified armed appointed anointed interested concerned "
    "informed trusted respected unaffiliated undecided registered polled surveyed"
)
# words that open a sentence before its subject ("There, the chairman ...")
OPENING_WORDS = word_set(
    "there in on at after before during last this meanwhile however still yet but and now "
    "then earlier later when while since following despite instead also for with among amid "
    "as by from under over throughout within without given likewise moreover however "
    "nonetheless nevertheless indeed thus therefore so today yesterday overall otherwise "
    "again finally first second"
)
CONJUNCTIONS = word_set("but and yet so")
DETERMINERS = word_set("the a an this that these those")


def looks_like_verb(word: str) -> bool:
    # a phrase opening with "urged", "stoking" or "seemed" is a verb phrase, not a claimant
    return (
        word.islower() and len(word) > 4 and word.endswith(("ed", "ing")) and word not in _NOUNISH
    )
