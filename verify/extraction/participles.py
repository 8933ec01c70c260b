"""The subject of an -ing cue that is not the sentence's: after "with"
("…, with many marchers chanting “…”") or in the clause the participle
follows ("It was a blow, as Ann Lee echoed it, saying “…”")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from verify.extraction.lexicon import word_set
from verify.extraction.phrases import NP_PREPOSITIONS, Tag, is_cue, tokens_of

if TYPE_CHECKING:
    from verify.extraction.quotes import QuoteSpan


def absolute_subject(tokens: list[re.Match[str]], position: int) -> Tag | None:
    """ "…, with many marchers and spectators chanting “…”": after "with" the
    words before an -ing cue are its subject, not the sentence's."""
    for back in range(position - 1, max(position - 8, 0) - 1, -1):
        word = tokens[back].group()
        if word == "with":
            if back == position - 1:
                return None
            first, last = tokens[back + 1], tokens[position - 1]
            cue = tokens[position].group()
            return Tag(first.start(), last.end(), first.start(), last.end(), cue)
        if not word[0].isalnum():
            return None
    return None


def with_phrase(text: str, tokens: list[re.Match[str]]) -> tuple[int, Tag] | None:
    """ "…, with Tom Ray taking to Twitter to call Lee “…”", "…, with one of
    her ads asking, “…”": a phrase after a comma, opening with "with", whose
    words before an -ing verb are its subject and which runs on to the quote
    (``tokens``: those of ``text`` up to the opening mark); where "with" is,
    and that subject."""
    lowest = max(len(tokens) - 25, 1) + 1
    if lowest > len(tokens) - 2 or "with" not in text[tokens[lowest].start() : tokens[-2].end()]:
        return None  # most tags: no "with" among the words looked at (one substring test)
    for back in range(len(tokens) - 2, lowest - 1, -1):
        word = tokens[back].group()
        if word in _PHRASE_STOPS:
            return None
        if word != "with" or tokens[back - 1].group() != ",":
            continue
        for verb in range(back + 2, min(back + 7, len(tokens))):
            form = tokens[verb].group()
            if not form[0].isalnum():
                return None
            if form.endswith("ing") and form.islower() and len(form) > 4:
                if is_cue(form):
                    return None  # "with Lee saying": absolute_subject reads it
                end = verb
                while end > back + 2 and tokens[end - 1].group().endswith("ly"):
                    end -= 1  # "with Cruz recently promising"
                first, last = tokens[back + 1], tokens[end - 1]
                return back, Tag(first.start(), last.end(), first.start(), last.end(), None)
        return None
    return None


_PHRASE_STOPS = frozenset((".", ";", ":", "!", "?"))


def gerund_subject(tokens: list[re.Match[str]], position: int) -> Tag | None:
    """ "I remember President Jimmy Carter going on TV …, declaring “…”": an
    -ing cue after a comma that goes on from an earlier -ing verb whose subject
    is the name a verb of seeing or remembering takes as its object; the cue
    is that name's."""
    if position < 4 or tokens[position - 1].group() not in (",", "and"):
        return None
    for back in range(position - 2, max(position - 30, 1), -1):
        word = tokens[back].group()
        if word in _PHRASE_STOPS:
            return None
        if not (word.endswith("ing") and word.islower() and tokens[back - 1].group()[:1].isupper()):
            continue
        name = back - 1
        while name > 0 and tokens[name - 1].group()[:1].isupper():
            name -= 1
        if name == 0 or tokens[name - 1].group().lower() not in _PERCEIVING:
            return None  # not a name seen or remembered doing something
        first, last = tokens[name], tokens[back - 1]
        return Tag(first.start(), last.end(), first.start(), last.end(), tokens[position].group())
    return None


# verbs whose object is a name doing something: "remember Carter going on TV"
_PERCEIVING = word_set("remember remembers remembered recall recalls recalled saw see sees watched")


def subordinate_subject(tokens: list[re.Match[str]], position: int) -> Tag | None:
    """ "…, as Ann Lee echoed the criticism, saying …", "after Tom Roe dropped
    his objection, saying …": the name opening the subordinate clause right
    before the participle's comma, followed by its verb."""
    if position < 4:
        return None
    back = _opener_before(tokens, position, _CLAUSE_OPENERS)
    if back is None:
        return None
    name = back + 1
    while name < position - 1 and tokens[name].group()[0].isupper():
        name += 1
    following = tokens[name].group()
    if name == back + 1 or not (following.isalpha() and following.islower()):
        return None
    first, last = tokens[back + 1], tokens[name - 1]
    return Tag(first.start(), last.end(), first.start(), last.end(), tokens[position].group())


def _opener_before(
    tokens: list[re.Match[str]], position: int, openers: frozenset[str]
) -> int | None:
    """Where the word opening the clause before the participle's comma is,
    when the words between are one clause's (no other comma nor mark)."""
    if tokens[position - 1].group() != ",":
        return None
    for back in range(position - 2, max(position - 16, 0), -1):
        word = tokens[back].group()
        if not word[0].isalnum():
            return None  # another comma or mark: not the same clause
        if word.lower() in openers:
            return back
    return None


_CLAUSE_OPENERS = word_set("as when while after before because since until once")


def described_clause_subject(tokens: list[re.Match[str]], position: int) -> Tag | None:
    """ "Lee asks as a maintenance man walks in, saying he's “…”", "at the
    casino, where about 50 protesters had gathered, chanting “…”": a
    subordinate clause right before the participle's comma, with a described
    subject (a determiner or number, up to three words) and its verb, is
    what the participle follows; the participle is that subject's."""
    back = _opener_before(tokens, position, _DESCRIBED_OPENERS) if position >= 5 else None
    if back is None:
        return None
    first = back + 1
    if tokens[first].group().lower() not in _SUBJECT_DETERMINERS:
        return None
    for verb in range(first + 1, min(first + 5, position - 1)):
        word = tokens[verb].group()
        if word.isdigit():
            continue  # "about 50 protesters"
        if not (word.isalpha() and word.islower()) or word in NP_PREPOSITIONS:
            return None  # "after a meeting with supporters": no clause
        if _verb_after_noun(word, tokens[verb - 1].group()):
            if verb == first + 1:
                return None
            start, end = tokens[first].start(), tokens[verb - 1].end()
            return Tag(start, end, start, end, tokens[position].group())
    return None


def _verb_after_noun(word: str, previous: str) -> bool:
    """Whether ``word`` reads as the finite verb after a subject's noun: an
    auxiliary, a past in -ed, or a present in -s after a noun (not after a
    determiner or number: "the protesters", "50 protesters")."""
    if word in _AUXILIARIES or word.endswith("ed"):
        return True
    noun_before = previous.lower() not in _SUBJECT_DETERMINERS and not previous.isdigit()
    return word.endswith("s") and not word.endswith(("ss", "us", "is")) and noun_before


_DESCRIBED_OPENERS = _CLAUSE_OPENERS | word_set("where")
_SUBJECT_DETERMINERS = word_set(
    "a an the his her their its some many several about dozens hundreds thousands"
)
_AUXILIARIES = word_set("had has have was were is are would will could did does can")


def opening_speaker(text: str, start: int, span: QuoteSpan, after: int) -> Tag | None:
    """ "When someone in the crowd shouted, “…,” Lee joked": a quote right
    after an opening clause ending in its cue and a comma is that clause's
    subject's, not the main clause's after it (``start``: the sentence's
    start; ``after``: where the tag after the quote starts)."""
    if text[span.mark_end : after].strip() not in ("", ","):
        return None
    if text[max(start, span.mark_start - 2) : span.mark_start].strip() != ",":
        return None
    tokens = tokens_of(text, start, span.mark_start)
    if not 4 <= len(tokens) <= 10 or tokens[0].group().lower() not in _CLAUSE_OPENERS:
        return None
    cue = tokens[-2].group()
    if not is_cue(cue) or not all(token.group()[0].isalnum() for token in tokens[1:-1]):
        return None
    first, last = tokens[1], tokens[-3]
    return Tag(first.start(), last.end(), first.start(), last.end(), cue)
