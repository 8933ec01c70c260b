"""Claim stage: split an article into claims, say who makes each one, flag
it and score how much it is worth checking.

A claim is a sentence, or a clause of a sentence that joins two assertions
("..., but this time Trump appears to ..."). Reported speech gives the claim a
claimant and a cue ("Russian state media claimed ...", "According to Dmitry
Peskov, ...", "..., officials said."); a claim in the article's own voice has no
claimant. A sentence that is mostly a direct quote is left to the quote stage
(it is a quote item already); partial quotes stay inside their claims.
Claims come back most check-worthy first.

The reported-speech rules (which phrase is the claimant, which word the cue)
are in the reports package; this module splits sentences into claims, resolves each
claimant phrase to an entity, and flags and scores the claims.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import fields, replace
from operator import attrgetter

from verify.extraction import checkworthiness, flags
from verify.extraction.antecedents import ANTECEDENT_REACH, described_antecedent
from verify.extraction.entities import EntityIndex, find_entities
from verify.extraction.entity_roles import name_before_of, without_party_state
from verify.extraction.group_speakers import it_speaker, they_claimant
from verify.extraction.lexicon import word_set
from verify.extraction.line_labels import LABEL_INITIALS, past_caption_label, past_interview_label
from verify.extraction.name_words import PLACES, country_body
from verify.extraction.pronoun_speakers import sentence_subject
from verify.extraction.reports import (
    CLAUSE_AFTER,
    CUE_WORDS,
    DETERMINERS,
    PRONOUNS,
    TIME_WORDS,
    Report,
    claimants,
    cue_run_into_name,
    cue_tokens,
    cues,
    find_report,
    in_quote,
    name_ending_at,
    nominal_cue,
    skip_space,
)
from verify.extraction.reports.appositions import apposed_name
from verify.extraction.reports.cataphora import cataphor
from verify.extraction.reports.continuations import Speaker, tag_speaker
from verify.extraction.reports.contrasts import own_then_contrast
from verify.extraction.reports.generic import anybody
from verify.extraction.reports.headlines import after_caps_lead, headline_piece
from verify.extraction.reports.interviews import Answers
from verify.extraction.reports.places import past_town, where_said
from verify.extraction.reports.plural_subjects import plural_head
from verify.extraction.reports.refusals import unasserted
from verify.extraction.reports.relatives import bare_antecedent, joined_relative
from verify.extraction.segmentation import Span, marks_at, past_dateline, sentences
from verify.extraction.sentence_subjects import label_person
from verify.extraction.types import Claim, Entity, Quote


def extract_claims(
    text: str,
    quotes: tuple[Quote, ...],
    entities: tuple[Entity, ...],
    *,
    index: EntityIndex | None = None,
    paras: tuple[Span, ...] | None = None,
) -> tuple[Claim, ...]:
    """Claims of ``text``; ``index`` is its entity index and ``paras`` its
    paragraphs when the caller (the pipeline) has them already from the
    quote stage."""
    if index is None:
        index = find_entities(text)
    unscored: list[_Unscored] = []
    spans = sentences(text, paras)
    speaking: Speaker | None = None
    # an interviewer's "Q:" opening a line: answers may be labelled by name
    interview = "Q:" in text and _INTERVIEW.search(text) is not None
    answering, answers = False, Answers(text, index)
    for sentence, numbered in zip(spans, _quotes_by_sentence(spans, quotes), strict=True):
        # datelines, credits and speaker labels open lines: most sentences open none
        opens_line = text[sentence.start - 1 : sentence.start] in ("", "\n")
        if opens_line:
            captioned = past_caption_label(text, past_dateline(text, sentence))
            if captioned is None:
                continue
            sentence = captioned
            if text[sentence.start] in LABEL_INITIALS:
                sentence = past_interview_label(text, captioned)
            answering = answers.labelled and answers.line(captioned.start, sentence.start)
        found = _sentence_claims(text, sentence, numbered, index, entities)
        if opens_line:
            answer = answers.speaker() if answering else None  # "A: No one came."
            speaking = _transcript_speaker(text, sentence, found, interview) or answer
        if speaking is not None:
            found = [values if values[3] else _said_by(values, speaking) for values in found]
        elif text.find(":", *sentence) >= 0:  # "Voss said: The port …"
            speaking = tag_speaker(text, sentence, found)
        if answering:
            # "A: I came home …": the interviewee, whom no name nearby stands for
            found = [
                _claimant_as_written(values) if values[4] in _FIRST_PERSON else values
                for values in found
            ]
        unscored.extend(found)
    # scored together once every claim is found: the model's tables, far
    # bigger than the processor's caches, stay cached from one claim to the
    # next instead of being evicted by the claim rules run between them
    scores = checkworthiness.score_all(values[2] for values in unscored)
    claims = [
        _new_claim(*values[:6], round(score, 4), *values[6:])
        for values, score in zip(unscored, scores, strict=True)
    ]
    _carry_unsubstantiated(text, claims)
    # most check-worthy first, in text order among equals: two stable sorts
    # with keys read in C, rather than a Python key function per claim
    claims.sort(key=attrgetter("start"))
    claims.sort(key=attrgetter("checkworthiness"), reverse=True)
    return tuple(claims)


_FIRST_PERSON = frozenset(("I", "We", "we"))


def _claimant_as_written(values: _Unscored) -> _Unscored:
    """A claim whose claimant is its mention as written, not a resolved name."""
    return (*values[:3], values[4], *values[4:])


def _quotes_by_sentence(
    spans: tuple[Span, ...], quotes: tuple[Quote, ...]
) -> list[list[tuple[int, Quote]]]:
    """For each sentence, the quotes overlapping it with their positions in
    ``quotes`` (claims link quotes by position). Sentences are sorted and
    disjoint, so each quote's sentences are found by bisection instead of
    testing every quote against every sentence."""
    ends = [span.end for span in spans]
    found: list[list[tuple[int, Quote]]] = [[] for _ in spans]
    for number, quote in enumerate(quotes):
        at = bisect_right(ends, quote.start)
        while at < len(spans) and spans[at].start < quote.end:
            found[at].append((number, quote))
            at += 1
    return found


# a claim's fields in Claim's order but for its check-worthiness, which
# extract_claims adds
_Unscored = tuple[
    int,
    int,
    str,
    str | None,
    str | None,
    str | None,
    tuple[str, ...],
    tuple[int, ...],
    tuple[int, int] | None,
]


# a transcript's speaker label opening a paragraph: "ZELENSKY: We will not …" (a name in
# capitals; not "Q:" or "A:", which name no one)
_SPEAKER_LABEL = re.compile(r"[A-Z][A-Z.'\u2019-]+(?: [A-Z][A-Z.'\u2019-]+){0,3}:\s")


# an interviewer's label opening a line: the text is an interview
_INTERVIEW = re.compile(r"^[ \t]*Q:\s", re.MULTILINE)
# a label of a capitalised name of up to three words
_NAME_LABEL = re.compile(r"[A-Z][\w.'\u2019-]+(?: [A-Z][\w.'\u2019-]+){0,2}:\s")


def _transcript_speaker(
    text: str, sentence: Span, found: list[_Unscored], interview: bool
) -> Speaker | None:
    """Who speaks in the paragraph ``sentence`` opens, in a transcript: the speaker its label
    names. Everything after the label is theirs until the paragraph ends, not only the first
    sentence, where the label stands. In an ``interview`` a label may be an ordinary name."""
    # a label is the first claim's cue ":" (most paragraphs have none: asked first)
    first = found[0] if found else None
    if first is None or first[5] != ":" or first[3] is None:
        return None
    labelled = _SPEAKER_LABEL.match(text, sentence.start, sentence.end)
    if labelled is None and interview:
        # an interview's answers labelled by name ("Zelensky: No. …")
        labelled = _NAME_LABEL.match(text, sentence.start, sentence.end)
    return None if labelled is None else (first[3], first[4] or first[3], first[8], first[5])


def _said_by(values: _Unscored, speaker: Speaker) -> _Unscored:
    """A claim of the article's own voice as the transcript's speaker's."""
    start, end, words, _, _, _, found_flags, linked, _ = values
    claimant, mention, span, cue = speaker
    said = (*found_flags, flags.ATTRIBUTED)
    return (start, end, words, claimant, mention, cue, said, linked, span)


def _sentence_claims(
    text: str,
    sentence: Span,
    numbered: list[tuple[int, Quote]],
    index: EntityIndex,
    entities: tuple[Entity, ...],
) -> list[_Unscored]:
    # every clause lies inside the sentence, so only the quotes overlapping
    # it matter (most sentences have none)
    nearby = tuple(q for _, q in numbered) if numbered else ()
    if nearby and _quoted_throughout(sentence, nearby):
        return []
    report = find_report(text, sentence.start, sentence.end, nearby)
    refused = None
    if report is not None and unasserted(text, report, sentence.end):
        # "The agency did not say how …", "… declined to comment on reports that …":
        # the article's own claim, unless a cue before reports ("Rubio's claim that …")
        # or a nominal cue after it ("… never cited a source for his claim that …")
        after = text.find(report.cue, report.subject_end, sentence.end) + len(report.cue)
        report = find_report(text, sentence.start, report.subject_start, nearby) or nominal_cue(
            text, after, sentence.end
        )
        if report is None:
            refused = _refused_then_said(text, sentence, nearby, after)
    parts: list[tuple[Span, Report | None]]
    if refused is not None:
        parts = refused
    elif report is None:
        parts = [(clause, None) for clause in split_clauses(text, sentence, nearby)]
    else:
        parts = _reported_clauses(text, sentence, nearby, report)
    sentence_text = text[sentence.start : sentence.end]
    out = []
    for clause, found in parts:
        if nearby and _mostly_direct_quote(clause, nearby):
            tail = _reported_tail(text, clause, nearby, found) or _reported_head(
                text, clause, nearby, found
            )
            if tail is None:
                continue
            clause, found = tail
        # most claims are their whole sentence: the same string, not a copy
        whole = clause.start == sentence.start and clause.end == sentence.end
        words = sentence_text if whole else text[clause.start : clause.end]
        if _asserts_nothing(words):
            continue
        if found is not None and found is not report and unasserted(text, found, clause.end):
            # "Lee did not say when …, but he said …": the refusal's clause is
            # the article's own claim as the whole sentence's would be
            found = None
        claimant, mention, span, cue = _claimant(text, found, index, entities, sentence.start)
        if cue is not None and _only_a_tag(words, cue):
            continue
        out.append(
            (
                clause.start,
                clause.end,
                words,
                claimant,
                mention,
                cue,
                flags.flags_for(words, attributed=claimant is not None, context=sentence_text),
                _linked_quotes(clause, numbered) if numbered else (),
                span,
            )
        )
    return out


def _asserts_nothing(words: str) -> bool:
    """A credit, a section label, a list number or a time stamp ("Getty.",
    "FULL TEXT.", "3.", "9:05 p.m."): no words that could assert anything.
    A headline in capitals keeps its words ("Poll Shows Sanders Ahead.") and
    a tally its number ("Clinton: 547.")."""
    if _LOWER_WORD.search(words):
        return False  # most claims: one search
    if _CLOCK.fullmatch(words):
        return True
    letters = _LETTER_WORD.findall(words)
    return not letters or (len(letters) <= 2 and not _DIGIT.search(words))


def _only_a_tag(words: str, cue: str) -> bool:
    """ "Trump said.", "Dr. Ward stated:": a speech tag whose words are the
    quote after it (an item of its own) or none at all."""
    tail = words.rstrip()
    if tail.endswith(":"):
        if not tail[:-1].rstrip().endswith(cue):
            return False
        # not a clause of its own before it ("The Times made the claim, and X responded:")
        short = len(_LETTER_WORD.findall(tail)) <= 10
        return short and " and " not in tail and " but " not in tail
    return tail.rstrip(".").endswith(cue) and len(_LETTER_WORD.findall(tail)) <= 3


_LOWER_WORD = re.compile(r"(?<![\w'\u2019])[a-z]{2,}")
_LETTER_WORD = re.compile(r"[^\W\d_]{2,}")
_DIGIT = re.compile(r"\d")
_CLOCK = re.compile(r"\d{1,2}(?::\d\d)?\s*[ap]\.m\.(?:\s*[A-Z]{2,4})?:?")


# Claim(...) sets each of its ten fields through object.__setattr__ (it is
# a frozen dataclass), a generic call that first packs its arguments into a
# tuple: about 18,500 instructions per claim. Setting the slots through
# their descriptors costs a quarter less; a test holds the two equal.
_CLAIM_SLOTS = tuple(getattr(Claim, field.name).__set__ for field in fields(Claim))


def _new_claim(*values: object) -> Claim:
    """``Claim(*values)``, every field given by position in Claim's order."""
    claim = object.__new__(Claim)
    for number, put in enumerate(_CLAIM_SLOTS):
        put(claim, values[number])
    return claim


# ", but Y says ...", "; Y says ...": where a second claimant may start;
# ", which he said ...": a relative clause with a claimant of its own
_REPORT_BREAK = re.compile(
    r";\s+|,\s+(?:but|while|whereas|and|yet|although|though)\s+|,\s+(?=(?:which|who)\s)"
)
_RELATIVE_WORDS = ("which", "who")
# a relative clause seldom opens a report: it counts only with a cue this
# close after it (finding the reports of the parts is dear)
_NEAR_CUE = 60
# "While X claimed ..., Y said ...", "When X pointed out ..., Y said ...": a
# sentence opening with a contrast or another subordinate clause holds its
# second claimant after the comma that closes the first claimant's clause
# ("And while he said ..., he clarified ...", "Yet while ...": after a conjunction too)
_LEADING_CONTRAST = re.compile(
    r"(?:(?:And|But|Yet)\s+(?=[a-z]))?"
    r"(?:[Ww]hile|[Aa]lthough|[Tt]hough|[Ww]hereas|[Ee]ven\s+though|[Ww]hen|[Aa]fter|[Bb]efore"
    r"|[Bb]ecause|[Ss]ince|[Ii]f|[Aa]s|[Oo]nce|[Uu]ntil)\s"
)
_COMMA = re.compile(r",\s+")


def _reported_clauses(
    text: str, sentence: Span, quotes: tuple[Quote, ...], report: Report
) -> list[tuple[Span, Report | None]]:
    """A sentence of reported speech is one claim, unless it joins two
    claimants' assertions ("X says A, but Y says B"): then one claim each."""
    whole: list[tuple[Span, Report | None]] = [(sentence, report)]
    cuts = _report_cuts(text, sentence, quotes, report)
    if not cuts or not cue_tokens(text, cuts[0].end(), sentence.end):
        # no second claimant without a second cue
        return whole
    parts: list[tuple[Span, Report | None]] = []
    begin = sentence.start
    for cut in [*cuts, None]:
        stop = sentence.end if cut is None else cut.start()
        if _long_enough(text, begin, stop):
            span = Span(begin, stop)
            found = find_report(text, begin, stop, quotes)
            if parts and found is None:
                # no claimant of its own: it belongs with the clause before
                parts[-1] = (Span(parts[-1][0].start, stop), parts[-1][1])
            else:
                parts.append((span, found))
            begin = skip_space(text, cut.end()) if cut is not None else stop
    if sum(found is not None for _, found in parts) < 2:
        return own_then_contrast(text, parts) or whole
    if parts[-1][0].end < sentence.end:
        # a short tail belongs with the last clause
        parts[-1] = (Span(parts[-1][0].start, sentence.end), parts[-1][1])
    if parts[0][1] is None:
        parts[:2] = [(Span(parts[0][0].start, parts[1][0].end), parts[1][1])]
    return parts


def _refused_then_said(
    text: str, sentence: Span, quotes: tuple[Quote, ...], after: int
) -> list[tuple[Span, Report | None]] | None:
    """ "Sanders has not said whether …, and he insisted that …": a refused
    speech act, then a clause with a claimant of its own; the first clause is
    the article's own claim, the second the claimant's."""
    start, end = sentence
    for cut in _breaks(_REPORT_BREAK, text, after, end):
        if in_quote(cut.start(), quotes) or text.startswith(_RELATIVE_WORDS, cut.end()):
            continue
        head = _trimmed_clause(text, start, cut.start())
        rest = skip_space(text, cut.end())
        if head is None or not _long_enough(text, rest, end):
            return None
        found = find_report(text, rest, end, quotes)
        if found is None or unasserted(text, found, end):
            return None
        heads: list[tuple[Span, Report | None]] = [
            (clause, None) for clause in split_clauses(text, head, quotes)
        ]
        return [*heads, (Span(rest, end), found)]
    return None


def _report_cuts(
    text: str, sentence: Span, quotes: tuple[Quote, ...], report: Report
) -> list[re.Match[str]]:
    """Where a second claimant's clause may start, in text order."""
    start, end = sentence
    cuts = [
        m
        for m in _breaks(_REPORT_BREAK, text, start, end)
        if not in_quote(m.start(), quotes)
        and (not text.startswith(_RELATIVE_WORDS, m.end()) or _cue_near(text, m.end(), end))
    ]
    if _LEADING_CONTRAST.match(text, start, end):
        comma = _comma_after(text, report.subject_end, end, quotes)
        if comma is not None and all(m.start() != comma.start() for m in cuts):
            cuts = sorted([*cuts, comma], key=lambda m: m.start())
    return cuts


def _cue_near(text: str, at: int, end: int) -> bool:
    return bool(cue_tokens(text, at, min(end, at + _NEAR_CUE)))


def _comma_after(
    text: str, start: int, end: int, quotes: tuple[Quote, ...]
) -> re.Match[str] | None:
    # the first comma after ``start`` outside every quote
    comma = _COMMA.search(text, start, end)
    while comma is not None and in_quote(comma.start(), quotes):
        comma = _COMMA.search(text, comma.end(), end)
    return comma


def _reported_tail(
    text: str, clause: Span, quotes: tuple[Quote, ...], report: Report | None
) -> tuple[Span, Report] | None:
    """'"...," he said, adding that small donors may balk.': the quote is a
    quote item already, but what the speaker adds in reported speech is a
    claim of its own, from the participle on."""
    if report is None:
        return None
    last = max((q.end for q in quotes if q.kind == "direct" and q.start < clause.end), default=-1)
    begin = max(last, clause.start)
    for cue_start, cue_end, cue in cues(text, clause.end, cue_tokens(text, begin, clause.end)):
        if cue.endswith("ing") and text[:cue_start].rstrip().endswith(","):
            # an assertion ("adding that ..."), not a gloss ("referring to ...")
            if not CLAUSE_AFTER.match(text, cue_end) or not _long_enough(
                text, cue_start, clause.end
            ):
                return None
            return Span(cue_start, clause.end), report._replace(cue=cue)
    return None


# the words that hand over to a quote: ", saying,", " and said,", ", but went on to say,"
# (not ", said,", whose claimant stands just before it: "..., a spokesman, said, ...")
_QUOTE_HANDOVER = re.compile(
    r"(?:,\s+(?=[a-z]+ing\b)|,?\s+(?=(?:and|but)\s))(?:\S+\s+){0,4}?(?P<cue>[a-z]+)[,:]?\s*"
    r"[\"\u201c\u2018']?$"
)


# words after the claimant, its cue among them, in a claim before a quote
_MIN_HEAD_WORDS = 3


def _reported_head(
    text: str, clause: Span, quotes: tuple[Quote, ...], report: Report | None
) -> tuple[Span, Report] | None:
    """'Ada Lund said the pier was safe, adding, "...".': the quote is a quote
    item already, but what the speaker says before it in reported speech is a
    claim of its own, up to the words that hand over to the quote."""
    if report is None:
        return None
    first = min(
        (q.start for q in quotes if q.kind == "direct" and clause.start < q.start < clause.end),
        default=-1,
    )
    if first < 0:
        return None
    handover = _QUOTE_HANDOVER.search(text, clause.start, first)
    if handover is None or handover["cue"] not in CUE_WORDS:
        return None
    head = _trimmed_clause(text, clause.start, handover.start())
    if head is None or _mostly_direct_quote(head, quotes):
        # the end of a quote opened in an earlier sentence
        return None
    found = find_report(text, head.start, head.end, quotes)
    if found is None or len(text[found.subject_end : head.end].split()) < _MIN_HEAD_WORDS:
        # "The candidate continued, saying, ...": nothing said before the quote
        return None
    return head, found


def _quoted_throughout(sentence: Span, quotes: tuple[Quote, ...]) -> bool:
    """Whether every claim the sentence could give is mostly a direct quote,
    so that it gives none: it is a direct quote but for a few characters (its
    quote marks, say). Checked first because such sentences are common and
    finding their reported speech is the dearest step."""
    length = sentence.end - sentence.start
    unquoted = length - _quoted_chars(sentence, quotes)
    # a claim is the sentence or a clause of _MIN_CLAUSE_CHARS or more, and a
    # part of n characters has at least n - unquoted of them quoted
    return 2 * unquoted <= min(length, _MIN_CLAUSE_CHARS)


def _quoted_chars(span: Span, quotes: tuple[Quote, ...]) -> int:
    """Characters of ``span`` inside direct quotes (quotes in text order); an
    overlap between quotes is counted once."""
    covered, reach = 0, span.start
    for quote in quotes:
        if quote.kind == "direct":
            start, end = max(quote.start, reach), min(quote.end, span.end)
            if end > start:
                covered += end - start
                reach = end
    return covered


def _mostly_direct_quote(clause: Span, quotes: tuple[Quote, ...]) -> bool:
    # a sentence of a direct quote is already a quote item for review; as a
    # claim too it would be a duplicate in the queue
    covered = sum(
        max(0, min(q.end, clause.end) - max(q.start, clause.start))
        for q in quotes
        if q.kind == "direct"
    )
    return covered * 2 >= clause.end - clause.start


# --------------------------------------------------------------------- claimant
def _claimant(
    text: str,
    report: Report | None,
    index: EntityIndex,
    entities: tuple[Entity, ...],
    sentence_start: int,
) -> tuple[str | None, str | None, tuple[int, int] | None, str | None]:
    # "If you want to understand the vote, ...": a "you" that is anybody asserts nothing
    if report is None or anybody(text, report.subject_start, report.subject_end, report.cue):
        return None, None, None, None
    span = after_caps_lead(report.subject_start, report.subject_end, text)
    mention = text[span[0] : span[1]]
    lowered = mention.lower()
    if lowered in ("who's", "who\u2019s"):
        # "Curly Haugland, who's argued for years that …": "who" with its "has"
        span, mention, lowered = (span[0], span[0] + 3), mention[:3], "who"
    if lowered in ("he", "she"):
        # "Even as he accused the board …, Ben Ray would not …": the name after the opening
        ahead = cataphor(text, sentence_start, span[0], index)
        if ahead is not None:
            return ahead.name, mention, span, report.cue
    described = None
    if lowered == "who":
        # "Ada Lund, who chaired the board, and who wrote …": the first "who"
        first = joined_relative(text, sentence_start, span[0])
        span, mention = (first, first + 3), text[first : first + 3]
        # "the party's top figures, who have expressed concern": the claimant is
        # the description "who" stands for, not the last name before it
        described = described_antecedent(text, span[0]) or bare_antecedent(text, span[0])
    elif lowered == "they":
        described = _plural_subject(text, sentence_start, span[0])
    elif mention == "which":
        described = _which_antecedent(text, span[0])
        if described is None:
            return None, None, None, None
    if described is None:
        # "Rep. Jim Jordan, R-Ohio, who chairs …, dismissed": the name the party and state describe
        described = apposed_name(text, *span, report.cue)
    # "Sen. Bernie Sanders (I-Vt.)": the name, not its party and state
    phrase = (span[0], span[0] + without_party_state(mention)) if described is None else described
    # "a delegate from Houston, Texas, said": who, not where from
    named = past_town(text, sentence_start, phrase, described is None)
    if named is None:
        return None, None, None, None
    if named != phrase:  # the words before the town are the mention too
        span, mention = named, text[named[0] : named[1]]
    mentioned = text[named[0] : named[1]]
    entity = _entity(index, named, mentioned)
    name = entity.name if entity is not None else _fullest(mentioned, entities)
    if report.cue == ":" and name.isupper():
        person = label_person(name, index.entities)
        name = name if person is None else person.name
    if headline_piece(name):
        # "Big Win For Bernie:" labels nobody; "the network", as written, is
        # better than a headline's words the index took for its name
        if report.cue == ":":
            return None, None, None, None
        name = name if headline_piece(mention) else mention
    if "\xa0" in name:  # "A\xa0Fox News poll": the name shown has plain spaces
        name = " ".join(name.split())
    return name, mention, span, report.cue


_WHEN_NAMES = TIME_WORDS | word_set(
    "january february march april may june july august september october november december"
)


def _which_antecedent(text: str, which: int) -> tuple[int, int] | None:
    # "a request by The Washington Post, which argued ...": a description, or
    # else the name just before the comma
    comma = text.rfind(",", max(0, which - ANTECEDENT_REACH), which)
    if comma < 0:
        return None
    described = described_antecedent(text, which)
    if described is not None:
        return described
    name = name_ending_at(text, max(0, which - ANTECEDENT_REACH), comma)
    if name is None or text[name[0] : name[1]].lower() in _WHEN_NAMES:
        # "released her records in July, which showed ...": a date is no claimant
        return None
    return name


def _plural_subject(text: str, start: int, they: int) -> tuple[int, int] | None:
    """ "Investors see a one-in-five chance ..., implying that they expect ...":
    a "they" inside a sentence stands for the sentence's subject where that is
    a plural description (the entity index would take a name near it, often a
    place or an organisation)."""
    subject = claimants.sentence_subject(text, start, they) if start < they else None
    if subject is None or subject[1] >= they:
        return None
    # "Investors see a chance …, implying that they …": the phrase ran on into the verb
    subject = plural_head(text, subject) or subject
    words = text[subject[0] : subject[1]].split()
    last = words[-1]
    if not last.endswith("s") or last.endswith(("'s", "\u2019s")) or last.lower() in PRONOUNS:
        return None
    # "Democratic leaders", "Investors" opening the sentence; not a name ("Ted Cruz")
    return subject if last.islower() or len(words) == 1 else None


_SETTING = re.compile(r" (?:in|at|on|during) (?:a|an|the|his|her|their|its) ")


def _entity(index: EntityIndex, span: tuple[int, int], mention: str) -> Entity | None:
    # a name heads the phrase ("Kremlin spokesperson Dmitry Peskov"), or a pronoun
    # or description stands for one ("she", "the spokesperson"); a phrase headed
    # by a common noun ("Russian state media", "local officials") is its own claimant
    words = mention.lower().split()
    if words in (["i"], ["we"]):
        # "Ann Lee runs the pier. I think it is safe.", "We asked our
        # followers": the writer (or a speaker no tag names), as written,
        # not the name nearest to it
        return None
    if len(words) == 1 and words[0] in PRONOUNS:
        # "Ann Lee spoke in Dover when she said": the sentence is about its subject
        if words[0] in ("they", "it"):
            # the group or document a "they" or "it" stands for, as for quote speakers
            speaker = they_claimant if words[0] == "they" else it_speaker
            resolved = speaker(index.text, span[0], index)
        else:
            he_she = words[0] in ("he", "she")
            subject = sentence_subject(index.text, span[0], words[0], index) if he_she else None
            resolved = subject or index.resolve(*span)
        # a place the index allows ("It said …" for "America") asserts nothing
        return None if resolved is None or resolved.name.lower() in PLACES else resolved
    if words[0] in ("a", "an", "one") and not _SPEAKING_FOR.isdisjoint(words[1:-1]):
        # "A spokeswoman for House Speaker Mike Johnson": someone speaking for
        # the name, as written
        return None
    if country_body(words):
        # "Russia's Defense Ministry": the country's body, as written
        return None
    setting = _SETTING.search(mention)
    if setting is not None and all(w[0].isupper() for w in mention[: setting.start()].split()):
        # "Jeb Bush in a Medium post", "Mayor Don Guardian in a telephone
        # interview": who, not where
        named = index.named_at(span[0], span[0] + setting.start())
        if named is not None:
            return named
    own = name_before_of(mention)
    if own:
        # "Ann Lee of the Cato Institute": the person, not where she works
        named = index.named_at(span[0], span[0] + len(own))
        if named is not None and named.kind == "person":
            return named
    if mention.split()[-1][0].isupper():
        # "Emmanuel Macron in Paris": where the name spoke, not who
        where = where_said(mention)
        if where is not None:
            span = (span[0], span[0] + where.start())
        named = index.named_at(*span)
        if named is not None and words[0] in _ONE_OF:
            # "one Tory MP told": one of a group, as written, not the group
            return None
        if named is None and where is not None:
            return None  # "officials in Kyiv": a common noun's phrase is its own claimant
        if named is not None and cue_run_into_name(index.text, span[1], named.name):
            # a headline in title case ("Glenn Beck Blasts Drudge") is one
            # run of capitals: the name is the mention, not the run
            return None
        return named
    if words[0] in DETERMINERS:
        # a description ("the Russian leader"), not a name inside a common-noun
        # phrase ("the Platte River employee")
        entity = index.resolve(*span)
        if entity is not None and entity.name.split()[-1] not in mention:
            return entity
        # "The party's deputy leader, Angela Rayner, went further": the aside names it
        aside = _ASIDE_NAME.match(index.text, span[1])
        named = index.named_at(aside.start(1), aside.end(1)) if aside is not None else None
        if named is not None and named.kind == "person":
            return named
    return None


# a name set off by commas right after a description
_ASIDE_NAME = re.compile(r",\s+([A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){1,3}),")


_SPEAKING_FOR = frozenset(("for", "of", "to", "at"))
# words that pick one member out of a group named after them
_ONE_OF = word_set("one another")


def _fullest(mention: str, entities: tuple[Entity, ...]) -> str:
    for entity in entities:
        if mention == entity.name or mention in entity.aliases:
            return entity.name
    return mention


def _linked_quotes(clause: Span, numbered: list[tuple[int, Quote]]) -> tuple[int, ...]:
    return tuple(i for i, q in numbered if q.start < clause.end and q.end > clause.start)


# --------------------------------------------------------------------- clauses
# ", but this time Trump ...": a conjunction followed by a new subject
_CLAUSE_BREAK = re.compile(
    r"(?:;\s+|,\s+(?:but|while|whereas|and|yet)\s+)(?=(?:the|a|an|this|that|these|those|it|he|she"
    r"|they|we|i|its|his|her|their|our)\b|[A-Z][a-z]+\s+(?:has|have|had|is|was|were|are|will|"
    r"did|said)\b)"
)
_MIN_CLAUSE_WORDS = 5
# so a clause is at least this many characters long
_MIN_CLAUSE_CHARS = 2 * _MIN_CLAUSE_WORDS - 1


def split_clauses(text: str, sentence: Span, quotes: tuple[Quote, ...]) -> list[Span]:
    """A sentence joining two assertions, as two clauses; otherwise itself."""
    spans = []
    begin = sentence.start
    for match in _breaks(_CLAUSE_BREAK, text, sentence.start, sentence.end):
        if in_quote(match.start(), quotes):
            continue
        left = _trimmed_clause(text, begin, match.start())
        if left is None or not _long_enough(text, match.end(), sentence.end):
            continue
        spans.append(left)
        begin = match.end()
    if not spans:
        # no break (most sentences): no need to count the words of the rest
        return [sentence]
    last = _trimmed_clause(text, begin, sentence.end)
    if last is not None:
        spans.append(last)
    return spans if len(spans) > 1 else [sentence]


def _breaks(pattern: re.Pattern[str], text: str, start: int, end: int) -> list[re.Match[str]]:
    """What ``pattern.finditer`` finds in text[start:end], for a break
    pattern, which opens with a comma or a semicolon: tried only at those,
    in order and past the last match, it finds the same. str.find skips to
    them; a search of the pattern tests a class at every character."""
    found = []
    searched = start
    for at in marks_at(text, start, end, ",;"):
        if at >= searched and (match := pattern.match(text, at, end)) is not None:
            found.append(match)
            searched = match.end()
    return found


def _trimmed_clause(text: str, start: int, end: int) -> Span | None:
    if not _long_enough(text, start, end):
        return None
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


def _long_enough(text: str, start: int, end: int) -> bool:
    return len(text[start:end].split()) >= _MIN_CLAUSE_WORDS


# --------------------------------------------------------------------- support
_NOTE_MAX_WORDS = 14


def _carry_unsubstantiated(text: str, claims: list[Claim]) -> None:
    """A short sentence such as "He offered no evidence." says the claim before
    it is unsupported."""
    for i in range(1, len(claims)):
        note = claims[i]
        if flags.UNSUBSTANTIATED not in note.flags or len(note.text.split()) > _NOTE_MAX_WORDS:
            continue
        before = claims[i - 1]
        if flags.UNSUBSTANTIATED in before.flags:
            continue
        claims[i - 1] = replace(before, flags=(flags.UNSUBSTANTIATED, *before.flags))
