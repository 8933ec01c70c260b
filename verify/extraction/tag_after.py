"""The speech tag right after a quote's closing mark: "“…,” Trump wrote.",
"“…,” said Trump.", "“…,” she said, “…”", and the cases where the words
there are no tag of the quote (a new sentence, a verb's object, a passive)."""

from __future__ import annotations

import re

from verify.extraction.cue_context import (
    MAY_BE_CUE_AFTER,
    cue_after_aside,
    described_source_cue,
    is_cue_at,
)
from verify.extraction.entity_roles import PARTY_STATE
from verify.extraction.lexicon import POSSESSIVE_DETERMINERS, word_set
from verify.extraction.phrases import (
    DETERMINERS,
    MAX_NP_WORDS,
    PRONOUN_SUBJECTS,
    Tag,
    np_after,
    np_before,
    tokens_of,
)
from verify.extraction.relative_tags import unclosed_relative

_GUILLEMET_SPACES = " \u00a0\u202f"


def tag_after(text: str, start: int, end: int) -> Tag | None:
    """“…,” Trump wrote. / “…,” said Trump. / “…,” she said, “…”"""
    tokens = tokens_of(text, start, end)
    while tokens and (
        tokens[0].group() in (",", "\u2014", "\u2013") or not tokens[0].group().strip("'\u2019")
    ):
        tokens.pop(0)  # a comma or dash, or the rest of a nested quote's closing marks
    # after a quote closing its sentence a tag must follow at once ("… .” he said);
    # French style puts a space before the closing guillemet ("… . »")
    last = start - 2
    if text[start - 1] in "\u00bb\u203a":
        while last > 0 and text[last] in _GUILLEMET_SPACES:
            last -= 1
    elif text[last:start] == "''":
        last -= 1  # "… .'' But the feud continued": a closing mark of two apostrophes
    reach = 2 if text[last : last + 1] == "." else MAX_NP_WORDS + 20
    label_end = 0
    for position, token in enumerate(tokens[:reach]):
        word = token.group()
        if position < label_end:
            continue
        if word == "(":
            # "“…,” Sen. Marco Rubio (R-Fla.) said": the label is part of the name
            label_end = _party_label_end(tokens, position)
            if label_end:
                continue
        if word in (";", ":", "(", ".", "!", "?", "\u201c", '"'):
            return None
        if word not in MAY_BE_CUE_AFTER or not (
            is_cue_at(tokens, position)
            or described_source_cue(tokens, position)
            or cue_after_aside(tokens, position)
        ):
            continue
        if position == 0:
            if word.endswith("ing"):
                return None  # "“…,” telling reporters": the subject comes before the quote
            if (
                word not in LATE_INVERTING_CUES
                and tokens[1:2]
                and tokens[1].group() in POSSESSIVE_DETERMINERS
            ):
                # "summed Clinton up as “terrible,” denounced her record and …": the
                # verb's object follows, its subject came before the quote
                return None
            return np_after(text, tokens[1:], word)
        if word.endswith("ing"):
            return None
        if _passive_after_noun(tokens, position):
            # "“poison pill” measures added by Republicans": a passive's agent
            return np_after(text, tokens[position + 2 :], word)
        before = np_before(tokens[:position], word)
        if before is not None and text.find("who", start, before.start) >= 0:
            before = unclosed_relative(tokens, before)  # "…,” Ann Lee, who runs Acme said."
        if tokens[position - 1].group() == "," and word in LATE_INVERTING_CUES:
            # "…,” since many cases were close, said Lee Epstein."
            after = np_after(text, tokens[position + 1 :], word)
            named_after = after is not None and text[after.head_start].isupper()
            # "his friend, Ann Roe, recalled him saying": an object pronoun is no subject
            inverted = after is not None and tokens[position + 1].group() not in _OBJECTS
            if inverted and (named_after or not _names_subject(text, before)):
                return after
        return before
    return None


_OBJECTS = word_set("him her them us me")


def _passive_after_noun(tokens: list[re.Match[str]], position: int) -> bool:
    """Whether the cue at ``position`` is a past participle after a common
    noun with its agent after "by" ("measures added by Republicans"; not
    "Ms. Gao said by telephone")."""
    if position + 2 >= len(tokens) or tokens[position + 1].group() != "by":
        return False
    agent, noun = tokens[position + 2].group(), tokens[position - 1].group()
    named = agent[:1].isupper() or agent.lower() in DETERMINERS
    return named and noun.isalpha() and noun.islower() and noun not in PRONOUN_SUBJECTS


def _party_label_end(tokens: list[re.Match[str]], position: int) -> int:
    """Just after the ")" when the "(" at ``position`` opens a party and
    state label after a name ("Sen. Marco Rubio (R-Fla.)", "(D-N.Y.)"), else 0."""
    if not (0 < position < len(tokens) - 1 and tokens[position - 1].group()[0].isupper()):
        return 0
    if PARTY_STATE.match(tokens[position + 1].group()) is None:
        return 0
    for close in range(position + 2, min(len(tokens), position + 6)):
        if tokens[close].group() == ")":
            return close + 1
    return 0


def _names_subject(text: str, tag: Tag | None) -> bool:
    """Whether a tag found before a cue looks like a speaker: short and
    naming someone (not "the Democrat Party's platform for the first time")."""
    if tag is None:
        return False
    head = text[tag.head_start : tag.head_end]
    return any(c.isupper() for c in head) and len(head.split()) <= 5


LATE_INVERTING_CUES = word_set(
    """said says asked wrote writes added adds replied reported reports noted notes explained
    continued recalled declared insisted argued warned concluded observed"""
)
