"""A claimant phrase that says where its speaker is or comes from: the state
closing a town in commas ("Christopher Lee, a delegate from Houston, Texas,
said"), the places closing a group's phrase ("Most voters in Alabama and
Ohio said") and the preposition before them ("The senator from Vermont")."""

from __future__ import annotations

import re

from verify.extraction.name_words import PLACES
from verify.extraction.reports.claimants import TIME_WORDS, sentence_subject
from verify.extraction.reports.patterns import name_ending_at

# a state written short after a town, with its full stop ("Ava, Mo.", "Orlando,
# Fla.", "Raleigh, N.C."), which the phrase may leave out
_STATE_SHORT = re.compile(r"(?:[A-Z][a-z]{1,4}|[A-Z]\.[A-Z])\.(?=,)")
_WHERE = re.compile(r" (?:in|at|on|during) (?=[A-Z])")
_WHERE_THE = re.compile(r" (?:in|at|on|during) the (?=[A-Z])")
_FROM = re.compile(r" (?:from|of) (?=[A-Z])")


def where_said(mention: str) -> re.Match[str] | None:
    """The preposition that opens where a claimant phrase's speaker is or is
    from, when the phrase ends in that place: "Emmanuel Macron in Paris",
    "a lawmaker in the Philippines" (not "Saturday at the Capitol Sen. Ann
    Lee", a name after a time), "The senator from Vermont", "the attorney
    general of New York"."""
    where = _WHERE.search(mention)
    if where is not None:
        return where
    where = _WHERE_THE.search(mention)
    head = mention[: where.start()].split() if where is not None else []
    if any(word.islower() and word not in ("a", "an", "the") for word in head):
        return where
    origin = _FROM.search(mention)
    return origin if origin is not None and mention[origin.end() :].lower() in PLACES else None


# a list of places before the last one ("Alabama, Georgia and "), and the
# preposition that opens it
_PLACE_LIST = re.compile(r"(?:(?:[A-Z][\w.]*\s)*[A-Z][\w.]*(?:,\s(?:and\s)?|\sand\s))*$")
_LIST_BREAK = re.compile(r",\s(?:and\s)?|\sand\s")
_INTO_PLACE = (" in the ", " of the ", " in ", " of ", " from ", " across ")


# a subordinator opening the sentence before such a group ("Because exit polls
# in Iowa indicated"); not edges.after_link's list, where these words would cut
# claimants of their own clause ("If Hillary Clinton is elected, ... calling")
_OPENERS = frozenset(("because", "although", "though", "while", "since", "as", "if", "when"))


def place_opening(text: str, start: int, end: int) -> int | None:
    """Where the preposition starts when text[start:end] is a place closing a
    phrase about where ("Most voters in Alabama, Georgia and Virginia said",
    "exit polls in New Hampshire and Iowa indicated"), else None."""
    if not all(part in PLACES for part in _LIST_BREAK.split(text[start:end].lower())):
        return None
    listed = _PLACE_LIST.search(text, max(0, start - 80), start)
    opening = listed.start() if listed is not None else start
    into = next((p for p in _INTO_PLACE if text.endswith(p, 0, opening)), None)
    return None if into is None else opening - len(into)


def after_town(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is the state closing a town in commas ("a
    salesman from Sumter, South Carolina, says", "of Baldwin, Miss.,
    dismisses"): where someone is from, not who speaks."""
    name = text[start:end]
    short = _STATE_SHORT.match(text, start)
    if not (name.lower() in PLACES or (short is not None and short.end() >= end)):
        return False
    # the town before it: a capitalised word, not a day ("Friday, Texas, asked")
    town = text[max(0, start - 30) : start - 2].split()[-1:]
    return (
        text.startswith(", ", start - 2)
        and bool(town)
        and town[0][0].isupper()
        and town[0].lower() not in TIME_WORDS
        and text.startswith((",", ".,"), end)
    )


def past_town(
    text: str, sentence_start: int, span: tuple[int, int], own: bool
) -> tuple[int, int] | None:
    """The claimant phrase ``span`` or, where it is a town's state, the
    sentence's subject if ``span`` is the report's own subject (not what a
    "who" stands for); None when no one is left."""
    town = after_town(text, *span)
    opening = None if town else place_opening(text, *span)
    if opening is not None:
        # "Most voters in Alabama and Ohio said": the words before the place
        # and the place with them, as written
        subject = sentence_subject(text, sentence_start, opening) if own else None
        if subject is None:
            return None
        first = text[subject[0] : subject[1]].split(maxsplit=1)
        skip = len(first[0]) + 1 if len(first) > 1 and first[0].lower() in _OPENERS else 0
        return subject[0] + skip, span[1]
    if not town:
        if own and text[span[0] : span[1]].lower() in PLACES:
            return _name_before_relative(text, sentence_start, span[0]) or span
        return span
    named = _name_before_town(text, sentence_start, span[0]) if own else None
    if named is not None:
        return named
    subject = sentence_subject(text, sentence_start, span[0]) if own else None
    return None if subject is None or after_town(text, *subject) else subject


# ", 30, of Raleigh, " or " of Washington, " before a town's state: the age
# and town that follow a name
_TOWN_WORD = r"[A-Z][\w.'\u2019-]*"
_OF_TOWN = re.compile(
    rf"(?:,\s\d{{1,3}},)?\s(?:of|from)\s{_TOWN_WORD}(?:\s{_TOWN_WORD}){{0,2}},\s$"
)


def _name_before_town(text: str, sentence_start: int, state: int) -> tuple[int, int] | None:
    """ "Harry Bond, 30, of Raleigh, N.C., said", "Ann Lee of Washington,
    D.C., explained": the name before the age and town, not the state."""
    town = _OF_TOWN.search(text, max(sentence_start, state - 60), state)
    if town is None:
        return None
    named = name_ending_at(text, sentence_start, town.start())
    return named if named is not None and _opens_clause(text, sentence_start, named[0]) else None


def _opens_clause(text: str, sentence_start: int, at: int) -> bool:
    # the name opens its clause or stands in commas ("Another delegate, Ann
    # Lee of ..."), not a place's name after a word ("a pastor at the Grace
    # Church of Dover, Del., said")
    before = text[sentence_start:at].rstrip()
    return not before or before.endswith((",", '"', "\u201d"))


# ", who lives outside the state capital, " or ", whose hometown, " before a
# place set off in commas
_RELATIVE_BEFORE_PLACE = re.compile(r",\s(?:who|whose)\s[^,]{1,80},\s$")


def _name_before_relative(text: str, sentence_start: int, place: int) -> tuple[int, int] | None:
    """ "Michael Lee, who lives outside the state capital, Sacramento, said",
    "Ann Lee, whose hometown, Miami, is flooding, argues": the name the
    relative clause describes, not the place inside it."""
    relative = _RELATIVE_BEFORE_PLACE.search(text, max(sentence_start, place - 90), place)
    if relative is None:
        return None
    named = name_ending_at(text, sentence_start, relative.start())
    return named if named is not None and _opens_clause(text, sentence_start, named[0]) else None
