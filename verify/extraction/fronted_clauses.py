"""Whom a "he" or "she" beside a sentence's opening clause stands for.

A sentence that opens with a subordinate clause ("While …,", "After …,")
names its person in one of the two clauses and refers to them by pronoun in
the other: the pronoun opening the main clause is the clause's named subject
("While Ann Lee backs the plan, she warned …": Ann Lee, not a name further
back), and a pronoun opening the clause itself is the main clause's named
subject ("After he spoke in Dover, Tom Ray said …": Tom Ray, named after it).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from operator import attrgetter

from verify.extraction.entities import EntityIndex
from verify.extraction.lexicon import word_set
from verify.extraction.types import Entity

_SUBORDINATORS = word_set(
    "after although as because before if once since though unless until when whenever while"
)
# the opening of such a sentence: an optional conjunction, an optional "even",
# the subordinator; or "In what" ("In what he called a rant, Ann Lee …"); or
# "As for", whose name the pronoun after it stands for ("As for Ann Lee, she …")
_OPENING = re.compile(
    r"(?P<what>In what)\s+|As for\s+"
    r"|(?:(?:But|And|Yet|So),?\s+)?(?:(?:[Ee]ven)\s+)?(?P<word>[A-Za-z]+)\s+"
)
# how far the opening clause may run
_CLAUSE_REACH = 250
# what ends the opening clause's words before the pronoun's clause or a name
_CLAUSE_END = re.compile(r",[\u201d\u2019\"']?\s+")
# no sentence's own break, colon or quote's opening inside the opening clause
_NOT_IN_CLAUSE = re.compile(r"[;:\u201c\"\n]|''")
# a break inside a pronoun's opening clause, which may quote ("After he
# called the film “woke,” Tom Ray …")
_BREAK = re.compile(r"[;\n]")
# what follows a subject's name: a verb in small letters or an aside's comma
_AFTER_SUBJECT = re.compile(r"(?:\s\(.{1,12}\))?(?:,|\s[a-z])")


def fronted_clause_person(
    text: str, sentence: int, pronoun_at: int, pronoun: str, index: EntityIndex
) -> Entity | None:
    """The person the "he"/"she" at ``pronoun_at`` stands for when the
    sentence starting at ``sentence`` opens with a subordinate clause, the
    pronoun either opening the main clause or being the opening clause's
    subject; else None (the caller's look-backs decide)."""
    opening = _OPENING.match(text, sentence, pronoun_at)
    if opening is None:
        return None
    if opening["word"] is not None and opening["word"].lower() not in _SUBORDINATORS:
        return None
    clause = opening.end()
    if clause == pronoun_at:
        # "After he spoke in Dover, Tom Ray said": the main clause's subject
        return _main_subject(text, pronoun_at, pronoun, index)
    words = text[clause:pronoun_at]
    if opening["what"] is not None or not words.rstrip().endswith(","):
        return None
    if len(words) > _CLAUSE_REACH or _NOT_IN_CLAUSE.search(words):
        return None
    # "While Mr. Cruz shares …, he turned": the opening clause's subject
    subject = _subject_at(text, clause, pronoun, index)
    if subject is None or _another_subject(text, clause, pronoun_at, subject, index):
        return None
    return subject


def _another_subject(text: str, start: int, end: int, subject: Entity, index: EntityIndex) -> bool:
    """Whether a clause of someone else's opens after a comma between
    ``start`` and ``end`` ("When Ann Lee spoke, Tom Ray replied that …"):
    the pronoun is then no subject of the main clause."""
    first = bisect_left(index.mentions, start, key=attrgetter("start"))
    for mention in index.mentions[first:]:
        if mention.start >= end:
            return False
        begins = mention.run_start if mention.run_start >= 0 else mention.start
        named = index.named_at(mention.start, mention.end)
        if text.endswith(", ", 0, begins) and named is not subject:
            return True
    return False


def _main_subject(text: str, pronoun_at: int, pronoun: str, index: EntityIndex) -> Entity | None:
    """The named subject right after the comma closing the opening clause the
    pronoun at ``pronoun_at`` is the subject of."""
    stop = min(len(text), pronoun_at + _CLAUSE_REACH)
    end = _CLAUSE_END.search(text, pronoun_at, stop)
    if end is None or _BREAK.search(text, pronoun_at, end.start()):
        return None
    return _subject_at(text, end.end(), pronoun, index)


def _subject_at(text: str, at: int, pronoun: str, index: EntityIndex) -> Entity | None:
    """The person whose name (titles included) opens the words at ``at`` as
    their subject, if ``pronoun`` may stand for them."""
    first = bisect_left(index.mentions, at, key=attrgetter("start"))
    if first == len(index.mentions):
        return None
    mention = index.mentions[first]
    if at not in (mention.start, mention.run_start):
        return None
    if _AFTER_SUBJECT.match(text, mention.end) is None:
        return None  # "While Lee's aides …": an owner, no subject
    entity = index.named_at(mention.start, mention.end)
    if entity is None or entity.kind != "person" or not index.may_be(entity, pronoun):
        return None
    return entity
