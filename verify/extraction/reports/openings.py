"""Whether the words before a sentence's first comma open it before its
subject ("After the vote, …", "Making the rounds on Sunday shows, …"), so
that the subject, and the claimant, come after them."""

from __future__ import annotations

from verify.extraction.lexicon import word_set
from verify.extraction.reports.words import (
    CONJUNCTIONS,
    DETERMINERS,
    OPENING_WORDS,
    looks_like_verb,
)


def is_opening(words: list[str]) -> bool:
    # "After the vote, ...", "Likewise, ...", "Separately, ..." open a sentence
    # before its subject
    head = words[0].lower()
    if head in CONJUNCTIONS and _name_only(words[1:]):
        return False  # "And Donald, then in college, ...": the name is the subject
    return (
        head in OPENING_WORDS
        or (len(words) == 1 and head.endswith("ly"))
        or participle_opening(words)
        # "A few minutes later, ...", "Two weeks after the vote, ..."
        or words[-1].lower() in _TIME_SINCE
        or not _TIME_LINKS.isdisjoint(words[1:_TIME_LINK_REACH])
    )


def _name_only(words: list[str]) -> bool:
    """Whether ``words`` are up to three capitalised words that open no
    phrase ("Donald", "Ann Lee"; not "After", "Last Week")."""
    return 0 < len(words) <= _NAME_WORDS and all(
        word[:1].isupper() and word.lower() not in OPENING_WORDS for word in words
    )


_NAME_WORDS = 3
_TIME_SINCE = word_set("later earlier ago")
_TIME_LINKS = word_set("after before since until")
# "Two weeks after", "Shortly after": a link this early opens a time phrase
_TIME_LINK_REACH = 3


# what follows a participle that opens a sentence with its object or
# complement ("Making the rounds", "Walking to the car", "Rattling off")
_AFTER_PARTICIPLE = DETERMINERS | word_set(
    "his her their its our my your to off up on upon in at from with about out into through "
    "over for"
)


def participle_opening(words: list[str]) -> bool:
    """Whether ``words`` open with a participle phrase ("Making the rounds on
    Sunday shows", "Having announced that ...", "Facing mounting criticism"),
    which says what the subject after it did, and is no claimant; not a noun
    ("Polling of union voters", "Fundraising documents") nor "Nothing in ..." """
    if len(words) < 2 or not words[0][:1].isupper() or words[0].endswith("thing"):
        return False
    first, second = words[0].lower(), words[1]
    return (
        first.endswith("ing")
        and looks_like_verb(first)
        and (second in _AFTER_PARTICIPLE or looks_like_verb(second))
    )
