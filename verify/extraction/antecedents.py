"""What a relative "who" or "which" stands for: the name just before it
("a reply from Tom Ray, who ..."), or when it is not a name, the description
before it ("some analysts and activists, who ..."), read back from the
pronoun to the nearest clause break."""

from __future__ import annotations

import re

from verify.extraction.entities import EntityIndex
from verify.extraction.lexicon import word_set
from verify.extraction.phrases import NP_PREPOSITIONS
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
from verify.extraction.types import Entity

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
    if not commas and taken < len(words) and (not taken or words[-taken].lower() not in ARTICLES):
        # "by a gunman who expressed ...": a phrase with an article may be the
        # object of what comes before it
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


def who_antecedent(text: str, who: int, index: EntityIndex) -> Entity | None:
    """Whom a relative "who" at ``who`` stands for when the words just
    before it say so: a person's name ("praised evangelist Tom Ray, who has
    vowed …") or a plural description ("his show's listeners, who wondered
    …"); None leaves it to the sentence's first person."""
    return _name_before_who(text, who, index) or _plural_antecedent(text, who)


def _name_before_who(text: str, who: int, index: EntityIndex) -> Entity | None:
    """The person named just before a relative "who" ("a tweet from Rikkie
    Wells who tweeted"), unless the name is a preposition's object inside an
    aside ("said Ann Lee, a former aide to Tom Ray, who"), which leaves "who"
    to the sentence's first person."""
    # a bounded window: a text may hold many relative pronouns
    floor = max(0, who - 80)
    kept = floor + len(text[floor:who].rstrip())
    comma = text.startswith(",", kept - 1)
    end = kept - 1 if comma else kept
    run = _NAME_BEFORE.search(text, max(0, end - 60), end)
    if run is None:
        return None
    before = text[max(0, run.start() - 12) : run.start()].split()[-1:]
    if before and before[0].lower() in NP_PREPOSITIONS and _in_aside(text, run.start()):
        return None
    entity = index.named_at(run.start(), end)
    return entity if entity is not None and entity.kind == "person" else None


def _in_aside(text: str, start: int) -> bool:
    """Whether the name starting at ``start``, a preposition's object, closes
    an aside about someone else: an appositive ("Ana Ruiz, a former aide to
    Tom Berg, who") or where they come from after their age ("Ann Lee, 24,
    from Tucson, who"); not a phrase of the sentence itself ("a reaction from
    Tom Ray, who", "an endorsement, from Tom Ray, who")."""
    comma = text.rfind(",", max(0, start - 80), start)
    opening = text[comma + 1 : start].split() if comma >= 0 else []
    if len(opening) == 1:
        # "Ann Lee, 24, from Tucson": an age before the preposition
        return text[max(0, comma - 1) : comma].isdigit()
    # an appositive follows a name or an age ("Ana Ruiz, a", "Ana Ruiz, 32, a"),
    # not a clause ("After a week, the plan drew a reply from Tom Berg, who")
    after_name = _NAME_OR_AGE_END.search(text, max(0, comma - 40), comma) is not None
    return after_name and bool(opening) and opening[0].lower() in ("a", "an", "the")


# a name (not a sentence's first word) or an age closing the text before an appositive's comma
_NAME_OR_AGE_END = re.compile(r"(?:\w[ \u00a0][A-Z][\w.'\u2019-]*|\d)$")


# capitalised words closing the text before a relative pronoun
_NAME_BEFORE = re.compile(r"[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*)*$")


def _plural_antecedent(text: str, who: int) -> Entity | None:
    """ "his show's listeners, who wondered if “…”": the many people a "who"
    stands for, not one named further back."""
    described = described_antecedent(text, who)
    words = text[described[0] : described[1]] if described is not None else ""
    if words.endswith("s") and words[-2:-1].isalpha() and words.islower():
        return Entity(name=words, kind="organization")
    return None
