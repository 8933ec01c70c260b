"""What the speech model reads about a quoted span: its words, its speech
tag and the sentence around it, as features named by strings (``speech``
holds the model that weighs them; ``bench/train_speech.py`` fits it)."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from verify.extraction.lexicon import POSSESSIVE_DETERMINERS, word_set
from verify.extraction.phrases import CUE_VERBS, SENTENCE_END, WORD, Tag, start_of_sentence
from verify.extraction.reports import find_report
from verify.extraction.reports.claimants import Report
from verify.extraction.titles import UTTERANCE_NOUNS, names_a_work, title_word

if TYPE_CHECKING:
    from verify.extraction.quotes import QuoteSpan


def speech_features(
    text: str, spans: list[QuoteSpan], tags: list[Tag | None]
) -> list[list[str] | None]:
    """What the speech model reads about each span (``speech.py``); None for
    spans that cannot be speech at all: markup attribute values and marks
    around no word."""
    # the reported speech of each sentence read so far: quotes listed in one
    # sentence ask for it once
    reports: dict[tuple[int, int], Report | None] = {}
    return [_span_features(text, span, tag, reports) for span, tag in zip(spans, tags, strict=True)]


def _span_features(
    text: str, span: QuoteSpan, tag: Tag | None, reports: dict[tuple[int, int], Report | None]
) -> list[str] | None:
    if text[span.mark_start - 1 : span.mark_start] == "=" or text[span.start] == ">":
        return None
    words = WORD.findall(text, span.start, span.end)
    if not words:
        return None
    count = len(words)
    first = words[0]
    lowered = set(map(str.lower, words))
    sentence = _sentence_bounds(text, span)
    sentence_cue = _sentence_has_cue(text, span, words, sentence)
    title = count <= 12 and all(title_word(word) for word in words)
    work = names_a_work(text, span)
    features = [
        "rule" if _rule_says_speech(tag, words, title, work, sentence_cue) else "no_rule",
        _LENGTH_FEATURES[bisect_left(_LENGTH_BUCKETS, count)],
        "first_upper" if first[0].isupper() else "first_digit" if first[0].isdigit() else "first",
        f"end={_end_class(text[span.end - 1])}",
    ]
    if title:
        features.append("title")
    if count > 1 and all(word.isupper() for word in words if word.isalpha()):
        features.append("capitals")
    if work:
        features.append("work")
    if tag is None:
        features.append("no_tag")
    elif tag.cue is None:
        features.append("tag_without_cue")
    else:
        features += ["cue", f"cue={tag.cue.lower()}"]
    if sentence_cue:
        features.append("sentence_cue")
    if count <= 6 and (tag is None or tag.cue is None):
        # only the short quotes with no cue of their own: the model needs it
        # there, and the longer ones are speech anyway
        features += _reported(text, span, sentence, reports)
    if _holds_a_clause(lowered):
        features.append("clause")
    if not lowered.isdisjoint(_FIRST_PERSON):
        features.append("first_person")
    if not lowered.isdisjoint(_SECOND_PERSON):
        features.append("second_person")
    if _DIGIT.search(text, span.start, span.end):
        features.append("digit")
    if span.mark_start == span.paragraph.start:
        features.append("opens_paragraph")
    if span.continued:
        features.append("continued")
    features += _before_mark(text, span) + _after_mark(text, span)
    return features


_LENGTH_BUCKETS = (1, 2, 3, 6, 12, 25, 1 << 30)
# "words=N" for the smallest bucket N holding the count (found by bisection)
_LENGTH_FEATURES = tuple(f"words={bucket}" for bucket in _LENGTH_BUCKETS)
_DIGIT = re.compile(r"\d")
_FIRST_PERSON = word_set("i i'm i've me my we we're our us")
_SECOND_PERSON = word_set("you your you're")
# a subject pronoun, an auxiliary or a modal: the quoted words make a clause,
# as speech does, and not a name or a noun phrase, as a scare quote does
_CLAUSE_WORDS = word_set(
    """i we you he she they it is are was were be been being am will would can
    could should shall may might must do does did have has had"""
)
# the words a determiner opens before a quoted noun ("a two-year “pause”")
_DETERMINERS = word_set("a an the this that") | POSSESSIVE_DETERMINERS


def _holds_a_clause(lowered: set[str]) -> bool:
    """Whether the quote's lower-cased words hold a subject pronoun, an
    auxiliary or a negated verb ("it's", "don't" count by their first part
    and their ending)."""
    if not lowered.isdisjoint(_CLAUSE_WORDS):
        return True
    # only words with an apostrophe are left to read in parts
    for word in lowered:
        if "'" in word or "\u2019" in word:
            word = word.replace("\u2019", "'")
            if word.endswith("n't") or word.partition("'")[0] in _CLAUSE_WORDS:
                return True
    return False


def _end_class(last: str) -> str:
    return last if last in ".,!?:;" else "word" if last.isalnum() else "other"


def _before_mark(text: str, span: QuoteSpan) -> list[str]:
    """The word or punctuation right before the opening mark."""
    before = text[max(span.paragraph.start, span.mark_start - 40) : span.mark_start].rstrip()
    if not before:
        return ["before=start"]
    last = before[-1]
    if not last.isalnum():
        return [f"before={last}"]
    *rest, word = WORD.findall(before)
    shape = "before_capital" if word[0].isupper() else "before_word"
    features = [shape, "before=" + word.lower().replace("\u2019", "'")]
    if word == "of" and rest and rest[-1].lower() in UTTERANCE_NOUNS:
        # "a loud chant of “…”", "his talk of “…”": the words called out or spoken
        features.append("utterance_of")
    if rest and word[0].islower() and rest[-1].lower() in _DETERMINERS:
        # "an impassioned “farewell address”": the quote goes on the noun phrase
        features.append("determiner_word_before")
    return features


def _after_mark(text: str, span: QuoteSpan) -> list[str]:
    """The word or punctuation right after the closing mark."""
    after = text[span.mark_end : min(span.paragraph.end, span.mark_end + 40)]
    stripped = after.lstrip(" \t\u00a0")
    if not stripped:
        return ["after=end"]
    first = stripped[0]
    if not first.isalnum():
        return [f"after={first}"]
    word = WORD.match(stripped)
    token = word.group() if word else first
    if token[0].isupper():
        return ["after_capital"]
    return ["after_word", f"after={token.lower()}"]


def _rule_says_speech(
    tag: Tag | None, words: list[str], title: bool, work: bool, sentence_cue: bool
) -> bool:
    """The hand-written answer the model starts from: not titles of works
    ("Morning Joe") nor scare quotes ("optics"); a quote with a cue verb of
    its own is speech."""
    if title and work:
        return False  # 'said on MSNBC's "Morning Joe."', 'his book, "An American Son."'
    if tag is not None and tag.cue is not None:
        return True
    if title:
        return False
    if len(words) > 2 or not words[0].islower():
        return True
    # a few lower-case words are a scare quote unless their sentence reports speech
    return sentence_cue


def _sentence_bounds(text: str, span: QuoteSpan) -> tuple[int, int]:
    """Where the sentence holding the quote starts and ends (within the
    paragraph and 400 characters either side of the marks)."""
    # bounded windows keep a huge paragraph full of quotes linear
    start = start_of_sentence(
        text, max(span.paragraph.start, span.mark_start - 400), span.mark_start
    )
    limit = min(span.paragraph.end, span.mark_end + 400)
    stop = SENTENCE_END.search(text, span.mark_end, limit)
    return start, stop.end() if stop else limit


def _sentence_has_cue(
    text: str, span: QuoteSpan, words: list[str], sentence: tuple[int, int]
) -> bool:
    """Whether the ``sentence`` holding the quote (its bounds) has a reporting
    word; ``words`` are the quote's own (``WORD`` over the span), so that only
    the words around it are looked for."""
    start, end = sentence
    if _joins_words(text, span.start) or _joins_words(text, span.end):
        # a mark that is also a word character (an apostrophe) runs into a word
        return not _REPORTING_WORDS.isdisjoint(WORD.findall(text, start, end))
    return not (
        _REPORTING_WORDS.isdisjoint(words)
        and _REPORTING_WORDS.isdisjoint(WORD.findall(text, start, span.start))
        and _REPORTING_WORDS.isdisjoint(WORD.findall(text, span.end, end))
    )


def _reported(
    text: str,
    span: QuoteSpan,
    bounds: tuple[int, int],
    reports: dict[tuple[int, int], Report | None],
) -> list[str]:
    """Whether the claim stage reads the quote's sentence as reported speech
    (``reports.find_report``), and whether its claimant stands before the
    opening mark ("Clinton slammed the proposal as “…”") or after it. A few
    words in quote marks inside someone's reported words are theirs; in the
    writer's own sentence ("the “Arab Spring”") they are a scare quote or a
    name. ``bounds`` are the sentence's (``_sentence_bounds``)."""
    if bounds not in reports:
        reports[bounds] = find_report(text, *bounds)
    report = reports[bounds]
    if report is None:
        return []
    if report.subject_start < span.mark_start:
        return ["reported", "reported_before"]
    return ["reported", "reported_after"]


def _joins_words(text: str, offset: int) -> bool:
    """Whether one ``WORD`` runs across ``offset`` (word characters on both sides)."""
    return 0 < offset < len(text) and WORD.fullmatch(text, offset - 1, offset + 1) is not None


# words that report speech without being a cue verb of a tag ("an assertion that …")
_SPEECH_WORDS = word_set(
    """assertion assertions accusation accusations claim statement statements remark remarks
    comment comments promise promised promising vow vowed vowing pledge pledging warning
    argument call calls calling insisting saying says asserting declaring chanting chanted
    urging accusing denouncing describing labeling labelling dubbing branding referring
    referred praising criticizing criticising mocking promising suggesting suggestion
    message tweet tweets slogan words phrase quoted quoting quote citing cited cites vented
    venting lamenting casting touting hailing decrying deriding blasting slamming dismissing
    termed terming"""
)
# cue verbs count in lower case only ("States" in "United States" is none), and
# the set holds lower-case words only
_REPORTING_WORDS = CUE_VERBS | _SPEECH_WORDS
