"""Who answers in an interview, and for how long: the person the article
introduces before its first question or answer label ("Actress Dana Voss has
written a memoir. … Q: What happened? A: Nobody came."). An answer's claims
that name no claimant of their own are the interviewee's: the article only
transcribes them. An answer runs on over the lines after its label until the
next label; lines after the last label may be the article's own again. The
claim stage (claims.py) asks only once it meets an answer label."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter

from verify.extraction.entities import EntityIndex
from verify.extraction.line_labels import LABEL_INITIALS

# a question or answer label opening a line
_LABEL = re.compile(r"^[ \t]*(?:Q|A|QUESTION|ANSWER|Question|Answer):", re.MULTILINE)


_ANSWER_WORDS = ("A", "ANSWER", "Answer")


def _answer_label_in(text: str) -> bool:
    """Whether "A:", "ANSWER:" or "Answer:" may stand in ``text`` (a colon
    after any word ending so, "NASA:", counts too: a cheap test before the
    labels are read): the few colons of most texts are found by one fast scan
    and each is read back (three scans for the three strings cost more)."""
    colon = text.find(":")
    while colon >= 0:
        if text.endswith(_ANSWER_WORDS, 0, colon):
            return True
        colon = text.find(":", colon + 1)
    return False


class Answers:
    """One text's interview answers: who gives them, where they end. Both are
    found once per text, when first asked."""

    def __init__(self, text: str, index: EntityIndex) -> None:
        self._text = text
        self._index = index
        self._labels: list[int] | None = None
        self._interviewee: str | None = None
        self._answer: int | None = None  # where the label of the answer going on stands
        # whether an answer's label may stand in the text (most texts hold none)
        self.labelled = _answer_label_in(text)

    def line(self, start: int, words: int) -> bool:
        """Whether the line at ``start``, its words at ``words`` (past any
        label), is part of an answer: an answer's label, or no label after one."""
        if self._text[start] in LABEL_INITIALS:
            labelled = self._text[start] == "A" and words > start
            self._answer = start if labelled else None
        elif self._answer is not None and not self.go_on(start):
            self._answer = None
        return self._answer is not None

    def speaker(self) -> tuple[str, str, tuple[int, int], str] | None:
        """The interviewee of the answer going on, its label their mention."""
        if self._answer is None:
            return None
        answerer = self.interviewee()
        if answerer is None:
            return None
        label = (self._answer, self._text.index(":", self._answer))
        return answerer, self._text[label[0] : label[1]], label, ":"

    def labels(self) -> list[int]:
        """Where the text's question and answer labels stand, in order."""
        if self._labels is None:
            self._labels = [label.start() for label in _LABEL.finditer(self._text)]
        return self._labels

    def interviewee(self) -> str | None:
        """The person the introduction names most often (the first of equals),
        or None where it names no person: the interviewer is named once in
        passing ("… spoke with POLITICO's Ann Lee"), the interviewee again."""
        labels = self.labels()
        if self._interviewee is None and labels:
            named: Counter[str] = Counter()
            for mention in self._index.mentions:
                if mention.start >= labels[0]:
                    break
                entity = self._index.named_at(mention.start, mention.end)
                if entity is not None and entity.kind == "person":
                    named[entity.name] += 1
            # most_common keeps first-counted order among equals
            self._interviewee = named.most_common(1)[0][0] if named else ""
        return self._interviewee or None

    def go_on(self, line: int) -> bool:
        """Whether an answer goes on over the unlabelled line at ``line``: a
        label follows it later."""
        labels = self.labels()
        return bisect_right(labels, line) < len(labels)
