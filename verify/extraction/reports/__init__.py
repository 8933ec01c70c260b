"""Reported speech: who asserts a sentence or clause, and with which cue.

A sentence reports speech when it names a claimant and a cue: a reporting verb
("Russian state media claimed ...", "..., officials said."), a phrase
("According to Dmitry Peskov, ...", "In a new poll, ..."), a nominal cue
("Rubio's claim that ..."), or a headline's colon or title-case verb.
``find_report`` tries the rules below in turn and returns the first
``Report`` found: the span of the claimant phrase and its cue. The claim stage
(claims.py) resolves that phrase to an entity and builds the claim.
"""

from __future__ import annotations

from verify.extraction.lexicon import word_set
from verify.extraction.reports.attacks import took_shots
from verify.extraction.reports.claimants import (
    ADVERBS,
    CLAUSE_WORDS,
    NOT_SUBJECT_EDGE,
    PRONOUNS,
    TIME_WORDS,
    VERBISH,
    Report,
    in_quote,
    is_adverb,
    skip_space,
)
from verify.extraction.reports.cue_words import (
    CUE_KEYS,
    CUE_PHRASES,
    CUE_WORDS,
    CUE_WORDS_PATH,
    HAND_CUE_WORDS,
    STANCES,
    cue_keys,
    cue_tokens,
    cues,
    letter_runs,
)
from verify.extraction.reports.edges import ARTICLES
from verify.extraction.reports.messages import MESSAGE_KEYS, message_given
from verify.extraction.reports.patterns import (
    AS_REPORTED_BY,
    BETWEEN_OR_ADVERB,
    TITLE_CUE_KEYS,
    according_to,
    as_said,
    cue_run_into_name,
    final_tag,
    headline,
    in_document,
    in_hope,
    in_poll,
    in_view,
    matched,
    name_ending_at,
    nominal_cue,
    opening_participle,
    support_stance,
    title_cue,
    to_whom,
    trailing_tag,
    tweet_signature,
)
from verify.extraction.reports.sources import owned_count, there_is_evidence
from verify.extraction.reports.verbs import (
    CLAUSE_AFTER,
    case_made,
    controlled_cue,
    spoke_about,
    stance_cue,
    statement_made,
    subject_cue,
    verb_before_that,
)
from verify.extraction.reports.words import DETERMINERS, looks_like_verb
from verify.extraction.types import Quote

__all__ = [
    "ADVERBS",
    "ARTICLES",
    "BETWEEN_OR_ADVERB",
    "CLAUSE_AFTER",
    "CLAUSE_WORDS",
    "CUE_PHRASES",
    "CUE_WORDS",
    "CUE_WORDS_PATH",
    "DETERMINERS",
    "HAND_CUE_WORDS",
    "NOT_SUBJECT_EDGE",
    "PRONOUNS",
    "TIME_WORDS",
    "VERBISH",
    "Report",
    "cue_run_into_name",
    "cue_tokens",
    "cues",
    "find_report",
    "in_quote",
    "is_adverb",
    "looks_like_verb",
    "name_ending_at",
    "nominal_cue",
    "skip_space",
]


# --------------------------------------------------------------------- reported speech
# The cues of three rules, as cue keys: each rule's cue is a whole run of
# letters (AS_REPORTED_BY's and the trailing tags' stand between spaces,
# commas and quote marks; a stance is a cue token), so a sentence whose
# letter runs hold none of them cannot match it (checked first: most don't)
_AS_REPORTED_KEYS = frozenset({b"reported", b"noted", b"revealed"})
_TAG_KEYS = frozenset(
    word.encode("ascii")
    for word in word_set(
        "said says say added adds wrote writes told claimed predicted argued argues "
        "warned warns insisted noted notes reported reports asked replied declared"
    )
)
_STANCE_KEYS = frozenset(word.encode("ascii") for word in STANCES)


# the words of five rules' phrases ("in the hopes that", "spoke ... about",
# "made ... statements about", "took a shot at", "sent a message: ..."): the
# letter runs of most sentences hold none, and one set intersection spares
# them the five calls
_HOPE_KEYS = frozenset({b"hope", b"hopes"})
_SPOKE_KEYS = frozenset({b"spoke", b"spoken", b"speaks", b"speaking"})
_MADE_KEYS = frozenset({b"make", b"makes", b"made", b"making"})
_TAKE_KEYS = frozenset({b"took", b"take", b"takes", b"taking"})
_PHRASE_KEYS = _HOPE_KEYS | _SPOKE_KEYS | _MADE_KEYS | _TAKE_KEYS | MESSAGE_KEYS
# a word that every match of a rule holds as a whole letter run: where the
# sentence's runs hold none, the rule is not called (most sentences hold
# none of a rule's words, and a call, however soon it returns, costs more
# than a set test)
_ACCORDING_KEYS = frozenset({b"according", b"According"})
_DOCUMENT_KEYS = frozenset({b"In", b"On"})
# "By the AP's tally", "Based on polling", "..., per CTV News."
_COUNT_KEYS = frozenset({b"By", b"by", b"Based", b"per"})
_POLL_KEYS = frozenset(
    {b"poll", b"polls", b"survey", b"surveys", b"study", b"Poll", b"Polls", b"Survey", b"Surveys"}
)
_VIEW_KEYS = frozenset({b"view", b"opinion"})
_SUPPORT_KEYS = frozenset({b"support", b"call"})
_TO_WHOM_KEYS = frozenset({b"To", b"For"})
_AS_SAID_KEYS = frozenset({b"As", b"as"})
_GATE_KEYS = (
    _ACCORDING_KEYS
    | _DOCUMENT_KEYS
    | _COUNT_KEYS
    | _POLL_KEYS
    | _VIEW_KEYS
    | _SUPPORT_KEYS
    | _TO_WHOM_KEYS
    | _AS_SAID_KEYS
)
# every word the rules below look for among the letter runs: one pass over a
# sentence's runs finds them all, and each rule looks among these few
_RULE_KEYS = CUE_KEYS | _PHRASE_KEYS | TITLE_CUE_KEYS | _GATE_KEYS


def _phrase_report(text: str, start: int, end: int, keys: frozenset[bytes]) -> Report | None:
    present = _PHRASE_KEYS.intersection(keys)
    if not present:
        return None
    return (
        (None if present.isdisjoint(_HOPE_KEYS) else in_hope(text, start, end))
        or (None if present.isdisjoint(_SPOKE_KEYS) else spoke_about(text, start, end))
        or (None if present.isdisjoint(_MADE_KEYS) else statement_made(text, start, end))
        or (None if present.isdisjoint(_TAKE_KEYS) else took_shots(text, start, end))
        or (None if present.isdisjoint(MESSAGE_KEYS) else message_given(text, start, end))
    )


def find_report(text: str, start: int, end: int, quotes: tuple[Quote, ...] = ()) -> Report | None:
    """The claimant phrase and cue of reported speech in text[start:end], if any."""
    # the sentence's letter runs, split once: which rules can match (see
    # _GATE_KEYS) and the cue tokens of those that read them
    runs = letter_runs(text, start, end)
    words = runs.split()
    present = _RULE_KEYS.intersection(words)
    found = (
        (None if present.isdisjoint(_ACCORDING_KEYS) else according_to(text, start, end))
        # "In a new Washington Post-ABC News poll, 56 percent ..."
        or (None if present.isdisjoint(_DOCUMENT_KEYS) else in_document(text, start, end, quotes))
        or headline(text, start, end)
        or tweet_signature(text, start, end)
        # "By the AP's tally, ...", "..., per CTV News."
        or (None if present.isdisjoint(_COUNT_KEYS) else owned_count(text, start, end))
    )
    if found is not None:
        return found
    # the cue tokens, found once for every rule below that reads them; a match
    # of such a rule holds a cue token (its cue is a cue word standing alone),
    # so without one (about half the sentences) only the others can match
    keys = cue_keys(present)
    tokens = cue_tokens(text, start, end, runs, words, keys)
    # nominal_cue and verb_before_that are found from " that " alone: without
    # one (most sentences) neither can match
    has_that = text.find(" that ", start, end) >= 0
    if not tokens:
        return (
            (nominal_cue(text, start, end) if has_that else None)
            or (None if present.isdisjoint(_POLL_KEYS) else in_poll(text, start, end))
            or (verb_before_that(text, start, end, quotes) if has_that else None)
            or (case_made(text, start, end) if has_that else None)
            or _phrase_report(text, start, end, present)
            or _viewpoint(text, start, end, present)
            or (None if present.isdisjoint(_SUPPORT_KEYS) else support_stance(text, start, end))
            # capitalised headline cues ("Glenn Beck Blasts Drudge") are no cue tokens
            or title_cue(text, start, end, words, present)
            # every opening participle is followed by " that "
            or (opening_participle(text, start, end) if has_that else None)
        )
    return (
        (
            None
            if _AS_REPORTED_KEYS.isdisjoint(keys)
            else matched(AS_REPORTED_BY, text, start, end, needs="d by ")
        )
        or (None if _TAG_KEYS.isdisjoint(keys) else trailing_tag(text, start, end))
        or final_tag(text, start, end)
        or subject_cue(text, start, end, quotes, tokens=tokens)
        # "There were emails showing that ...": no subject before the cue
        or (there_is_evidence(text, start, end) if has_that else None)
        or (nominal_cue(text, start, end) if has_that else None)
        or (None if present.isdisjoint(_POLL_KEYS) else in_poll(text, start, end))
        or (verb_before_that(text, start, end, quotes) if has_that else None)
        or (case_made(text, start, end) if has_that else None)
        or controlled_cue(text, start, end, quotes)
        or _phrase_report(text, start, end, present)
        # "As the mayor put it, ...": after the other cues, which name the
        # claimant of the main clause
        or _viewpoint(text, start, end, present)
        or (None if _STANCE_KEYS.isdisjoint(keys) else stance_cue(text, start, end, quotes, tokens))
        or (None if present.isdisjoint(_SUPPORT_KEYS) else support_stance(text, start, end))
        or title_cue(text, start, end, words, present)
        or (opening_participle(text, start, end) if has_that else None)
    )


def _viewpoint(text: str, start: int, end: int, present: frozenset[bytes]) -> Report | None:
    """ "As the mayor put it, ...", "In their view, ...", "To many, ...": three
    rules tried in this order in both chains of find_report, each only where
    the sentence holds its words."""
    return (
        (None if present.isdisjoint(_AS_SAID_KEYS) else as_said(text, start, end))
        or (None if present.isdisjoint(_VIEW_KEYS) else in_view(text, start, end))
        or (None if present.isdisjoint(_TO_WHOM_KEYS) else to_whom(text, start, end))
    )
