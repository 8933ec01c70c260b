"""Speaker heads that name no one: a lone adverb or participle a tag finder
took for a subject ("matter-of-factly"), and things. A quote left without a
cue of its own takes the subject of its sentence or of the sentence
introducing it; when that subject is a thing or an abstraction ("The
rationale", "That record", "the disruptions") the quote names no speaker
(the contract names only who said it)."""

from __future__ import annotations

from verify.extraction.lexicon import word_set
from verify.extraction.phrases import NP_PREPOSITIONS, skippable


def inanimate_head(head: str) -> bool:
    """Whether the noun heading ``head`` (the last word before any
    preposition: "The timing" of "The timing of the vote") is a thing or an
    abstraction, never someone."""
    words = head.rstrip(" ,").split()
    if len(words) > 2 and words[-1][0].isupper() and words[-2][0].isupper():
        return False  # a name closes it: "Fight for $15 organizer Ann Lee"
    for at, word in enumerate(words):
        if at and word in NP_PREPOSITIONS:
            words = words[:at]
            break
    if not words:
        return False
    noun = words[-1].lower().rstrip(",")
    return noun in _THINGS or (noun.endswith("s") and noun[:-1] in _THINGS)


# nouns naming events, acts, qualities, parts of the body and records: the
# subject of a sentence they head says nothing (documents, outlets and groups,
# which do speak for someone, are not here)
_THINGS = word_set(
    """rationale reason record timing discussion incident event legislation tax
    effort service performance willingness face eye hand disruption line
    transition answer question interview reversal frustration back-and-forth
    scheduling sign boo chant idea problem issue outcome
    decision move debate argument attack criticism controversy scandal
    vote victory loss defeat win change shift surge rise fall drop trend
    fight battle race moment scene silence laughter applause
    irony truth fact point thing part matter case difference impact effect
    deal referendum referenda primary stance place image danger mistake
    transformation park work contest"""
)


def no_speaker_word(head: str) -> bool:
    """A lone lower-case word no one is called: an adverb, a participle or an
    adjective a tag finder took for the subject ("matter-of-factly",
    "having", "easier"), never a noun that speaks ("critics", "officials")."""
    if " " in head or not head.islower():
        return False
    return skippable(head) or head.endswith(("ing", "ed")) or head in _NOT_NOUNS


_NOT_NOUNS = word_set("ever otherwise easier harder still utter")


def says_nothing(cue: str | None, head: str) -> bool:
    """A subject read without a cue that is a thing ("The rationale:")."""
    return cue is None and inanimate_head(head)
