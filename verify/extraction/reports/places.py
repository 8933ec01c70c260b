"""A claimant phrase that is only where someone is from: the state closing a
town in commas ("Christopher Lee, a delegate from Houston, Texas, said")."""

from __future__ import annotations

import re

from verify.extraction.name_words import PLACES
from verify.extraction.reports.claimants import TIME_WORDS, sentence_subject

# a state written short after a town, with its full stop ("Ava, Mo.", "Orlando,
# Fla."), which the phrase may leave out
_STATE_SHORT = re.compile(r"[A-Z][a-z]{1,4}\.(?=,)")
_FROM = re.compile(r" from (?=[A-Z])")


def from_place(mention: str) -> re.Match[str] | None:
    """Where a claimant phrase ends in the state someone is from ("The senator
    from Vermont", "survey data from Iowa"): the " from " before it."""
    origin = _FROM.search(mention)
    return origin if origin is not None and mention[origin.end() :].lower() in PLACES else None


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
    if not after_town(text, *span):
        return span
    subject = sentence_subject(text, sentence_start, span[0]) if own else None
    return None if subject is None or after_town(text, *subject) else subject
