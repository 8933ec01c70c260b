"""find_report calls a rule only where the sentence's letter runs hold one of
the rule's words (reports._GATE_KEYS): each gated rule must find nothing
where they hold none of them."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from verify.extraction import reports
from verify.extraction.reports import Report, cue_words, messages, patterns, sources

_Rule = Callable[[str, int, int], Report | None]

GATED: list[tuple[_Rule, frozenset[bytes]]] = [
    (patterns.according_to, reports._ACCORDING_KEYS),
    (lambda text, start, end: patterns.in_document(text, start, end, ()), reports._DOCUMENT_KEYS),
    (sources.owned_count, reports._COUNT_KEYS),
    (patterns.in_poll, reports._POLL_KEYS),
    (patterns.as_said, reports._AS_SAID_KEYS),
    (patterns.in_view, reports._VIEW_KEYS),
    (patterns.to_whom, reports._TO_WHOM_KEYS),
    (patterns.support_stance, reports._SUPPORT_KEYS),
    (messages.message_given, messages.MESSAGE_KEYS),
]

# phrases each rule finds, and what may join them into longer words: a
# hyphen, a digit, an underscore, a letter outside ASCII or in ASCII
GATE_PIECES = [
    "According to the AP,", "according to polls", "In a poll,", "On a survey,", "In surveys,",
    "By the AP's tally,", "by his own count,", "Based on polls,", ", per CNN.", "in a poll",
    "in a study", "by a survey", "in recent polls", "in national surveys", "the poll has Lee",
    "As Ann Lee said,", ", as she put it,", "in his view", "In Ann Lee's opinion", "To many,",
    "For many voters,", "they support the plan", "Critics call it", " would support Lee",
    "the pier is safe", "Lee sent a message: ", "had advice for them: ",
    "Lee", " ", " ", ",", ".", "-", "_", "2", "x", "X", "\u00e9", "\u201c",
]  # fmt: skip


@given(st.lists(st.sampled_from(GATE_PIECES), max_size=8).map("".join), st.data())
@settings(max_examples=1500, deadline=None)
def test_a_gated_rule_finds_nothing_without_its_words(text: str, data: st.DataObject) -> None:
    # some rules are anchored at the sentence's start: from 0 too
    for start in (0, data.draw(st.integers(0, len(text)))):
        end = data.draw(st.integers(start, len(text)))
        runs = frozenset(cue_words.letter_runs(text, start, end).split())
        for rule, keys in GATED:
            if runs.isdisjoint(keys):
                assert rule(text, start, end) is None


@pytest.mark.parametrize(
    ("rule", "text"),
    [
        (0, "According to the harbour board, the pier is safe."),
        (1, "In a new harbour board survey, most divers called the pier safe."),
        (2, "By the AP's tally, the pier is safe."),
        (3, "The pier is safe, according to most divers in a recent poll."),
        (4, "As the harbour master put it, the pier is safe."),
        (5, "In Ann Lee's view, the pier is safe."),
        (6, "To many divers, the pier is safe."),
        (7, "Most divers support the new pier."),
        (8, "Ada Lund sent the board a message: the pier is safe."),
    ],
)
def test_each_gated_rule_finds_a_report_of_its_own(rule: int, text: str) -> None:
    # the property above is not empty: each rule finds a report where its words are
    assert GATED[rule][0](text, 0, len(text)) is not None
