"""Who a speaker described by office is when the entity index knows no one
by that title ("the Florida senator", "the Russian leader", "the presumptive
Republican nominee" after an article that only wrote "Marco Rubio", "Mr.
Putin", "Donald Trump"): the person the sentences before are about, found
as for a "he" or "she" (``pronoun_speakers.pronoun_subject``).

Only offices someone is named in and then described by are taken: a
spokesman, an aide or "the man" is most often someone new, whom the article
never names.
"""

from __future__ import annotations

from verify.extraction.entities import EntityIndex
from verify.extraction.lexicon import word_set
from verify.extraction.pronoun_speakers import pronoun_subject
from verify.extraction.types import Entity

# the offices a description names a known person by
_OFFICES = word_set(
    """senator governor congressman congresswoman mayor president leader candidate
    nominee justice chancellor premier"""
)
_WOMEN = word_set("congresswoman")
# words that make the description someone else's aide, a new person or one
# who held the office before ("the senator's spokesman", "the British
# capital's new mayor", "the former president" in an article about a candidate)
_NOT_THE_PERSON = word_set("new another former")


def office_holder(text: str, start: int, end: int, index: EntityIndex) -> Entity | None:
    """The person a description by office in ``text[start:end]`` ("the
    Florida senator") stands for: whom the sentences before are about, if one
    person of either sex is (two, a he and a she, are too many to tell), and
    the article names them more than once."""
    words = text[start:end].replace("\u2019", "'").split()
    if len(words) < 2 or words[0].lower() != "the" or words[-1] not in _OFFICES:
        return None
    if any(word.endswith("'s") or word in _NOT_THE_PERSON for word in words[1:-1]):
        return None
    pronouns = ("she",) if words[-1] in _WOMEN else ("he", "she")
    found = {pronoun_subject(text, start, pronoun, index)[0] for pronoun in pronouns}
    found.discard(None)
    if len(found) != 1:
        return None
    person = found.pop()
    # someone the article names again, not a headline's words ("New Polls Show …")
    seen = 0
    for mention in index.mentions:
        seen += index.named_at(mention.start, mention.end) is person
        if seen == 2:
            return person
    return None
