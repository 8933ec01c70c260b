"""What a relative "who" or "which" stands for when it is not a name: the
description before it ("some analysts and activists, who ..."), read back
from the pronoun to the nearest clause break."""

from __future__ import annotations

import re

from verify.extraction.lexicon import word_set
from verify.extraction.reports import (
    ADVERBS,
    ARTICLES,
    CLAUSE_WORDS,
    DETERMINERS,
    NOT_SUBJECT_EDGE,
    TIME_WORDS,
    VERBISH,
    is_adverb,
    looks_like_verb,
)

# words that end a relative pronoun's antecedent, going back from it
_NOT_IN_ANTECEDENT = (
    (NOT_SUBJECT_EDGE - word_set("of and"))
    | CLAUSE_WORDS
    | VERBISH
    | ADVERBS
    | word_set("it's it\u2019s that's that\u2019s there's there\u2019s")
)
ANTECEDENT_REACH = 80
_ANTECEDENT_BREAK = re.compile(r"[,.!?]\s|[;:()\u2014\u2013\"\u201c\u201d]| - ")
# a name, a comma, then the appositive the antecedent is
_ANTECEDENT_NAMED = re.compile(r"[A-Z][\w.\u2019'-]*,\s+(?:a|an|the)\s[^,]*$")


def described_antecedent(text: str, who: int) -> tuple[int, int] | None:
    """The span of the description a relative "who" at ``who`` stands for
    ("some analysts and activists, who ..."), or None where the word before
    it is a name (the entity index resolves "who" to it) or there is none."""
    before = text[max(0, who - ANTECEDENT_REACH) : who].rstrip()
    # "the senator, who": the phrase is the antecedent; without the comma
    # ("begging a woman who claimed ...") only a phrase that opens its clause is
    commas = before.endswith(",")
    segment = _ANTECEDENT_BREAK.split(before.removesuffix(","))[-1]
    words = segment.split()
    if not words or not words[-1][0].islower() or words[-1] in TIME_WORDS:
        # a name, or "re-elect Sen. Rob Portman this year, who ..."
        return None
    taken = 0
    for word in reversed(words):
        if word.lower() in _NOT_IN_ANTECEDENT or looks_like_verb(word):
            break
        if taken and word.endswith("ed") and words[-taken].lower() in DETERMINERS:
            # "Netanyahu appointed a diplomacy chief who ...": a verb before its object
            break
        taken += 1
    if not commas and taken < len(words):
        return None
    if taken == len(words) and words[0].lower() in ARTICLES and _ANTECEDENT_NAMED.search(before):
        # "Braynard, a South Carolina native who ...": an appositive to a name
        return None
    kept = words[len(words) - taken :]
    while kept and (
        kept[0] in ADVERBS or is_adverb(kept[0]) or kept[0].lower() in ("and", "but", "of")
    ):
        kept.pop(0)
    phrase = " ".join(kept)
    if not phrase:
        return None
    at = text.rfind(phrase, max(0, who - ANTECEDENT_REACH), who)
    return (at, at + len(phrase)) if at >= 0 else None
