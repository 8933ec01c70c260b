"""Whether a word is a speech cue where it stands: a cue verb not used as
a passive or an adjective ("was charged", "Trump's repeated calls"), a verb
like "states" or "claims" that is also a plural noun only where its subject
says it is a verb ("Trump claims", "the memo states that …"), a naming verb
not naming a thing ("a club called River Watch"), a verb with its particle
("went on", "shot back")."""

from __future__ import annotations

import re

from verify.extraction.entity_roles import people_word
from verify.extraction.lexicon import POSSESSIVE_DETERMINERS, word_set
from verify.extraction.phrases import BE, CUE_VERBS, DETERMINERS, PRONOUN_SUBJECTS, is_cue


def is_cue_at(tokens: list[re.Match[str]], position: int) -> bool:
    """A cue verb in its context: not passive ("was charged"), and a word
    that is also a plural noun ("states", "claims") only after a name or a
    pronoun ("Trump claims")."""
    word = tokens[position].group()
    if word in PHRASAL_CUES:
        # "“…,” he went on.", "Ruiz shot back": a verb that reports speech with its particle
        after = [token.group() for token in tokens[position + 1 : position + 3]] + ["", ""]
        # "went on." and "went on, “…”", not "went on to rebut" nor "goes on recess"
        ends = after[0] == "back" or not after[1][:1].isalnum()
        return after[0] == PHRASAL_CUES[word] and ends
    if word in QUIET_CUES:
        # "her husband whispered to her: “…”" (not "a whispered aside")
        return position > 0 and tokens[position - 1].group().lower() not in _NOT_BEFORE_VERB
    if not is_cue(word):
        return False
    previous = tokens[position - 1].group() if position > 0 else ""
    if previous.lower() in BE or previous.lower() in ("a", "an", "the"):
        return False  # "was charged", "in a written statement"
    if word.endswith("ed") and (
        _POSSESSOR.search(previous) or previous.lower() in POSSESSIVE_DETERMINERS
    ):
        return False  # an adjective: "Trump's repeated calls", "his alleged remarks"
    following = tokens[position + 1].group() if position + 1 < len(tokens) else ""
    if word in ("put", "puts"):
        return following == "it"  # "as Amar put it, “…”"
    # "a program called BleachBit" names a thing; "he called it “…”" reports speech
    # (also after a capitalised noun with "a" or "an": "a super PAC called Future45")
    naming = word in _NAMING_CUES and (
        (previous.islower() and previous not in PRONOUN_SUBJECTS)
        or (previous[:1].isupper() and _indefinite_before(tokens, position - 1))
    )
    if naming and following[:1].isupper() and _quote_after_name(tokens, position + 1):
        # "one lawmaker called Trump “…”", "and Trump later called Haley “…”": the
        # name is the verb's object and the quote what it was called
        naming = False
    if naming and (following[:1].isupper() or following in ("\u201c", '"', "''")):
        return False
    if word in ("state", "states") and following not in ("that", ":"):
        # a noun in "Clinton's Colorado state director", "many Asian states"; a
        # verb after a pronoun or a plural ("the Saudis state in the paper")
        plural = position > 1 and tokens[position - 2].group().lower() in DETERMINERS
        return previous.lower() in PRONOUN_SUBJECTS or (plural and previous.endswith("s"))
    if word in NOUN_LIKE_CUES and position > 0:
        # "Trump claims", not "Trump's claims" nor "His remarks"
        if previous.lower() in POSSESSIVE_DETERMINERS or previous.lower() in _PLURAL_QUANTIFIERS:
            return False  # "His remarks", "Many claims": a plural never takes "claims"
        if _adjective_of_people(tokens, position - 1):
            return False  # "to disprove Republican claims", "the Russian charges"
        if previous.lower() in _BEFORE_VERB_ONLY and following in ("that", ":"):
            return True  # "… and claims that “…”", "Ann Lee also notes:"
        possessive = previous.endswith(("'s", "\u2019s", "s'", "s\u2019"))
        if (previous[0].isupper() and not possessive) or previous.lower() in PRONOUN_SUBJECTS:
            return True
        return not possessive and _described_source_before(tokens, position)
    return True


_POSSESSOR = re.compile(r"(?:['\u2019]s|s['\u2019])$")
# words after which a plural-noun-like cue before "that" or a colon is a verb
_BEFORE_VERB_ONLY = word_set(
    "and also now still again later then further often repeatedly publicly privately "
    "falsely wrongly rightly flatly bluntly simply even already never always just openly"
)
_PLURAL_QUANTIFIERS = word_set("many several these those both all few some various numerous such")


def _adjective_of_people(tokens: list[re.Match[str]], position: int) -> bool:
    """Whether the word at ``position`` is a people's or a party's adjective
    after a lower-case word, which makes the next word a noun it modifies
    ("disprove Republican claims"; not "Ann Lee, a Republican, claims")."""
    if position < 1 or not tokens[position - 1].group().islower():
        return False
    word = tokens[position].group()
    return word[:1].isupper() and (people_word(word) or word.lower() in _PARTY_ADJECTIVES)


_PARTY_ADJECTIVES = word_set("democratic gop conservative liberal progressive")


def _indefinite_before(tokens: list[re.Match[str]], position: int) -> bool:
    """Whether "a" or "an" is one of the two words before ``position``."""
    return any(
        token.group().lower() in ("a", "an") for token in tokens[max(0, position - 2) : position]
    )


def _quote_after_name(tokens: list[re.Match[str]], start: int) -> bool:
    """Whether the capitalised words from ``start`` (at most four) run to the
    end of ``tokens`` (the opening mark) or to an opening mark among them."""
    for position in range(start, min(len(tokens), start + 5)):
        word = tokens[position].group()
        if word in ("\u201c", '"', "''"):
            return position > start
        if not word[:1].isupper():
            return False
    return len(tokens) - start <= 4


# verbs that report speech only with their particle; not in CUE_VERBS, whose
# words also tell the speech model that a sentence reports speech
PHRASAL_CUES = {
    "went": "on",
    "goes": "on",
    "shot": "back",
    "fired": "back",
    "chimed": "in",
    "cut": "in",
    "broke": "in",
    "piped": "up",
}
# verbs of saying quietly, also kept out of CUE_VERBS
QUIET_CUES = word_set("whispered whispers murmured murmurs muttered mutters")
_NOT_BEFORE_VERB = BE | word_set("a an the")
_NAMING_CUES = word_set("called dubbed labeled labelled branded")
# every word is_cue_at can accept, and with the verbs like "states" every word
# a tag after a quote can take for its cue: one set test spares the calls for
# all other words
MAY_BE_CUE = CUE_VERBS | frozenset(PHRASAL_CUES) | QUIET_CUES
NOUN_LIKE_CUES = word_set(
    "states reports claims calls charges notes posts demands promises asks tells writes "
    "write state argue insist comments points remarks counters answers pledges "
    "reads jokes vows quips retorts laments cautions urges boasts recounts tweets repeats replies "
    "recalls stresses muses"
)
MAY_BE_CUE_AFTER = MAY_BE_CUE | NOUN_LIKE_CUES


def described_source_cue(tokens: list[re.Match[str]], position: int) -> bool:
    """“…,” the document states. / “…,” the editorial board writes: right after
    a quote, a verb like "states" after a described source is a cue."""
    word = tokens[position].group()
    return (
        word in NOUN_LIKE_CUES
        and 2 <= position <= 6
        and tokens[0].group().lower() in ("the", "a", "an", "one")
        and all(t.group().islower() for t in tokens[1:position])
        and (position + 1 >= len(tokens) or not tokens[position + 1].group()[0].isalnum())
    )


def cue_after_aside(tokens: list[re.Match[str]], position: int) -> bool:
    """“…,” Ann Ruiz, founder of the institute, tells a reporter. / writes: a
    verb like "tells" after a name and the aside about it, right after a quote."""
    word = tokens[position].group()
    if word not in NOUN_LIKE_CUES or position < 4 or tokens[position - 1].group() != ",":
        return False
    if not tokens[0].group()[0].isupper():
        return False
    commas = [i for i in range(1, position - 1) if tokens[i].group() == ","]
    return len(commas) == 1 and all(t.group()[0].isupper() for t in tokens[: commas[0]])


def _described_source_before(tokens: list[re.Match[str]], position: int) -> bool:
    """ "as the foundation's website notes: “…”", "the memo states that …": a
    verb like "notes" after a short described source, reporting what follows
    (not "the group's notes", "the campaign points, calling …", nor "the
    notes of the meeting")."""
    following = tokens[position + 1].group() if position + 1 < len(tokens) else ""
    if following not in (":", "that", "\u201c", '"', "''"):
        return False
    for back in range(position - 2, max(position - 5, -1), -1):
        word = tokens[back].group()
        if word.lower() in ("the", "a", "an", "this", "that", "one"):
            # not the description in an aside: "O'Brien, a consultant, notes"
            aside = back > 0 and tokens[back - 1].group() == ","
            return not aside and tokens[position - 1].group().isalpha()
        if not word[0].isalnum():
            return False
    return False
