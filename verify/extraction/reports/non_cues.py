"""Cue words used as no cue: a naming ("a program called Sandy Hook
Promise"), a noun ("his talk show"), an addition to a tally ("adding to her
delegate lead"), entry to a country ("refugees admitted to the United
States")."""

from __future__ import annotations

import re

# "joined a movement called the Ethiopian People's Party", "a company called
# Acme": a name given to a thing, after "a" or "an" and a few small words
_A_THING = re.compile(r"\s(?:a|an)\s+(?:[a-z][\w-]*\s+){1,3}$")


def names_a_thing(text: str, cue_start: int) -> bool:
    """Whether a naming cue ("called") at ``cue_start`` follows a thing it
    names ("a program called …"), not someone calling something."""
    return _A_THING.search(text, max(0, cue_start - 50), cue_start) is not None


# "a Sunday talk show", "the same show", "morning shows": the noun
_SHOW_NOUN = re.compile(
    r"\b(?:a|the|his|her|their|its|same|talk|radio|TV|television|morning|reality"
    r"|cable|comedy|late-night)\s+$",
    re.IGNORECASE,
)
# "adding to her delegate lead", "added to his wins": more of something, no saying
_ADDED_TO = re.compile(r"\s+to\s+(?:his|her|their|its|the|a|an)\b")
# "refugees admitted to the United States": let in, not owning up to anything
_ADMITTED_ENTRY = re.compile(
    r"\s+(?:to|into)\s+(?:the\s+)?(?:United\s+States|U\.S\.|country|hospital)"
)


def not_said(text: str, cue_start: int, cue_end: int, cue: str) -> bool:
    """Whether the cue word at ``cue_start`` is no speech act where it stands:
    "show" as a noun, "adding to" a lead or a run of wins, "admitted to the
    United States"."""
    if cue == "admitted" and _ADMITTED_ENTRY.match(text, cue_end):
        return True
    if cue in ("show", "shows"):
        return _SHOW_NOUN.search(text, max(0, cue_start - 14), cue_start) is not None
    if cue in ("adding", "added", "adds"):
        return _ADDED_TO.match(text, cue_end) is not None
    return False
