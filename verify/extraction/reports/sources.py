"""Reports named by a short phrase of attribution other than "according to":
a count or an argument owned by its source opening the sentence ("By the
Associated Press's tally, he has 739 delegates", "By Sanders's own argument,
..."), polls a standing is based on ("Based on current polling, ..."),
evidence that "there is" ("There were emails showing that ...") and "per"
closing it ("..., per CTV News.")."""

from __future__ import annotations

import re

from verify.extraction.reports.claimants import Report, checked_report

# "By the AP's tally, ...", "By his own count, ...": the owner of the count
_BY_OWNERS_COUNT = re.compile(
    r"(?:By|by)\s+(?P<subject>(?:his|her|their|its|(?:the\s+)?[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}"
    r"['\u2019]s?))\s+(?:own\s+)?(?P<cue>tally|count|estimate|estimates|calculation|calculations|"
    r"reckoning|account|accounting|argument|logic|measure)\s*,"
)
# "Based on polling in the remaining states, the target remains unlikely."
_BASED_ON_POLLS = re.compile(
    r"(?P<cue>Based\s+on)\s+(?P<subject>(?:[\w.\u2019'-]+\s+){0,4}?(?:polling|polls|poll|surveys|survey)"
    r"(?:\s+(?:in|of|from|by|among)\s+[^,;:]{1,50}?)?)\s*,"
)
# "There were also emails that night showing that ...", "there is anecdotal
# evidence suggesting that ...": the evidence (not "no public information")
_THERE_IS_EVIDENCE = re.compile(
    r"\b[Tt]here\s+(?:is|are|was|were)\s+(?:also\s+)?"
    r"(?P<subject>(?!no\b|nothing\b)[\w\u2019'-]+(?:\s+[\w\u2019'-]+){0,3}?)"
    r"(?:\s+that\s+(?:night|day|morning|week|month|year))?"
    r"\s+(?P<cue>showing|suggesting|indicating)\s+that\s"
)
# "..., per CTV News.": the source closing the sentence
_PER = re.compile(
    r",\s+(?P<cue>per)\s+(?P<subject>(?:the\s+)?[A-Z][\w.&'\u2019-]*(?:\s+[A-Z][\w.&'\u2019-]*){0,4})"
    r"\s*[.!?]?[\"'\u201d\u2019]?\s*$"
)


def owned_count(text: str, start: int, end: int) -> Report | None:
    # most sentences hold neither "y " of "By" nor "per": looked for first
    if text.startswith(("By ", "by "), start):
        match = _BY_OWNERS_COUNT.match(text, start, end)
        if match is not None:
            return checked_report(text, *_owner(text, match), match["cue"])
    if text.startswith("Based on ", start):
        match = _BASED_ON_POLLS.match(text, start, end)
        if match is not None:
            # the pattern bounds the phrase ("polling in ..." reads as no verb)
            return Report(*match.span("subject"), "based on")
    if text.find(" per ", start, end) >= 0:
        match = _PER.search(text, start, end)
        if match is not None:
            # the sentence's full stop is no part of the name ("per CTV News.")
            subject_end = match.end("subject") - text.endswith(".", 0, match.end("subject"))
            return checked_report(text, match.start("subject"), subject_end, match["cue"])
    return None


def _owner(text: str, match: re.Match[str]) -> tuple[int, int]:
    """The owner's span without its possessive ending ("the Associated Press")."""
    start, end = match.span("subject")
    if text[end - 1] in "'\u2019":
        return start, end - 1
    if text[end - 2 : end - 1] in ("'", "\u2019"):
        return start, end - 2
    return start, end


def there_is_evidence(text: str, start: int, end: int) -> Report | None:
    # most sentences hold no "here " of "there": looked for first
    if text.find("here ", start, end) < 0:
        return None
    match = _THERE_IS_EVIDENCE.search(text, start, end)
    return None if match is None else checked_report(text, *match.span("subject"), match["cue"])
