"""Claim stage: split an article into claims, say who makes each one, flag
it and score how much it is worth checking.

A claim is a sentence, or a clause of a sentence that joins two assertions
("..., but this time Trump appears to ..."). Reported speech gives the claim a
claimant and a cue ("Russian state media claimed ...", "According to Dmitry
Peskov, ...", "..., officials said."); a claim in the article's own voice has no
claimant. A sentence inside a direct quote is claimed by the quote's speaker.
Claims come back most check-worthy first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from verify.extraction import checkworthiness, flags
from verify.extraction.entities import EntityIndex, find_entities
from verify.extraction.segmentation import Span, sentences
from verify.extraction.types import Claim, Entity, Quote


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_QUOTE_MARKS = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb"

# reporting verbs whose object is what the claimant asserts
_CUES = (
    "said|says|say|claimed|claim|claims|stated|told|tells|tell|announced|announces|announce"
    "|alleged|alleges|allege|accused|accuses|accuse|reported|insisted|insists|insist|denied"
    "|denies|deny|warned|warns|warn|argued|argues|argue|confirmed|confirms|confirm|added|adds"
    "|noted|notes|wrote|writes|admitted|admits|admit|acknowledged|acknowledges|suggested"
    "|suggests|asserted|asserts|declared|declares|revealed|reveals|estimated|estimates"
    "|testified|described|describes|signaled|signalled|explained|explains|maintained"
    "|maintains|contended|contends|contend|charged|blamed|blames|predicted|predicts"
    "|promised|promises|pledged|vowed|threatened|believes|believed|believe|thinks|thought"
    "|think|concluded|concludes|found|finds|showed|shows|indicated|indicates|disclosed"
    "|conceded|concedes|countered|complained|complains|boasted|boasts|touted|touts"
    "|recalled|recalls|emphasized|emphasised|stressed|stresses|assured|assures|projected"
    "|forecast|forecasts|observed|replied|responded|reiterated|reiterates|speculated"
    "|hinted|implied|questioned|disputed|rejected|dismissed|condemned|condemns"
)
_CUE = re.compile(rf"\b(?:{_CUES})\b")
# cues that are also common nouns or non-reporting verbs: only with "that" after them
_NEEDS_THAT = _words("claims found finds showed shows thought think notes reported")
# auxiliaries and adverbs between a claimant and its cue ("has also said")
_BETWEEN = _words(
    "has have had also previously repeatedly later again publicly earlier privately falsely "
    "wrongly once first then recently further would will did does do is was were are could "
    "may might often long never not has't hasn't haven't didn't doesn't"
)
_TRAILING_TAG = re.compile(
    r",\s*[\"'\u201c\u201d\u2018\u2019]?\s*(?P<cue>said|says|added|adds|wrote|writes|told|claimed)\s+"
    r"(?P<subject>[^,;:.!?\"\u201c\u201d]{1,60})(?:,[^.;!?]{0,80})?[.!?]?\s*$"
)
_ACCORDING_TO = re.compile(
    r"\b(?P<cue>[Aa]ccording\s+to)\s+(?P<subject>[^,;:.!?\u201c\u201d\"]{1,80}?)\s*(?:[,;:.!?]|$)"
)
_WORD = re.compile(r"[\w'\u2019.-]+")
# words that cannot start or end a claimant phrase
_NOT_SUBJECT_EDGE = _words(
    "that which who whom whose what when where while if because since as and or but so "
    "it's it there here this these those"
)
# who can assert something without being named
_SOURCE_NOUNS = _words(
    "he she they it we i you who officials official sources source spokesman spokeswoman "
    "spokesperson media police ministry authorities experts expert analysts analyst report "
    "reports study studies statement critics residents witnesses witness government "
    "administration lawyers lawyer prosecutors prosecutor investigators scientists "
    "researchers aides aide campaign people group agency department army military leaders "
    "leader president minister secretary senator governor mayor officer officers "
    "representatives documents data survey poll polls filing lawsuit complaint court judge "
    "commission committee diplomats negotiators negotiator side sides company firm "
    "supporters opponents members member doctors observers monitors others some many"
)
_MAX_SUBJECT_WORDS = 9


@dataclass(frozen=True, slots=True)
class Report:
    """Reported speech found in a sentence: who, with which cue."""

    subject_start: int
    subject_end: int
    cue: str


@lru_cache(maxsize=4)
def entity_index(text: str) -> EntityIndex:
    # the quote stage builds the same index; a small cache avoids building it twice
    return find_entities(text)


def extract_claims(
    text: str, quotes: tuple[Quote, ...], entities: tuple[Entity, ...]
) -> tuple[Claim, ...]:
    index = entity_index(text)
    claims: list[Claim] = []
    for sentence in sentences(text):
        claims.extend(_sentence_claims(text, sentence, quotes, index, entities))
    _carry_unsubstantiated(text, claims)
    scores = checkworthiness.score_all(c.text for c in claims)
    scored = [_with_score(c, s) for c, s in zip(claims, scores, strict=True)]
    return tuple(sorted(scored, key=lambda c: (-c.checkworthiness, c.start)))


def _with_score(claim: Claim, score: float) -> Claim:
    return Claim(
        start=claim.start,
        end=claim.end,
        text=claim.text,
        claimant=claim.claimant,
        claimant_mention=claim.claimant_mention,
        cue=claim.cue,
        checkworthiness=round(score, 4),
        flags=claim.flags,
        quotes=claim.quotes,
    )


def _sentence_claims(
    text: str,
    sentence: Span,
    quotes: tuple[Quote, ...],
    index: EntityIndex,
    entities: tuple[Entity, ...],
) -> list[Claim]:
    report = find_report(text, sentence.start, sentence.end, quotes)
    clauses = [sentence] if report else split_clauses(text, sentence, quotes)
    sentence_text = text[sentence.start : sentence.end]
    out = []
    for clause in clauses:
        linked = _linked_quotes(clause, quotes)
        claimant, mention, cue = _claimant(
            text, report, clause, linked, quotes, index, entities
        )
        words = text[clause.start : clause.end]
        out.append(
            Claim(
                start=clause.start,
                end=clause.end,
                text=words,
                claimant=claimant,
                claimant_mention=mention,
                cue=cue,
                flags=flags.flags_for(
                    words, attributed=claimant is not None, context=sentence_text
                ),
                quotes=tuple(linked),
            )
        )
    return out


# --------------------------------------------------------------------- reported speech
def find_report(
    text: str, start: int, end: int, quotes: tuple[Quote, ...] = ()
) -> Report | None:
    """The claimant phrase and cue of reported speech in text[start:end], if any."""
    report = _according_to(text, start, end)
    if report is None:
        report = _trailing_tag(text, start, end)
    if report is None:
        report = _subject_cue(text, start, end, quotes)
    return report


def _according_to(text: str, start: int, end: int) -> Report | None:
    match = _ACCORDING_TO.search(text, start, end)
    if match is None:
        return None
    return _report(
        text, match.start("subject"), match.end("subject"), match.group("cue")
    )


def _trailing_tag(text: str, start: int, end: int) -> Report | None:
    # "..., said Dmitry Peskov, the Kremlin spokesman."
    match = _TRAILING_TAG.search(text, max(start, end - 160), end)
    if match is None:
        return None
    return _report(
        text, match.start("subject"), match.end("subject"), match.group("cue")
    )


def _subject_cue(
    text: str, start: int, end: int, quotes: tuple[Quote, ...]
) -> Report | None:
    """ "X said ...", "After the talks, X accused ...", "Trump, posting on Truth
    Social, said ...", "..., the ministry said.": the claimant is the phrase just
    before the first reporting verb that lies outside every quote."""
    for match in _CUE.finditer(text, start, end):
        if any(q.start <= match.start() < q.end for q in quotes):
            continue
        if match.group() in _NEEDS_THAT and not text.startswith(" that", match.end()):
            continue
        subject = _subject_before(text, start, match.start())
        if subject is not None:
            return _report(text, subject[0], subject[1], match.group())
    return None


def _subject_before(text: str, start: int, cue_start: int) -> tuple[int, int] | None:
    words = text[start:cue_start].split()
    while words and words[-1].lower() in _BETWEEN:
        words.pop()
    before = " ".join(words)
    if not before:
        return None
    segments = before.split(",")
    if segments[-1].strip(" " + _QUOTE_MARKS) == "" and len(segments) >= 3:
        # an appositive between claimant and cue: "Trump, posting on ..., said"
        # or "Russia's lead negotiator, Vladimir Medinsky, described"
        segments = segments[:-1]
        if _is_participle_phrase(segments[-1]):
            segments = segments[:-1]
    phrase = segments[-1].strip(" " + _QUOTE_MARKS)
    if not phrase:
        return None
    at = text.rfind(phrase, start, cue_start)
    return (at, at + len(phrase)) if at >= 0 else None


def _is_participle_phrase(words: str) -> bool:
    first = words.split()[0].lower() if words.split() else ""
    return first.endswith("ing") or first in ("who", "which", "whose", "in", "on", "at")


def _report(text: str, start: int, end: int, cue: str) -> Report | None:
    trimmed = _trimmed(text, start, end)
    if trimmed is None:
        return None
    words = _WORD.findall(text[trimmed[0] : trimmed[1]])
    if not words or len(words) > _MAX_SUBJECT_WORDS:
        return None
    if words[0].lower() in _NOT_SUBJECT_EDGE or words[-1].lower() in _NOT_SUBJECT_EDGE:
        return None
    if not any(w[0].isupper() or w.lower() in _SOURCE_NOUNS for w in words):
        return None
    return Report(trimmed[0], trimmed[1], " ".join(cue.lower().split()))


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    strip = " \t\n\u00a0," + _QUOTE_MARKS
    while start < end and text[start] in strip:
        start += 1
    while end > start and text[end - 1] in strip:
        end -= 1
    return (start, end) if end > start else None


# --------------------------------------------------------------------- claimant
def _claimant(
    text: str,
    report: Report | None,
    clause: Span,
    linked: list[int],
    quotes: tuple[Quote, ...],
    index: EntityIndex,
    entities: tuple[Entity, ...],
) -> tuple[str | None, str | None, str | None]:
    if report is not None:
        mention = text[report.subject_start : report.subject_end]
        entity = index.resolve(report.subject_start, report.subject_end)
        name = entity.name if entity is not None else _fullest(mention, entities)
        return name, mention, report.cue
    for i in linked:
        quote = quotes[i]
        covered = min(quote.end, clause.end) - max(quote.start, clause.start)
        if (
            quote.kind == "direct"
            and quote.speaker
            and covered * 2 >= clause.end - clause.start
        ):
            return quote.speaker, quote.speaker_mention, quote.cue
    return None, None, None


def _fullest(mention: str, entities: tuple[Entity, ...]) -> str:
    for entity in entities:
        if mention == entity.name or mention in entity.aliases:
            return entity.name
    return mention


def _linked_quotes(clause: Span, quotes: tuple[Quote, ...]) -> list[int]:
    return [
        i for i, q in enumerate(quotes) if q.start < clause.end and q.end > clause.start
    ]


# --------------------------------------------------------------------- clauses
# ", but this time Trump ...": a conjunction followed by a new subject
_CLAUSE_BREAK = re.compile(
    r"(?:;\s+|,\s+(?:but|while|whereas|and|yet)\s+)(?=(?:the|a|an|this|that|these|those|it|he|she"
    r"|they|we|i|its|his|her|their|our)\b|[A-Z][a-z]+\s+(?:has|have|had|is|was|were|are|will|"
    r"did|said)\b)"
)
_MIN_CLAUSE_WORDS = 5


def split_clauses(text: str, sentence: Span, quotes: tuple[Quote, ...]) -> list[Span]:
    """A sentence joining two assertions, as two clauses; otherwise itself."""
    spans = []
    begin = sentence.start
    for match in _CLAUSE_BREAK.finditer(text, sentence.start, sentence.end):
        if any(q.start <= match.start() < q.end for q in quotes):
            continue
        left = _trimmed_clause(text, begin, match.start())
        if left is None or not _long_enough(text, match.end(), sentence.end):
            continue
        spans.append(left)
        begin = match.end()
    last = _trimmed_clause(text, begin, sentence.end)
    if last is not None:
        spans.append(last)
    return spans if len(spans) > 1 else [sentence]


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
        if (
            flags.UNSUBSTANTIATED not in note.flags
            or len(note.text.split()) > _NOTE_MAX_WORDS
        ):
            continue
        before = claims[i - 1]
        if flags.UNSUBSTANTIATED in before.flags:
            continue
        claims[i - 1] = Claim(
            start=before.start,
            end=before.end,
            text=before.text,
            claimant=before.claimant,
            claimant_mention=before.claimant_mention,
            cue=before.cue,
            checkworthiness=before.checkworthiness,
            flags=(flags.UNSUBSTANTIATED, *before.flags),
            quotes=before.quotes,
        )
