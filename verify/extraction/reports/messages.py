"""What the subject says, after a colon: a noun of saying it gives ("The
party's leaders sent Mr. Lund an unmistakable message: he must stop.", "Reid
has some advice for Democrats: don't gloat.", "His supporters were making the
same arguments: …"), or the one thing it is clear about or agrees on ("Lund
was clear about one thing: the pier must close."). The claimant is the phrase
before the verb, as for "made the argument that …" (reports/verbs.py)."""

from __future__ import annotations

import re

from verify.extraction.lexicon import word_set
from verify.extraction.reports.claimants import Report, report_of_subject

# nouns whose content is what was said ("case", "point" and "question" are
# left out: "made that case: Campaigning in Iowa, …" goes on in the article's
# own voice)
MESSAGE_NOUNS = word_set(
    "message messages advice warning warnings argument arguments answer verdict retort reply "
    "response prediction assessment conclusion explanation plea complaint reminder"
)
# the letter runs that every match holds one of (the gate in reports/__init__.py)
MESSAGE_KEYS = frozenset(noun.encode("ascii") for noun in MESSAGE_NOUNS | {"thing", "things"})
# a colon with at least three words after it
_AFTER_COLON = r":\s+(?=\S+\s+\S+\s+\S)"
_MESSAGE_GIVEN = re.compile(
    r"\b(?:has|have|had|offer|offers|offered|offering|present|presents|presented|"
    r"issue|issues|issued|send|sends|sent|sending|deliver|delivers|delivered|delivering|"
    r"give|gives|gave|giving|make|makes|made|making)\s+(?:[\w\u2019'.-]+,?\s+){0,5}?"
    r"(?P<cue>" + "|".join(sorted(MESSAGE_NOUNS)) + r")"
    # whom it is for: "for Democrats already celebrating", "to Trump"
    r"(?:\s+(?:for|to)\s+[^:;!?\"\u201c]{1,90}?)?" + _AFTER_COLON
)
# "was clear about one thing:", "agreed on one thing in the wake of the ruling:"
_ONE_THING = re.compile(
    r"\b(?:(?:is|was|are|were|been)\s+(?:[a-z]+ly\s+)?(?=[a-z]+\s+about\s)|(?=agree))"
    r"(?P<cue>(?:clear|adamant|emphatic)\s+about|(?:agree|agreed|agrees)\s+on)"
    r"\s+(?:one|two|several|a\s+few)\s+things?"
    r"(?:\s+[^:;!?\"\u201c]{1,60}?)?" + _AFTER_COLON
)


def message_given(text: str, start: int, end: int) -> Report | None:
    """The report of "X sent an unmistakable message: …" in text[start:end]."""
    # every match holds ": " (most sentences don't): looked for first
    if text.find(": ", start, end) < 0:
        return None
    match = _MESSAGE_GIVEN.search(text, start, end) or _ONE_THING.search(text, start, end)
    if match is None:
        return None
    # the cue is the noun, not "sent Mr. Lund an unmistakable message" (it
    # holds the person told), or "clear about", "agreed on"
    return report_of_subject(text, start, match.start(), end, " ".join(match["cue"].split()))
