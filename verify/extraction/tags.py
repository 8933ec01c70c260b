"""Speech tags: the words around a quote that say who spoke it.

For each quote the tag is looked for, in this order:

1. right after the closing mark ("…,” Trump wrote. / "…," said the spokesman.);
2. before the opening mark in the same sentence (Peskov said: “…” / Zelensky
   condemned the attack as “…” / According to Peskov, …);
3. later in the same sentence (“…” is what he called it).

The speaker mention in a tag is the noun phrase next to the cue verb
(``phrases``); ``attribution`` carries speakers over to quotes left without
a tag and resolves them.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from verify.extraction.agent_subjects import subject_before_agent
from verify.extraction.cue_context import MAY_BE_CUE, is_cue_at
from verify.extraction.lexicon import word_set
from verify.extraction.participles import (
    absolute_subject,
    described_clause_subject,
    gerund_subject,
    opening_speaker,
    subordinate_subject,
    with_phrase,
)
from verify.extraction.phrases import (
    BE,
    CUE_VERBS,
    DATES,
    DETERMINERS,
    ING_TITLES,
    INTRO_WORDS,
    NP_PREPOSITIONS,
    NP_STOP,
    PRONOUN_SUBJECTS,
    RELATIVE_SUBJECTS,
    SENTENCE_END,
    SENTENCE_STOPS,
    WORD,
    Tag,
    is_cue,
    np_after,
    np_before,
    start_of_sentence,
    tokens_of,
)
from verify.extraction.relative_tags import inverted_around, unclosed_relative
from verify.extraction.sentence_subjects import (
    CONJUNCTIONS,
    subject_of,
)
from verify.extraction.signatures import signature_after, signed_after, signed_heading
from verify.extraction.tag_after import LATE_INVERTING_CUES, tag_after
from verify.extraction.titles import title_in_tag, unmarked

if TYPE_CHECKING:
    from verify.extraction.quotes import QuoteSpan


_ACCORDING = re.compile(r"\baccording to\s+", re.IGNORECASE)
_REPORTED_SUBJECTS = word_set("he she they it we")
_INVERTING_CUES = word_set("said says asked wrote writes added adds replied according read reads")


def find_tags(text: str, spans: list[QuoteSpan]) -> list[Tag | None]:
    """The speech tag of each span found around it, before any carry-over."""
    return [_find_tag(text, spans, number) for number in range(len(spans))]


def _find_tag(text: str, spans: list[QuoteSpan], number: int) -> Tag | None:
    span = spans[number]
    para = span.paragraph
    previous_end = para.start
    if number > 0 and spans[number - 1].paragraph == para:
        previous_end = spans[number - 1].mark_end
    next_start = para.end
    if number + 1 < len(spans) and spans[number + 1].paragraph == para:
        next_start = spans[number + 1].mark_start
    titles = [
        other
        for other in (number - 1, number + 1)
        if 0 <= other < len(spans)
        and spans[other].paragraph == para
        and title_in_tag(text, spans[other])
    ]
    if titles:
        # "said Adam Segal, the author of “Hacked World Order,” who …": the
        # title is part of the speaker's description; its marks end no phrase
        for other in titles:
            if other < number:
                earlier = spans[other - 1] if other > 0 else None
                same = earlier is not None and earlier.paragraph == para
                previous_end = earlier.mark_end if earlier is not None and same else para.start
            else:
                later = spans[other + 1] if other + 1 < len(spans) else None
                same = later is not None and later.paragraph == para
                next_start = later.mark_start if later is not None and same else para.end
        text = unmarked(text, [spans[other] for other in titles])
    signed = signed_after(text, span) or _words_of(text, span, previous_end, next_start)
    if signed is not None:
        return signed
    agent = _naming_agent(text, span, next_start)
    if agent is not None:
        return agent
    sentence_start = start_of_sentence(text, previous_end, span.mark_start)
    opens_sentence = not text[sentence_start : span.mark_start].strip()
    if sentence_start > previous_end and opens_sentence:
        # a quote opening its sentence: its tag may close the sentence before
        # ("…,” Rep. Ann Lee said Friday. “…”)
        sentence_start = start_of_sentence(text, previous_end, sentence_start - 1)
    after_end = min(next_start, span.mark_end + 400)
    after = tag_after(text, span.mark_end, after_end)
    if after is not None and _reports_a_clause(text, span, after):
        after = None
    if after is not None and opens_sentence:
        # "“…” because she would win, he said.": the sentence's own closing
        # tag beats the tag of the sentence before
        closing = _closing_tag(text, span, after_end)
        if closing is not None:
            return _named_by(text, closing, tag_before(text, sentence_start, span.mark_start))
    if after is not None:
        if (spoken := opening_speaker(text, sentence_start, span, after.start)) is not None:
            return spoken
        floor = max(sentence_start, span.mark_start - 80)
        if "what " in text[floor : span.mark_start] and _WHAT_CALLED.search(
            text, floor, span.mark_start
        ):
            # "under what Mr. Hedge called ''the prior model,'' the club charged …":
            # the free relative names who called it so; the tag after is the clause's
            before = tag_before(text, sentence_start, span.mark_start)
            if before is not None:
                return before
        if _after_tag_is_weak(text, span, after) or _inside_reported_opening(
            text, sentence_start, span, after
        ):
            before = tag_before(text, sentence_start, span.mark_start)
            if before is not None:
                return before
            if _subordinate_after(text, span, after):
                subject = subject_of(text, sentence_start, span.mark_start)
                if subject is not None:
                    return subject
            contrast = text[span.mark_end : after.start].split()[:1] in (["while"], ["whereas"])
            if contrast and sentence_start == previous_end > para.start:
                # "… said she would “…” but “…,” while Ann Lee suggested …": the
                # sentence's earlier quote lends its tag (``attribution``)
                return None
        return after
    # the words before the quote, read by both the tag before it and the clause's pronoun
    tokens = tokens_of(text, sentence_start, span.mark_start)
    before = tag_before(text, sentence_start, span.mark_start, tokens)
    if before is not None and opens_sentence and text[before.start : before.end] == "who":
        # "“…,” said Ann Lee, an editor, who has not read it. “…”": the inverted tag
        before = inverted_around(text, tokens, before, _INVERTING_CUES)
    return (
        before
        or _according_to(text, sentence_start, after_end, span.end)
        or _closing_tag(text, span, after_end)
        or _clause_pronoun(tokens)
        or subject_of(text, sentence_start, span.mark_start)
        or _subject_after_participle(text, sentence_start, span, tokens)
        or signature_after(text, span)
    )


def _words_of(text: str, span: QuoteSpan, previous_end: int, next_start: int) -> Tag | None:
    """ "Clinton was, in the words of a senior adviser, “the torchbearer”", "in
    Forbes' words, “…”", "“…,” in the words of one aide": whose words the
    quote is, named right next to it."""
    floor = max(previous_end, span.mark_start - _WORDS_OF_WINDOW)
    before = None
    if "words" in text[floor : span.mark_start]:
        before = _WORDS_BEFORE.search(text, floor, span.mark_start)
    match = before or _WORDS_AFTER.match(text, span.mark_end, next_start)
    if match is None:
        return None
    start, end = match.span("source") if match["source"] else match.span("owner")
    return Tag(start, end, start, end, "words")


_WORDS_OF_WINDOW = 120
# "in the words of a senior adviser," or "in Forbes' words," right before the quote
_WORDS_BEFORE = re.compile(
    r"\b[Ii]n (?:the (?:very )?words of (?P<source>[^,;:.\u201c\u201d\"]{2,80}?)"
    r"|(?P<owner>[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,3})(?:['\u2019]s|s?['\u2019])"
    r" (?:own )?words),?[ \t\u00a0]*\Z"
)
# ", in the words of one aide," right after the closing mark
_WORDS_AFTER = re.compile(
    r",?[ \t\u00a0]+in the (?:very )?words of (?P<source>[^,;:.\u201c\u201d\"]{2,80}?)[,.;]"
)


# "what Mr. Hedge called", "what she calls a" right before the opening mark
_WHAT_CALLED = re.compile(
    r"\bwhat (?:[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,3}|he|she|they|it) "
    r"(?:has |had )?(?:called|calls|call|dubbed|dubs|termed|terms|labeled|labels)"
    r"(?: (?:a|an|the))?[ \t\u00a0]*\Z"
)


def _named_by(text: str, tag: Tag, before: Tag | None) -> Tag:
    """ "“…,” said Ann Lee, an analyst. “…” because …, she said.": a pronoun
    tag keeps its words but refers to the speaker the tag before named."""
    if before is None or text[tag.head_start : tag.head_end] not in PRONOUN_SUBJECTS:
        return tag
    if text[before.head_start : before.head_end].lower() in PRONOUN_SUBJECTS:
        return tag
    return Tag(tag.start, tag.end, before.head_start, before.head_end, tag.cue)


def _subject_after_participle(
    text: str, start: int, span: QuoteSpan, opening: list[re.Match[str]]
) -> Tag | None:
    """A quote inside an opening participial phrase ("Citing the city's
    “broken promises,” Ruiz urged …", "After calling it “a hoax,” Lee …"): the
    phrase has no subject of its own; the clause after its comma does
    (``opening``: the tokens of text[start:span.mark_start])."""
    if span.mark_start - start > 200:
        return None
    if opening and opening[0].group() in CONJUNCTIONS:
        opening = opening[1:]
    if not opening:
        return None
    first = opening[0].group()
    if not first[:1].isupper():
        return None
    if first.lower() in _PARTICIPLE_LEADS and len(opening) > 1:
        first = opening[1].group()
    if not first.lower().endswith("ing") or first.lower() in ING_TITLES:
        return None
    if any(token.group() in SENTENCE_STOPS for token in opening):
        return None
    # the phrase ends at the first comma after the quote (or at the closing mark)
    after = span.mark_end
    if text[span.end - 1 : span.end] == ",":
        comma = span.mark_end - 1
    else:
        comma = text.find(",", after, after + 120)
        if comma < 0 or any(mark in text[after:comma] for mark in '.;:!?\u201c"'):
            return None
    end = SENTENCE_END.search(text, comma + 1)
    stop = end.start() if end is not None else len(text)
    return subject_of(text, comma + 1, stop)


# words that may open a participial phrase before its "-ing" word ("After calling …")
_PARTICIPLE_LEADS = word_set("after before while since despite by upon without when in")


def _closing_tag(text: str, span: QuoteSpan, limit: int) -> Tag | None:
    """ "Haley is an “articulate conservative” who …, the editorial board writes.":
    a tag closing the quote's sentence after a comma reports the whole sentence."""
    end = SENTENCE_END.search(text, span.mark_end, limit)
    if end is None:
        return None
    match = _CLOSING_TAG.search(text, span.mark_end, end.start() + 1)
    if match is None or match.group(2) not in CUE_VERBS:
        return None
    words = match.group(1).split()
    if len(words) == 1 and words[0] in _CLOSING_PRONOUNS:
        return Tag(match.start(1), match.end(1), match.start(1), match.end(1), match.group(2))
    if not (words[0][0].isupper() or words[0] in DETERMINERS) or any(
        word in NP_STOP and word not in DETERMINERS for word in words
    ):
        return None  # ", even if he doesn't win any states."
    return Tag(match.start(1), match.end(1), match.start(1), match.end(1), match.group(2))


# a personal pronoun alone closing the sentence (", he said."), not one
# opening a clause (", even if he doesn't win")
_CLOSING_PRONOUNS = word_set("he she they")
_CLOSING_TAG = re.compile(r", ((?:[\w.'\u2019\-]+ ){0,5}[\w.'\u2019\-]+) ([a-z]+)\.$")


def _gerund_before(text: str, start: int, tokens: list[re.Match[str]], position: int) -> Tag | None:
    """ "remember Carter going on TV, declaring “…” …, and telling …": the
    name an earlier -ing verb of the sentence (perhaps before another quote)
    goes with."""
    if tokens[position - 1].group() not in (",", "and"):
        return None
    sentence = start_of_sentence(text, text.rfind("\n", 0, start) + 1, tokens[position].start())
    whole = tokens_of(text, sentence, tokens[position].end())
    return gerund_subject(whole, len(whole) - 1) if whole else None


def _name_or_pronoun(words: str) -> bool:
    """Whether ``words`` are a subject pronoun or capitalised words only."""
    return words.lower() in PRONOUN_SUBJECTS or all(word[:1].isupper() for word in words.split())


def _after_and(tokens: list[re.Match[str]], position: int) -> bool:
    """Whether the cue at ``position`` follows "and", perhaps with an adverb
    between ("and said", "and later said")."""
    before = [token.group() for token in tokens[max(0, position - 2) : position]]
    return before[-1:] == ["and"] or (before[:1] == ["and"] and before[-1] in _JOINED_ADVERBS)


_JOINED_ADVERBS = word_set("later then also again finally")


def _clause_pronoun(tokens: list[re.Match[str]]) -> Tag | None:
    """The pronoun subject of the clause holding the quote: "Mr. Obama decried …,
    and he foreshadowed … by urging “…”" (``tokens``: the sentence up to the quote)."""
    for position in range(len(tokens) - 1, 0, -1):
        word = tokens[position].group()
        if word in _CLAUSE_PRONOUNS and tokens[position - 1].group().lower() in _CLAUSE_OPENERS:
            pronoun = tokens[position]
            return Tag(pronoun.start(), pronoun.end(), pronoun.start(), pronoun.end(), None)
    return None


_CLAUSE_PRONOUNS = word_set("he she")
_CLAUSE_OPENERS = word_set(", and but as because while when so yet though although")


def _naming_agent(text: str, span: QuoteSpan, limit: int) -> Tag | None:
    """ "has been called “strategic ambiguity” by Ana Ruiz, a professor …": the
    agent of a passive naming verb is the quote's speaker."""
    match = _BY_AFTER.match(text, span.mark_end, limit)
    if match is None:
        return None
    before = WORD.findall(text, max(span.paragraph.start, span.mark_start - 40), span.mark_start)
    while before and before[-1].lower() in _NAMING_FILLERS:
        before.pop()
    if not before or before[-1] not in _PASSIVE_NAMING:
        return None
    return np_after(text, tokens_of(text, match.end(), min(limit, match.end() + 300)), "called")


_BY_AFTER = re.compile(r"[ \t]+by[ \t]+")
_NAMING_FILLERS = word_set("as a an the")
_PASSIVE_NAMING = word_set("called dubbed labeled labelled branded described termed")


def _after_tag_is_weak(text: str, span: QuoteSpan, after: Tag) -> bool:
    """A tag a few words past the quote ("“…” in the way the United States
    responds"), or one opening a new sentence after a quote that closed its
    own ("… .” He added, …"), belongs to other words: a speech tag in front
    of the quote is the better guess."""
    gap = text[span.mark_end : after.start].split()
    # the last quoted character, not the one before the closing mark: a
    # closing mark may be two characters ('')
    closed = text[span.end - 1 : span.end] in (".", "!", "?")
    if len(gap) >= 2 and not _first_of_two_names(gap):
        return True
    if gap and gap[0] in _COORDINATORS:
        # "21 percent said “not likely” and 14 percent said “…”": a new clause
        # with a speaker of its own
        return True
    if _subordinate_after(text, span, after):
        return True
    if not (closed and text[after.start].isupper()):
        return False
    pronoun = text[after.head_start : after.head_end].lower() in PRONOUN_SUBJECTS
    return pronoun or _quote_follows(text, after)


_COORDINATORS = word_set("and but or while whereas")


def _first_of_two_names(words: list[str]) -> bool:
    """Whether the words between a quote and its tag name the first of two
    speakers ("“…” Ann Lee and Tom Ray wrote."): the tag is the quote's."""
    return (
        2 <= len(words) <= 4
        and words[-1] == "and"
        and all(word[:1].isupper() and word.replace("-", "").isalpha() for word in words[:-1])
    )


_ENDS_OR_INTRODUCES = frozenset((".", "!", "?", ":"))
# a sentence's end among tokens (not the full stop of "Mr.", which keeps it)
_STOPS = frozenset((".", "!", "?"))


def _inside_reported_opening(text: str, start: int, span: QuoteSpan, after: Tag) -> bool:
    """ "After Lee said that students might do better at “…,” Ray said he …":
    the quote closes an opening subordinate clause that reports speech of its
    own, so the tag after it belongs to the main clause, not to the quote."""
    if text[span.mark_end : after.start].strip() not in ("", ","):
        return False
    opening = [token.group() for token in tokens_of(text, start, span.mark_start)]
    # "But even as Trump claimed that “…,” one of the prosecutors said …"
    while opening and opening[0].lower() in _OPENING_FILLERS:
        opening = opening[1:]
    if len(opening) < 4 or (opening[0].lower() not in _SUBORDINATORS and opening[0] != "as"):
        return False
    if not _ENDS_OR_INTRODUCES.isdisjoint(opening):
        return False  # the quote opens a sentence of its own, or a colon introduces it
    if "," not in opening and any(is_cue(word) for word in opening[2:]):
        return True  # "When Francis said Mr. Trump “…,” La Stampa declared …"
    return any(is_cue(word) and following == "that" for word, following in pairwise(opening))


_OPENING_FILLERS = word_set("and but yet even")


def _subordinate_after(text: str, span: QuoteSpan, after: Tag) -> bool:
    """ "“…” until Haley said she was backing …": the cue after the quote
    belongs to a subordinate clause, not to the quote."""
    opening = text[span.mark_end : after.head_end].split()[:1]
    return bool(opening) and opening[0].lower() in _SUBORDINATORS


def _reports_a_clause(text: str, span: QuoteSpan, tag: Tag) -> bool:
    """ "… mutual good.” Trump said the countries should …": after a quote
    that closed its sentence, a tag whose cue takes a clause of its own opens
    new reported speech and is no tag of the quote ("“…!” Trump said on
    Twitter." stays the quote's)."""
    if text[span.end - 1 : span.end] not in (".", "!", "?"):
        return False
    match = _CUE_AND_NEXT.match(text, tag.end)
    if match is None or match.group(1) != tag.cue:
        return False
    return match.group(2) in _CLAUSE_OPENERS_AFTER_CUE


_CUE_AND_NEXT = re.compile(r"[ \t]+(\w+)[ \t]+(\w+)")
_CLAUSE_OPENERS_AFTER_CUE = word_set("that the a an he she they it we his her their this these")


def _quote_follows(text: str, tag: Tag) -> bool:
    """Whether another quote opens in the sentence of ``tag`` after it (“…”
    Kim added, “…”); a named tag closing its sentence (“…!” Trump said on
    Twitter.) belongs to the quote before it."""
    line_end = text.find("\n", tag.end)
    stop = SENTENCE_END.search(text, tag.end, len(text) if line_end < 0 else line_end)
    end = stop.start() if stop else (len(text) if line_end < 0 else line_end)
    return _OPENING_MARK.search(text, tag.end, end) is not None


_OPENING_MARK = re.compile("[\u201c\"\u2018\u00ab\u2039\u201e]|''")


def tag_before(
    text: str, start: int, mark_start: int, tokens: list[re.Match[str]] | None = None
) -> Tag | None:
    """Peskov said: “…” / Zelensky condemned the attack as “…” (``tokens``:
    those of text[start:mark_start] when the caller has them)"""
    if tokens is None:
        tokens = tokens_of(text, start, mark_start)
    # "After Jerry Brown criticized Bill Clinton, Hillary shot back, “…”": a cue
    # in an opening subordinate clause is not the quote's
    subordinate = 0
    if tokens and tokens[0].group().lower() in _SUBORDINATORS:
        subordinate = next((i for i, t in enumerate(tokens) if t.group() == ","), 0)
    # "…, with Tom Ray taking to Twitter to call Lee “…”": the phrase's subject,
    # unless a cue inside the phrase names another
    phrase = with_phrase(text, tokens)
    for position in range(len(tokens) - 1, -1, -1):
        word = tokens[position].group()
        if phrase is not None and position < phrase[0]:
            return phrase[1]
        if word in _ASKED and position >= subordinate:
            passive = _passive_agent(text, tokens, position)
            if passive is not None:
                return passive
        if word not in MAY_BE_CUE or position < subordinate or not is_cue_at(tokens, position):
            continue
        previous = tokens[position - 1].group() if position > 0 else ""
        if word.endswith("ing"):
            absolute = absolute_subject(tokens, position)
            if absolute is not None:
                return absolute
        if (
            word.endswith("ing")
            and previous[:1].isupper()
            and previous.lower() not in INTRO_WORDS
            and not _name_after_preposition(tokens, position)
        ):
            # "… – Ryan saying he was “very encouraged”"
            tag = np_before(tokens[:position], word)
            if tag is not None and not _object_of_preposition(tokens, tag.start):
                return tag
        if (
            word.endswith("ing")
            and previous in MAY_BE_CUE
            and not previous.endswith("ing")
            and is_cue_at(tokens, position - 1)
        ):
            # "she recounted telling them …", "Lee recalled saying": the subject of
            # the cue the participle completes
            recalled = np_before(tokens[: position - 1], previous)
            if recalled is not None:
                return recalled
        if word.endswith("ing") and position > 1 and tokens[position - 1].group() == ",":
            described = described_clause_subject(tokens, position)
            if described is not None:
                return described
            # "…, Fiorina said, adding that “…”": the speaker of the cue before
            earlier = tag_before(text, start, tokens[position - 1].start())
            if earlier is not None:
                return earlier
        if word.endswith("ing") and (gerund := _gerund_before(text, start, tokens, position)):
            return gerund
        if word.endswith("ing"):
            # "Lee won, and he thanked them, saying …": the pronoun of the clause
            pronoun = _clause_pronoun(tokens[:position])
            if pronoun is not None:
                return Tag(pronoun.start, pronoun.end, pronoun.head_start, pronoun.head_end, word)
            # "Trump told a rally, saying …": the subject of the main clause
            clause = start_of_sentence(
                text, text.rfind("\n", 0, start) + 1, tokens[position].start()
            )
            tag = subject_of(text, clause, tokens[position].start(), word)
            if tag is None or text[tag.head_start : tag.head_end] in _EMPTY_SUBJECTS:
                # "It was a blow, as Ann Lee echoed it, saying …": the clause's named subject
                tag = subordinate_subject(tokens, position) or tag
            if tag is not None:
                return tag
            continue
        if _after_and(tokens, position):
            # "when he brought it up and later said, “…”": the pronoun of the
            # clause whose verbs the "and" joins
            pronoun = _clause_pronoun(tokens[:position])
            if pronoun is not None:
                return Tag(pronoun.start, pronoun.end, pronoun.head_start, pronoun.head_end, word)
        tag = np_before(tokens[:position], word)
        if tag is not None and text.find(" by ", start, tag.start) >= 0:
            # "a letter obtained by The Associated Press warns": the letter
            tag = subject_before_agent(tokens, tag, word) or tag
        if tag is not None and text.find("who", start, tag.start) >= 0:
            tag = unclosed_relative(tokens, tag)  # "Ann Lee, who is chair of Acme said"
        if tag is not None and (
            not _plausible_subject(text, tag) or _described_place(text, tokens, tag)
        ):
            # "Sanders (I-Vt.) on Saturday criticized": "Saturday" said nothing;
            # "but in a later interview said": nor did the interview
            subject = subject_of(text, start, tokens[position].start(), word)
            if subject is not None and text[subject.head_start].isupper():
                tag = subject
        if position > 0 and tokens[position - 1].group() == "," and word in LATE_INVERTING_CUES:
            # "The paradox of Nancy, says Carl Anthony, historian at …, is that “…”"
            after = np_after(text, tokens[position + 1 :], word)
            # "says Carl Anthony, historian at …," (not "said Ms. Brainard's donations “…”"),
            # an inverted tag reaching the quote: "In other words, explained X: “…”", or
            # one closing the sentence before: "“…” in 2008, said Prof. Ann Lee. “…”"
            if (
                after is not None
                and text[after.head_start].isupper()
                and (
                    text[after.end : after.end + 1] in (",", ".")
                    or text[after.end : mark_start].strip() == ":"
                )
            ):
                tag = after
        reported = position + 2 == len(tokens) and tokens[-1].group() in _REPORTED_SUBJECTS
        if tag is None and (reported or (position <= 2 and _after_and(tokens, position))):
            # "ProPublica obtained a video and said she “…”": the pronoun opens what
            # was said; "He called it “…,” and said any “…”": a verb joined to the
            # clause before the last quote; the subject is the sentence's
            clause = start_of_sentence(text, text.rfind("\n", 0, start) + 1, tokens[0].start())
            tag = subject_of(text, clause, tokens[position].start(), word)
            if tag is not None and not reported and not _name_or_pronoun(text[tag.start : tag.end]):
                tag = None  # a described subject read from afar may run into its verb
        if tag is None and word in _INVERTING_CUES and position + 1 < len(tokens):
            # inverted: "said Mr. Smith: “…”", the name right before the quote
            tag = np_after(text, tokens[position + 1 :], word)
            if tag is not None and text[tag.end : mark_start].strip(" ,:") != "":
                tag = None
        if tag is None:
            tag = subject_of(text, start, tokens[position].start(), word)
        if (
            tag is not None
            and _opens_subordinate_clause(tokens, tag.start)
            and any(t.start() >= tag.end and t.group() in _STOPS for t in tokens)
        ):
            # "“…,” Ann Lee told the paper, after Tom Ray stated an interest. “…”":
            # the cue of a subordinate clause in the sentence before is not the
            # next quote's
            continue
        if tag is not None and text[tag.start : tag.end] == "which" and position > 2:
            # "Kerry said the talks, which started a decade ago, remained “…”": the
            # relative clause is an aside; an earlier cue reports the quote
            earlier = tag_before(text, start, tag.start)
            if earlier is not None:
                return earlier
        if tag is not None:
            return tag
    if tokens and tokens[-1].group() == ":":
        if len(tokens) == 2 and tokens[0].group() in _INTERVIEW_LABELS:
            return None  # "A: “…”": the label names neither the answerer nor the questioner
        # "Former secretary of state Hillary Clinton: “We learned …”", but not
        # "Clinton has apologized for what happened: “…”" (that is Clinton's)
        introduced = _follows_intro(tokens)
        if introduced is not None:
            return introduced
        return (
            signed_heading(tokens) or subject_of(text, start, mark_start) or _colon_subject(tokens)
        )
    return None


# prepositions whose object before a colon is no speaker ("by" names an author:
# "“…” by Post's Ann Lee: “…”")
_OBJECT_OF = NP_PREPOSITIONS - {"by"}
# an interview's labels for its question and answer lines
_INTERVIEW_LABELS = word_set("Q A QUESTION ANSWER Question Answer")


def _colon_subject(tokens: list[re.Match[str]]) -> Tag | None:
    """The noun phrase closing "Her spokesman:" before the quote, but not the
    verb of "as one who believes:", whose object the quote is."""
    tag = np_before(tokens[:-1], None)
    if tag is None:
        return None
    first = next((i for i, token in enumerate(tokens) if token.start() == tag.start), 0)
    if first > 0 and tokens[first - 1].group().lower() in RELATIVE_SUBJECTS:
        return None
    if first > 0 and tokens[first - 1].group() in _OBJECT_OF:
        # "… gave it a whirl in an interview on Tuesday: “…”": a preposition's
        # object is no speaker
        return None
    if _verb_closes(tokens, tag):
        # "Article 33 affirms: “…”": a verb in -s after a name introduces the quote
        end = tokens[-3].end()
        return Tag(tag.start, end, tag.head_start, end, None)
    return tag


def _verb_closes(tokens: list[re.Match[str]], tag: Tag) -> bool:
    """Whether the phrase before a colon ends in a lower-case verb in -s after a
    name or a number ("Article 33 affirms:")."""
    if len(tokens) < 3 or tag.end != tokens[-2].end() or tag.start > tokens[-3].start():
        return False
    verb, before = tokens[-2].group(), tokens[-3].group()
    shaped = verb.isalpha() and verb.islower() and verb.endswith("s") and not verb.endswith("ss")
    return shaped and (before[0].isupper() or before.isdigit())


def _follows_intro(tokens: list[re.Match[str]]) -> Tag | None:
    """ "The full statement follows:", "A transcript as follows:": the words
    that follow are the noun phrase's."""
    if len(tokens) < 3 or tokens[-2].group() != "follows":
        return None
    end = len(tokens) - 3 if tokens[-3].group() == "as" else len(tokens) - 2
    return np_before(tokens[:end], None)


def _passive_agent(text: str, tokens: list[re.Match[str]], position: int) -> Tag | None:
    """ "Kemp was asked by host Ana Ruiz, who …, “…”": the agent after "by"
    speaks the quote, not the subject."""
    if not (0 < position < len(tokens) - 2 and tokens[position + 1].group() == "by"):
        return None
    if tokens[position - 1].group() not in BE:
        return None
    agent = tokens[position + 2 :]
    stop = next((i for i, t in enumerate(agent) if t.group() in _QUESTION_WORDS), len(agent))
    return np_after(text, agent[:stop], tokens[position].group())


_QUESTION_WORDS = word_set("whether if about why how what when where who to")
_ASKED = word_set("asked questioned pressed")


def _name_after_preposition(tokens: list[re.Match[str]], position: int) -> bool:
    """Whether the capitalised words before ``position`` follow "of" or
    "about" ("Byrne gives an account of Clinton telling one agent …": Clinton
    is the object, not the subject of a report)."""
    begin = position - 1
    while begin > 0 and tokens[begin - 1].group()[:1].isupper():
        begin -= 1
    return begin > 0 and tokens[begin - 1].group().lower() in _GERUND_PREPOSITIONS


# "an account of Clinton telling …", "a story about Kemp saying …"; not "the
# campaign of the senator from Ohio saying …", where the whole phrase speaks
_GERUND_PREPOSITIONS = word_set("of about")


def _object_of_preposition(tokens: list[re.Match[str]], start: int) -> bool:
    """Whether the phrase starting at offset ``start`` follows a preposition
    ("Thiel wrote in a statement to Wired explaining why …": Wired explains
    nothing)."""
    return _word_before_in(tokens, start, NP_PREPOSITIONS)


def _described_place(text: str, tokens: list[re.Match[str]], tag: Tag) -> bool:
    """Whether a phrase in lower case before a cue is the object of "in", "at"
    or "on" ("but in a later interview said"): when or where, not who (not
    "in the primary, Gov. Ann Lee said")."""
    head = text[tag.head_start : tag.head_end]
    return head.islower() and _word_before_in(tokens, tag.start, _WHERE_WORDS)


_WHERE_WORDS = word_set("in at on")


def _word_before_in(tokens: list[re.Match[str]], start: int, words: frozenset[str]) -> bool:
    """Whether the token before the one starting at offset ``start`` is one of
    ``words`` (lower-cased)."""
    for position in range(len(tokens) - 1, 0, -1):
        if tokens[position].start() == start:
            return tokens[position - 1].group().lower() in words
        if tokens[position].start() < start:
            break
    return False


_EMPTY_SUBJECTS = word_set("It it")
_SUBORDINATORS = word_set("after when while although though before if because since once until")


def _opens_subordinate_clause(tokens: list[re.Match[str]], start: int) -> bool:
    """Whether the word before the subject starting at ``start`` is a
    subordinating conjunction ("after de Blasio stated")."""
    return _word_before_in(tokens, start, _SUBORDINATORS)


def _according_to(text: str, start: int, end: int, quoted_end: int) -> Tag | None:
    """ "According to Ann Lee, the plan was “…”", "… “…,” according to a
    study.": the source of the quote's sentence, not of a sentence after the
    quoted words (ending at ``quoted_end``)."""
    # a case-blind search tries every position; what it finds always holds
    # "ccord" in some case, and most sentences hold none
    if "ccord" not in text[start:end].lower():
        return None
    match = _ACCORDING.search(text, start, end)
    if match is None:
        return None
    last = quoted_end - 1  # a full stop closing the quoted words ends its sentence too
    if match.start() > last and start_of_sentence(text, last, match.start()) > last:
        return None
    tokens = tokens_of(text, match.end(), end)
    if match.end() < quoted_end:
        # "According to Ann Lee, the plan would …": the source ends at its comma,
        # where the clause it reports opens
        comma = next((i for i, token in enumerate(tokens) if token.group() == ","), len(tokens))
        tokens = tokens[:comma]
    return np_after(text, tokens, "according to")


def _plausible_subject(text: str, tag: Tag) -> bool:
    """Whether the words before a cue can be who spoke: not a time ("on
    Friday described"), nor a lower-case fragment of the clause ("articles
    from noted scholars")."""
    if tag.head_start < tag.start:
        return True  # a relative pronoun standing for the name before it
    words = text[tag.head_start : tag.head_end].split()
    first = words[0].lower() if words else ""
    if first.endswith("ing") and first not in ING_TITLES and text[tag.start : tag.end].count(","):
        # "Speaking later on the same show, Sen. Ann Lee, who …, said": a
        # participial phrase before the subject
        return len(words) == 1 or not all(word.islower() for word in words[1:])
    if words[-1].lower() == "ago":
        return False  # "less than two weeks ago said"
    if first in DATES or first in _TIME_WORDS:
        return len(words) > 1 and words[-1][0].isupper()  # "Sunday after Mr. Trump"
    return (
        not words[0][0].islower()
        or first in _LOWER_SUBJECT_STARTS
        or any(word[0].isupper() for word in words)
    )


_TIME_WORDS = word_set("now then later last again once week month year night morning afternoon")
_LOWER_SUBJECT_STARTS = word_set(
    """the a an his her its their our this that these those he she they we i it who which
    some many most several few both all each one two three four five dozens hundreds
    thousands critics supporters officials aides voters protesters sources analysts
    experts democrats republicans former"""
)
