"""The plural subject a "they" later in its sentence stands for, where the
subject phrase found runs on into the verb ("Investors see a chance …,
implying that they expect …": "Investors")."""

from __future__ import annotations

import re

from verify.extraction.lexicon import plural_shaped, word_set

# words that go on with a noun phrase after its plural noun
_GOES_ON = word_set("of in at for from with on who that which and or to by across among")
_WORD = re.compile(r"\S+")
# a phrase opening so is a clause or an opening, not a subject ("Unless
# countries …", "That frustrates …", "To the extent that voters …")
_NOT_SUBJECT = word_set("unless that this to if when as because although though while since")
# the plural noun is among the phrase's first words ("Investors", "Lund's
# allies", "Many local voters"), not a verb further on ("The senator wants")
_NOUN_REACH = 3


def plural_head(text: str, subject: tuple[int, int]) -> tuple[int, int] | None:
    """The part of the phrase at ``subject`` up to its plural noun, when a
    verb follows the noun inside the phrase; None where there is none."""
    words = list(_WORD.finditer(text, subject[0], subject[1]))
    if not words or words[0].group().lower() in _NOT_SUBJECT:
        return None
    for number, word in enumerate(words[: min(_NOUN_REACH, len(words) - 1)]):
        noun, following = word.group(), words[number + 1].group()
        if not plural_shaped(noun) or not (noun.islower() or number == 0) or len(noun) < 4:
            continue
        if following.islower() and following.isalpha() and following not in _GOES_ON:
            return subject[0], word.end()
    return None
