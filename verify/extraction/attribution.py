"""Speaker attribution: who said each quote, found from its speech tag.

For each quote the tag is looked for, in this order:

1. right after the closing mark ("…,” Trump wrote. / "…," said the spokesman.);
2. before the opening mark in the same sentence (Peskov said: “…” / Zelensky
   condemned the attack as “…” / According to Peskov, …);
3. later in the same sentence (“…” is what he called it);
4. otherwise the speaker is carried over from another quote of the same
   paragraph, or from the previous paragraph when the quote opens its own
   paragraph (continuation quotes).

The speaker mention is the noun phrase next to the cue verb, found by scanning
words rather than parsing; it is resolved to the fullest name through the
entity index (pronouns and descriptions included).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from verify.extraction.entities import PLACES, EntityIndex, name_kind
from verify.extraction.segmentation import marks_at
from verify.extraction.speech import default_model
from verify.extraction.types import Entity, Quote, QuoteKind

if TYPE_CHECKING:
    from verify.extraction.quotes import QuoteSpan


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


CUE_VERBS = _words(
    """said says say saying told tells tell added adds wrote writes written asked asks
    stated states declared declares explained explains noted notes argued argues claimed
    claims insisted insists warned warns accused accuses condemned condemns called calls
    described describes replied replies responded responds tweeted tweets posted announced
    announces acknowledged acknowledges admitted admits suggested suggests continued
    recalled recalls predicted predicts promised promises vowed vows pledged boasted boasts
    complained complains joked jokes quipped remarked observed concluded contended contends
    maintained maintains asserted asserts alleged alleges charged charges criticized
    criticised praised dismissed denied denies urged urges demanded demands labeled labelled
    dubbed branded mocked blasted slammed shouted yelled cried exclaimed emphasized
    emphasised stressed reported reports testified repeated repeats lamented touted
    confirmed confirms agreed agrees countered conceded concedes wondered mused proclaimed
    pointed thundered scoffed retorted chided derided decried denounced hailed lauded
    cautioned answered explaining read reads cracked remembered assured scolded thanked
    referred refers put welcomed barked growled roared interjected ventured started beamed
    gushed sighed snapped fumed revealed disclosed riffed reacted write state argue insist
    chanted chanting sang continues concludes conclude recalls observes acknowledged wrote tweeting
    writing telling adding noting
    arguing insisting warning
    calling describing commented comments questioned elaborated elaborates opined
    texted emailed recounted recounts bragged groused griped marveled marvelled
    reiterated reiterates points cautions mocks surmised surmises remarks laments quips muses
    scoffs retorts counters answers emphasizes stresses pledges puts"""
)
_ACCORDING = re.compile(r"\baccording to\s+", re.IGNORECASE)

# words that may sit between a subject and its cue verb ("Trump also said")
_SKIP_BEFORE_CUE = _words(
    """also later then has had have would will once again repeatedly recently publicly
    privately reportedly further simply even just only never not did does was is has been
    previously earlier specifically flatly angrily quickly often frequently sharply
    bluntly first had already always long since"""
)
# words that end a subject noun phrase when scanning back from the cue
_NP_STOP = _words(
    """that and but or which who whom when where while because if as after before since
    than so what how why to is was are were be been has have had do does did will would
    can could should may might must not said says say told added wrote this these
    there here it's on in at by about into during over under against"""
)
_DETERMINERS = _words("the a an his her its their our this that these those")
_PRONOUN_SUBJECTS = _words("he she they it we i who")
_MAX_NP_WORDS = 12
# words keep a full stop only as abbreviations and initials ("Mr.", "J.", "U.S.");
# the abbreviations (a capital, one to five small letters and a full stop) are
# tried only where such a word stands, so that most positions fail one test
# instead of fifty branches; on "a-zA-Z0-9" in a class with \w, see _WORD.
# No token starts with a space: the "(?!\s)" in front settles a space (half the
# positions the search tries) with one test instead of a try at every branch,
# the word class's Unicode look-ups among them
_TOKEN = re.compile(
    r"(?!\s)(?:(?=[A-Z][a-z]{1,5}\.)"
    r"(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|St|Jr|Sr|Rev|Prof|Ft|Mt|Inc|Corp|Co|Ala|Ariz"
    r"|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb"
    r"|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo)\.(?=[\s,])|(?:[A-Z]\.){1,3}"
    r"|[RDI]-[A-Z][a-z]{1,4}\.(?=[\s,)])"
    r"|[a-zA-Z0-9\w\u2019'\-&]+(?:\.\w+)*|[,;:!?\u2014\u2013()\"\u201c\u201d\u00ab\u00bb.])"
)

_INTRO_WORDS = _words(
    """in on at after before but and so yet however meanwhile still later earlier during
    while when as since despite though although also then now today for with by from
    speaking asked last this under over at instead indeed like unlike back unless perhaps
    outside inside here there amid amidst across beyond throughout among absent likewise
    nevertheless nonetheless moreover furthermore besides even ever
    first second finally monday tuesday
    wednesday thursday friday saturday sunday january february march april june july
    august september october november december"""
)
_DATES = _words(
    """monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
    january february march april may june july august september october november december"""
)
_INVERTING_CUES = _words("said says asked wrote writes added adds replied according read reads")
_ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|St|Jr|Sr|Rev|Prof|Sgt|Capt|No|Vs)|\b[A-Z])\.$"
)


@dataclass(frozen=True, slots=True)
class Tag:
    """A speech tag: the speaker's words at the quote (``start``/``end``, with
    any appositive), the core noun phrase used to resolve them, and the cue."""

    start: int
    end: int
    head_start: int
    head_end: int
    cue: str | None


def attribute(
    text: str, spans: list[QuoteSpan], index: EntityIndex
) -> list[tuple[Quote, Entity | None]]:
    """One Quote per span, with speaker, mention and cue where found."""
    tags = find_tags(text, spans)
    model = default_model()
    speech = [
        features is not None and model.is_speech(features)
        for features in speech_features(text, spans, tags)
    ]
    _carry_over(text, spans, tags)
    index.set_quoted([(span.mark_start, span.mark_end) for span in spans])
    return [
        _quote(text, span, tag, index)
        for span, tag, keep in zip(spans, tags, speech, strict=True)
        if keep
    ]


def find_tags(text: str, spans: list[QuoteSpan]) -> list[Tag | None]:
    """The speech tag of each span found around it, before any carry-over."""
    return [_find_tag(text, spans, number) for number in range(len(spans))]


def speech_features(
    text: str, spans: list[QuoteSpan], tags: list[Tag | None]
) -> list[list[str] | None]:
    """What the speech model reads about each span (``speech.py``); None for
    spans that cannot be speech at all: markup attribute values and marks
    around no word."""
    return [_span_features(text, span, tag) for span, tag in zip(spans, tags, strict=True)]


def _span_features(text: str, span: QuoteSpan, tag: Tag | None) -> list[str] | None:
    if text[span.mark_start - 1 : span.mark_start] == "=" or text[span.start] == ">":
        return None
    words = _WORD.findall(text, span.start, span.end)
    if not words:
        return None
    count = len(words)
    first = words[0]
    lowered = set(map(str.lower, words))
    sentence_cue = _sentence_has_cue(text, span, words)
    title = count <= 12 and all(_title_word(word) for word in words)
    work = _names_a_work(text, span)
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
_FIRST_PERSON = _words("i i'm i've me my we we're our us")
_SECOND_PERSON = _words("you your you're")


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
    word = _WORD.findall(before)[-1]
    shape = "before_capital" if word[0].isupper() else "before_word"
    return [shape, "before=" + word.lower().replace("\u2019", "'")]


def _after_mark(text: str, span: QuoteSpan) -> list[str]:
    """The word or punctuation right after the closing mark."""
    after = text[span.mark_end : min(span.paragraph.end, span.mark_end + 40)]
    stripped = after.lstrip(" \t\u00a0")
    if not stripped:
        return ["after=end"]
    first = stripped[0]
    if not first.isalnum():
        return [f"after={first}"]
    word = _WORD.match(stripped)
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


def _names_a_work(text: str, span: QuoteSpan) -> bool:
    """A title-case quote after a preposition, a possessive or a word like
    "book" is the name of a work or a show, whatever the sentence reports."""
    before = text[max(span.paragraph.start, span.mark_start - 30) : span.mark_start]
    words = _WORD.findall(before)
    if not words:
        return False
    last = words[-1].lower().replace("\u2019", "'")
    return (
        last in _WORK_LEAD_INS
        or last.endswith("'s")
        or (before.rstrip().endswith(",") and len(words) > 1 and words[-1].lower() in _WORK_NOUNS)
    )


_WORK_LEAD_INS = _words(
    """on of in to at from titled called named dubbed entitled book film show movie song
    program programme series album novel memoir column podcast"""
)
_WORK_NOUNS = _words("book film show movie song program series album novel memoir column")


def _sentence_has_cue(text: str, span: QuoteSpan, words: list[str]) -> bool:
    """Whether the sentence holding the quote has a reporting word; ``words``
    are the quote's own (``_WORD`` over the span), so that only the words
    around it are looked for."""
    # bounded windows keep a huge paragraph full of quotes linear
    start = _sentence_start(text, max(span.paragraph.start, span.mark_start - 400), span.mark_start)
    limit = min(span.paragraph.end, span.mark_end + 400)
    stop = _SENTENCE_END.search(text, span.mark_end, limit)
    end = stop.end() if stop else limit
    if _joins_words(text, span.start) or _joins_words(text, span.end):
        # a mark that is also a word character (an apostrophe) runs into a word
        return not _REPORTING_WORDS.isdisjoint(_WORD.findall(text, start, end))
    return not (
        _REPORTING_WORDS.isdisjoint(words)
        and _REPORTING_WORDS.isdisjoint(_WORD.findall(text, start, span.start))
        and _REPORTING_WORDS.isdisjoint(_WORD.findall(text, span.end, end))
    )


def _joins_words(text: str, offset: int) -> bool:
    """Whether one ``_WORD`` runs across ``offset`` (word characters on both sides)."""
    return 0 < offset < len(text) and _WORD.fullmatch(text, offset - 1, offset + 1) is not None


# words that report speech without being a cue verb of a tag ("an assertion that …")
_SPEECH_WORDS = _words(
    """assertion assertions accusation accusations claim statement statements remark remarks
    comment comments promise promised promising vow vowed vowing pledge pledging warning
    argument call calls calling insisting saying says asserting declaring chanting chanted
    urging accusing denouncing describing labeling labelling dubbing branding referring
    referred praising criticizing criticising mocking promising suggesting suggestion
    message tweet tweets slogan words phrase quoted quoting quote"""
)
# cue verbs count in lower case only ("States" in "United States" is none), and
# the set holds lower-case words only
_REPORTING_WORDS = CUE_VERBS | _SPEECH_WORDS


_SENTENCE_BREAK = re.compile(r"[.!?][\"\u201d']?\s+(?=[A-Z\"\u201c'])")
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
# ("a-zA-Z0-9" in a class with \w adds nothing to it: the regex engine tests
# the listed characters with one bit lookup before \w's Unicode tables, so
# most letters are settled at once)
_WORD = re.compile(r"[a-zA-Z0-9\w\u2019'\-]+")
_TITLE_SMALL_WORDS = _words("a an the of and or in on for to with at by from as vs")


def _title_word(word: str) -> bool:
    return word[0].isupper() or word[0].isdigit() or word in _TITLE_SMALL_WORDS


def _quote(
    text: str, span: QuoteSpan, tag: Tag | None, index: EntityIndex
) -> tuple[Quote, Entity | None]:
    kind = quote_kind(text, span)
    if tag is None:
        return Quote(span.start, span.end, text[span.start : span.end], kind), None
    speaking = _speech_owner(text, tag) or tag
    entity = _resolve(text, speaking, index)
    head = text[speaking.head_start : speaking.head_end]
    speaker = entity.name if entity is not None else _bare_speaker(head)
    if entity is None and speaker is not None:
        entity = Entity(name=speaker, kind=name_kind(speaker))
    mention = text[tag.start : tag.end]
    if _unclosed(mention):
        # a title ending the mention keeps its closing mark ("star of “Scandal,”")
        closing = _CLOSING_MARK.match(text, tag.end)
        mention = text[tag.start : closing.end()] if closing else mention
    mention = mention.rstrip(" ,")
    quote = Quote(
        span.start,
        span.end,
        text[span.start : span.end],
        kind,
        speaker,
        mention,
        tag.cue,
    )
    return quote, entity


def _unclosed(mention: str) -> bool:
    return (
        mention.count("\u201c") > mention.count("\u201d")
        or mention.count("''") % 2 == 1
        or mention.count('"') % 2 == 1
    )


_CLOSING_MARK = re.compile("[,.?!]?(?:[\u201d\"]|'')")


def _speech_owner(text: str, tag: Tag) -> Tag | None:
    """ "Rubio's catch phrase", "the campaign's statement", "Trump's recent
    assertion": the owner of a speech noun said the words, so the tag's
    head becomes the owner (not so "Sanders's campaign manager")."""
    head = text[tag.head_start : tag.head_end]
    words = head.split()
    if len(words) < 2 or words[-1].lower() not in _SPEECH_NOUNS:
        return None
    match = _POSSESSIVE_END.search(head)
    if match is None or match.end() > len(head) - len(words[-1]):
        return None
    start, end = tag.head_start, tag.head_start + match.start()
    return Tag(tag.start, tag.end, start, end, tag.cue)


_POSSESSIVE_END = re.compile(r"(?:['\u2019]s|s['\u2019])(?= )")
# what a speaker's words are called: the owner of one is the speaker
_SPEECH_NOUNS = _words(
    """statement statements remark remarks comment comments words language rhetoric
    claim claims assertion assertions response answer reply phrase slogan tweet tweets
    message letter email speech argument attack attacks broadside criticism accusation
    accusations promise pledge vow warning description release"""
)


def _resolve(text: str, tag: Tag, index: EntityIndex) -> Entity | None:
    head = text[tag.head_start : tag.head_end]
    if head == "who":
        # "said Ann Lee, 32, a former aide to Tom Ray, who said …": the person
        # the clause describes is the first one its sentence names
        sentence = _sentence_start(text, max(0, tag.head_start - 600), tag.head_start)
        # not a word of a quote in that sentence ("“Asking …?” asked Ann Lee, who …")
        closing = max(text.rfind(mark, sentence, tag.head_start) for mark in '\u201d"')
        return index.first_person_at(max(sentence, closing + 1), tag.head_start)
    if head.lower() in _PERSONAL_PRONOUNS:
        return _pronoun_subject(text, tag.head_start, head.lower(), index) or index.resolve(
            tag.head_start, tag.head_end
        )
    if not _is_role_of_other(head) and not _adjective_head(head):
        entity = index.resolve(tag.head_start, tag.head_end)
        if entity is not None:
            return entity
    if head[:1].isupper() and head.split()[0].lower() not in _DESCRIPTION_OPENERS:
        return None  # a name the index does not know ("Cuban, who hosts a TV show")
    return _aside_name(text, tag, index)


def _aside_name(text: str, tag: Tag, index: EntityIndex) -> Entity | None:
    """The name an aside after the head gives the speaker: "a spokesman for
    the campaign, Jeff Weaver," but not a name further in ("The complaint,
    which was filed in Washington", "a former backer of Sen. Ted Cruz")."""
    start = tag.head_end
    while start < tag.end and text[start] in " ,":
        start += 1
    if not text[start : start + 1].isupper():
        return None
    comma = text.find(",", start, tag.end)
    return index.named_at(start, tag.end if comma < 0 else comma)


_PERSONAL_PRONOUNS = _words("he she")
# words that open a description, whose aside may name the speaker
_DESCRIPTION_OPENERS = _DETERMINERS | _words("another one")


def _pronoun_subject(text: str, before: int, pronoun: str, index: EntityIndex) -> Entity | None:
    """A "he" or "she" speaker is usually the person the sentences before
    are about: the named subject of the nearest such sentence (not any name
    that happens to come last, such as a place)."""
    floor = max(0, before - 1200)
    ends = [floor, *_subject_breaks(text, floor, before)]
    for start in reversed(ends[-6:]):
        tag = _subject_of(text, start, before)
        if tag is None:
            continue
        # "The leader of the League, Jonathan Greenblatt, warned …": the aside names him
        for entity in (index.named_at(tag.head_start, tag.head_end), _aside_name(text, tag, index)):
            if entity is not None and entity.kind == "person" and index.may_be(entity, pronoun):
                return entity
    return None


def sentence_subject(text: str, before: int, pronoun: str, index: EntityIndex) -> Entity | None:
    """The named subject of the sentence a "he" or "she" sits inside ("Ann Lee
    spoke at a rally in Dover when he said …": Ann Lee, not Dover), or None
    where the pronoun opens its sentence."""
    # not _subject_breaks: "on Feb. 1 as he" and "Mr. Lee" end no sentence
    start = _sentence_start(text, max(0, before - 600), before)
    start = max(start, text.rfind("\n", start, before) + 1)
    if not text[start:before].strip():
        return None
    tag = _subject_of(text, start, before)
    if tag is None:
        return None
    entity = index.named_at(tag.head_start, tag.head_end)
    if (
        entity is None
        or entity.kind != "person"
        or not index.may_be(entity, pronoun)
        or index.named_once(entity)
    ):
        return None
    return entity


def _subject_breaks(text: str, start: int, end: int) -> list[int]:
    """Where the ``_SUBJECT_BREAK`` matches in ``text[start:end]`` end. A break
    opens with one of its marks: see _sentence_start."""
    ends: list[int] = []
    searched = start
    for at in marks_at(text, start, end, ".!?\n"):
        if at >= searched:
            match = _SUBJECT_BREAK.match(text, at, end)
            if match is not None:
                searched = match.end()
                ends.append(searched)
    return ends


# one character class first, so that the engine skips to the next candidate
# instead of trying the pattern at every position
_SUBJECT_BREAK = re.compile(r"[.!?\n](?:(?<=\n)\n*|(?<=[.!?])[\"\u201d']?\s+)")


def _is_role_of_other(head: str) -> bool:
    """ "Sanders's campaign manager", "a spokesman for Clinton": the name in it
    is not the speaker's."""
    words = head.replace("\u2019", "'").split()
    if not words:
        return False
    if words[0].lower() in ("a", "an", "one"):
        return True
    possessive = any(w.endswith(("'s", "s'")) for w in words[:-1])
    return possessive or any(w in ("for", "of", "to", "at") for w in words[1:-1])


def _bare_speaker(head: str) -> str | None:
    """The head as the speaker's name when no entity matched it: descriptions
    and collectives ("Russian state media") stay as written, pronouns name
    nobody."""
    words = head.split()
    if not words or (len(words) == 1 and words[0].lower() in _PRONOUN_SUBJECTS):
        return None
    return head


def quote_kind(text: str, span: QuoteSpan) -> QuoteKind:
    """Direct when the quote is a whole utterance: it starts a sentence
    (capital letter) and ends one (or is cut by its speech tag)."""
    first = text[span.start]
    if not (first.isupper() or first.isdigit() or span.mark_start == span.paragraph.start):
        return "partial"
    last = text[span.end - 1]
    if last in ".,!?\u2026\u2014-:;":
        return "direct"
    after = text[span.mark_end : span.mark_end + 2]
    if span.mark_end >= span.paragraph.end or after[:1] in ".,!?":
        return "direct" if len(text[span.start : span.end].split()) > 3 else "partial"
    return "partial"


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
        and _title_in_tag(text, spans[other])
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
        text = _unmarked(text, [spans[other] for other in titles])
    signed = _signed_after(text, span)
    if signed is not None:
        return signed
    agent = _naming_agent(text, span, next_start)
    if agent is not None:
        return agent
    sentence_start = _sentence_start(text, previous_end, span.mark_start)
    if sentence_start > previous_end and not text[sentence_start : span.mark_start].strip():
        # a quote opening its sentence: its tag may close the sentence before
        # ("…,” Rep. Ann Lee said Friday. “…”)
        sentence_start = _sentence_start(text, previous_end, sentence_start - 1)
    after_end = min(next_start, span.mark_end + 400)
    after = _tag_after(text, span.mark_end, after_end)
    if after is not None and _reports_a_clause(text, span, after):
        after = None
    if after is not None:
        if _after_tag_is_weak(text, span, after):
            before = _tag_before(text, sentence_start, span.mark_start)
            if before is not None:
                return before
            if _subordinate_after(text, span, after):
                subject = _subject_of(text, sentence_start, span.mark_start)
                if subject is not None:
                    return subject
        return after
    # the words before the quote, read by both the tag before it and the clause's pronoun
    tokens = _tokens(text, sentence_start, span.mark_start)
    return (
        _tag_before(text, sentence_start, span.mark_start, tokens)
        or _according_to(text, sentence_start, after_end)
        or _closing_tag(text, span, after_end)
        or _clause_pronoun(tokens)
        or _subject_of(text, sentence_start, span.mark_start)
        or _subject_after_participle(text, sentence_start, span)
        or _signature_after(text, span)
    )


def _subject_after_participle(text: str, start: int, span: QuoteSpan) -> Tag | None:
    """A quote inside an opening participial phrase ("Citing the city's
    “broken promises,” Ruiz urged …", "After calling it “a hoax,” Lee …"): the
    phrase has no subject of its own; the clause after its comma does."""
    if span.mark_start - start > 200:
        return None
    opening = _tokens(text, start, span.mark_start)
    if opening and opening[0].group() in _CONJUNCTIONS:
        opening = opening[1:]
    if not opening:
        return None
    first = opening[0].group()
    if not first[:1].isupper():
        return None
    if first.lower() in _PARTICIPLE_LEADS and len(opening) > 1:
        first = opening[1].group()
    if not first.lower().endswith("ing") or first.lower() in _ING_TITLES:
        return None
    if any(token.group() in _SENTENCE_STOPS for token in opening):
        return None
    # the phrase ends at the first comma after the quote (or at the closing mark)
    after = span.mark_end
    if text[span.end - 1 : span.end] == ",":
        comma = span.mark_end - 1
    else:
        comma = text.find(",", after, after + 120)
        if comma < 0 or any(mark in text[after:comma] for mark in '.;:!?\u201c"'):
            return None
    end = _SENTENCE_END.search(text, comma + 1)
    stop = end.start() if end is not None else len(text)
    return _subject_of(text, comma + 1, stop)


# words that may open a participial phrase before its "-ing" word ("After calling …")
_PARTICIPLE_LEADS = _words("after before while since despite by upon without when in")


def _closing_tag(text: str, span: QuoteSpan, limit: int) -> Tag | None:
    """ "Haley is an “articulate conservative” who …, the editorial board writes.":
    a tag closing the quote's sentence after a comma reports the whole sentence."""
    end = _SENTENCE_END.search(text, span.mark_end, limit)
    if end is None:
        return None
    match = _CLOSING_TAG.search(text, span.mark_end, end.start() + 1)
    if match is None or match.group(2) not in CUE_VERBS:
        return None
    words = match.group(1).split()
    if not (words[0][0].isupper() or words[0] in _DETERMINERS) or any(
        word in _NP_STOP and word not in _DETERMINERS for word in words
    ):
        return None  # ", even if he doesn't win any states."
    return Tag(match.start(1), match.end(1), match.start(1), match.end(1), match.group(2))


_CLOSING_TAG = re.compile(r", ((?:[\w.'\u2019\-]+ ){0,5}[\w.'\u2019\-]+) ([a-z]+)\.$")


def _title_in_tag(text: str, span: QuoteSpan) -> bool:
    """A short title-case quote naming a work ("the author of “Hacked World
    Order,”"), which may sit inside a speaker's description."""
    if span.end - span.start > _MAX_TITLE_CHARS:
        return False  # longer than any title: its words need not be read
    words = _WORD.findall(text, span.start, span.end)
    return (
        0 < len(words) <= _MAX_TITLE_WORDS
        and words[0][0].isupper()
        and all(_title_word(word) for word in words)
        and (_names_a_work(text, span) or _after_of_the(text, span))
    )


def _after_of_the(text: str, span: QuoteSpan) -> bool:
    """ "wrote the authors of the “Growth Project,” giving …" """
    before = text[max(span.paragraph.start, span.mark_start - 12) : span.mark_start]
    return before.endswith(" of the ")


_MAX_TITLE_WORDS = 8
# eight title-case words, however long, fit in this many characters
_MAX_TITLE_CHARS = 8 * 40


def _unmarked(text: str, titles: list[QuoteSpan]) -> str:
    """``text`` with the quote marks of ``titles`` blanked (offsets kept)."""
    pieces = []
    last = 0
    for title in titles:
        pieces.append(text[last : title.mark_start])
        pieces.append(" " * (title.start - title.mark_start))
        pieces.append(text[title.start : title.end])
        pieces.append(" " * (title.mark_end - title.end))
        last = title.mark_end
    pieces.append(text[last:])
    return "".join(pieces)


def _clause_pronoun(tokens: list[re.Match[str]]) -> Tag | None:
    """The pronoun subject of the clause holding the quote: "Mr. Obama decried …,
    and he foreshadowed … by urging “…”" (``tokens``: the sentence up to the quote)."""
    for position in range(len(tokens) - 1, 0, -1):
        word = tokens[position].group()
        if word in _CLAUSE_PRONOUNS and tokens[position - 1].group().lower() in _CLAUSE_OPENERS:
            pronoun = tokens[position]
            return Tag(pronoun.start(), pronoun.end(), pronoun.start(), pronoun.end(), None)
    return None


_CLAUSE_PRONOUNS = _words("he she")
_CLAUSE_OPENERS = _words(", and but as because while when so yet")


def _naming_agent(text: str, span: QuoteSpan, limit: int) -> Tag | None:
    """ "has been called “strategic ambiguity” by Ana Ruiz, a professor …": the
    agent of a passive naming verb is the quote's speaker."""
    match = _BY_AFTER.match(text, span.mark_end, limit)
    if match is None:
        return None
    before = _WORD.findall(text, max(span.paragraph.start, span.mark_start - 40), span.mark_start)
    while before and before[-1].lower() in _NAMING_FILLERS:
        before.pop()
    if not before or before[-1] not in _PASSIVE_NAMING:
        return None
    return _np_after(text, _tokens(text, match.end(), min(limit, match.end() + 300)), "called")


_BY_AFTER = re.compile(r"[ \t]+by[ \t]+")
_NAMING_FILLERS = _words("as a an the")
_PASSIVE_NAMING = _words("called dubbed labeled labelled branded described termed")


def _after_tag_is_weak(text: str, span: QuoteSpan, after: Tag) -> bool:
    """A tag a few words past the quote ("“…” in the way the United States
    responds"), or one opening a new sentence after a quote that closed its
    own ("… .” He added, …"), belongs to other words: a speech tag in front
    of the quote is the better guess."""
    gap = text[span.mark_end : after.start].split()
    closed = text[span.mark_end - 2 : span.mark_end - 1] in (".", "!", "?")
    if len(gap) >= 2:
        return True
    if _subordinate_after(text, span, after):
        return True
    if not (closed and text[after.start].isupper()):
        return False
    pronoun = text[after.head_start : after.head_end].lower() in _PRONOUN_SUBJECTS
    return pronoun or _quote_follows(text, after)


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
    if text[span.mark_end - 2 : span.mark_end - 1] not in (".", "!", "?"):
        return False
    match = _CUE_AND_NEXT.match(text, tag.end)
    if match is None or match.group(1) != tag.cue:
        return False
    return match.group(2) in _CLAUSE_OPENERS_AFTER_CUE


_CUE_AND_NEXT = re.compile(r"[ \t]+(\w+)[ \t]+(\w+)")
_CLAUSE_OPENERS_AFTER_CUE = _words("that the a an he she they it we his her their this these")


def _quote_follows(text: str, tag: Tag) -> bool:
    """Whether another quote opens in the sentence of ``tag`` after it (“…”
    Kim added, “…”); a named tag closing its sentence (“…!” Trump said on
    Twitter.) belongs to the quote before it."""
    line_end = text.find("\n", tag.end)
    stop = _SENTENCE_END.search(text, tag.end, len(text) if line_end < 0 else line_end)
    end = stop.start() if stop else (len(text) if line_end < 0 else line_end)
    return _OPENING_MARK.search(text, tag.end, end) is not None


_OPENING_MARK = re.compile("[\u201c\"\u2018\u00ab\u201e]|''")


def _signature_after(text: str, span: QuoteSpan) -> Tag | None:
    """A quote paragraph signed in the next one: "“…”\n\n- Bernie Sanders." """
    if text[span.mark_end : span.paragraph.end].strip(" .\u201d\"'"):
        return None
    return _signature_tag(text, _SIGNATURE.match(text, span.paragraph.end))


def _signed_after(text: str, span: QuoteSpan) -> Tag | None:
    """A quote signed after a dash on its own line: "“…” ― Ana Ruiz." (reader
    comments, pull quotes, vox pops)."""
    return _signature_tag(text, _SIGNED.match(text, span.mark_end))


def _signature_tag(text: str, match: re.Match[str] | None) -> Tag | None:
    """The name a signature pattern found (its group 1), without the full stop
    closing the line (an initial's stays: "Jr.")."""
    if match is None:
        return None
    start, end = match.span(1)
    if text[end - 1] == "." and not _ABBREVIATION.search(text, start, end):
        end -= 1
    return Tag(start, end, start, end, None)


_SIGNED = re.compile(
    r"[ \t\u00a0]*[\u2015\u2014\u2013-][ \t\u00a0]*"
    r"([A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,4})[ \t\u00a0.]*(?:\n|$)"
)
_SIGNATURE = re.compile(
    r"\s*\n\s*[-\u2015\u2014\u2013]\s*"
    r"([A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,3})(?:[.,][^\n]*)?(?:\n|$)"
)


def _sentence_start(text: str, floor: int, mark_start: int) -> int:
    """Start of the sentence holding the opening mark (not before ``floor``)."""
    best = searched = floor
    # the break's look-ahead may read the opening mark itself ("… success. “We …");
    # a break opens with . ! or ?: trying the pattern only there, in order and
    # past the break found last, finds what a search finds (str.find skips to
    # a mark; the search tests a class at every character)
    for stop in marks_at(text, floor, mark_start + 1, ".!?"):
        if stop < searched:
            continue
        match = _SENTENCE_BREAK.match(text, stop, mark_start + 1)
        if match is None:
            continue
        searched = match.end()
        if not _ABBREVIATION.search(text, max(floor, stop - 5), stop + 1):
            best = searched
    return best


def _tokens(text: str, start: int, end: int) -> list[re.Match[str]]:
    return list(_TOKEN.finditer(text, start, end))


def _is_cue(token: str) -> bool:
    # "States" in "United States" is no cue: cue verbs are written in lower case
    return token[0].islower() and token in CUE_VERBS


def _is_cue_at(tokens: list[re.Match[str]], position: int) -> bool:
    """A cue verb in its context: not passive ("was charged"), and a word
    that is also a plural noun ("states", "claims") only after a name or a
    pronoun ("Trump claims")."""
    word = tokens[position].group()
    if word in _PHRASAL_CUES:
        # "“…,” he went on.", "Ruiz shot back": a verb that reports speech with its particle
        after = [token.group() for token in tokens[position + 1 : position + 3]] + ["", ""]
        # "went on." and "went on, “…”", not "went on to rebut" nor "goes on recess"
        ends = after[0] == "back" or not after[1][:1].isalnum()
        return after[0] == _PHRASAL_CUES[word] and ends
    if not _is_cue(word):
        return False
    previous = tokens[position - 1].group() if position > 0 else ""
    if previous.lower() in _BE or previous.lower() in ("a", "an", "the"):
        return False  # "was charged", "in a written statement"
    following = tokens[position + 1].group() if position + 1 < len(tokens) else ""
    if word in ("put", "puts"):
        return following == "it"  # "as Amar put it, “…”"
    # "a program called BleachBit" names a thing; "he called it “…”" reports speech
    naming = word in _NAMING_CUES and previous.islower() and previous not in _PRONOUN_SUBJECTS
    if naming and (following[:1].isupper() or following in ("\u201c", '"', "''")):
        return False
    if word in ("state", "states") and following not in ("that", ":"):
        # a noun in "Clinton's Colorado state director", "many Asian states"; a
        # verb after a pronoun or a plural ("the Saudis state in the paper")
        plural = position > 1 and tokens[position - 2].group().lower() in _DETERMINERS
        return previous.lower() in _PRONOUN_SUBJECTS or (plural and previous.endswith("s"))
    if word in _NOUN_LIKE_CUES and position > 0:
        # "Trump claims", not "Trump's claims"
        possessive = previous.endswith(("'s", "\u2019s", "s'", "s\u2019"))
        if (previous[0].isupper() and not possessive) or previous.lower() in _PRONOUN_SUBJECTS:
            return True
        return not possessive and _described_source_before(tokens, position)
    return True


# verbs that report speech only with their particle; not in CUE_VERBS, whose
# words also tell the speech model that a sentence reports speech
_PHRASAL_CUES = {"went": "on", "goes": "on", "shot": "back", "fired": "back"}
_NAMING_CUES = _words("called dubbed labeled labelled branded")
# every word _is_cue_at can accept, and with the verbs like "states" every word
# a tag after a quote can take for its cue: one set test spares the calls for
# all other words
_MAY_BE_CUE = CUE_VERBS | frozenset(_PHRASAL_CUES)
_BE = _words("was were been being be is are")
_NOUN_LIKE_CUES = _words(
    "states reports claims calls charges notes posts demands promises asks tells writes "
    "write state argue insist comments points remarks counters answers pledges"
)
_MAY_BE_CUE_AFTER = _MAY_BE_CUE | _NOUN_LIKE_CUES


def _tag_after(text: str, start: int, end: int) -> Tag | None:
    """“…,” Trump wrote. / “…,” said Trump. / “…,” she said, “…”"""
    tokens = _tokens(text, start, end)
    while tokens and (
        tokens[0].group() in (",", "\u2014", "\u2013") or not tokens[0].group().strip("'\u2019")
    ):
        tokens.pop(0)  # a comma or dash, or the rest of a nested quote's closing marks
    # after a quote closing its sentence a tag must follow at once ("… .” he said)
    reach = 2 if text[start - 2 : start - 1] == "." else _MAX_NP_WORDS + 20
    label_end = 0
    for position, token in enumerate(tokens[:reach]):
        word = token.group()
        if position < label_end:
            continue
        if word == "(":
            # "“…,” Sen. Marco Rubio (R-Fla.) said": the label is part of the name
            label_end = _party_label_end(tokens, position)
            if label_end:
                continue
        if word in (";", ":", "(", ".", "!", "?", "\u201c", '"'):
            return None
        if word not in _MAY_BE_CUE_AFTER or not (
            _is_cue_at(tokens, position)
            or _described_source_cue(tokens, position)
            or _cue_after_aside(tokens, position)
        ):
            continue
        if position == 0:
            if word.endswith("ing"):
                return None  # "“…,” telling reporters": the subject comes before the quote
            return _np_after(text, tokens[1:], word)
        if word.endswith("ing"):
            return None
        before = _np_before(tokens[:position], word)
        if tokens[position - 1].group() == "," and word in _LATE_INVERTING_CUES:
            # "…,” since many cases were close, said Lee Epstein."
            after = _np_after(text, tokens[position + 1 :], word)
            named_after = after is not None and text[after.head_start].isupper()
            if after is not None and (named_after or not _names_subject(text, before)):
                return after
        return before
    return None


def _party_label_end(tokens: list[re.Match[str]], position: int) -> int:
    """Just after the ")" when the "(" at ``position`` opens a party and
    state label after a name ("Sen. Marco Rubio (R-Fla.)", "(D-N.Y.)"), else 0."""
    if not (0 < position < len(tokens) - 1 and tokens[position - 1].group()[0].isupper()):
        return 0
    if _PARTY_LABEL.match(tokens[position + 1].group()) is None:
        return 0
    for close in range(position + 2, min(len(tokens), position + 6)):
        if tokens[close].group() == ")":
            return close + 1
    return 0


_PARTY_LABEL = re.compile(r"[RDI]-[A-Z]")


def _described_source_cue(tokens: list[re.Match[str]], position: int) -> bool:
    """“…,” the document states. / “…,” the editorial board writes: right after
    a quote, a verb like "states" after a described source is a cue."""
    word = tokens[position].group()
    return (
        word in _NOUN_LIKE_CUES
        and 2 <= position <= 6
        and tokens[0].group().lower() in ("the", "a", "an", "one")
        and all(t.group().islower() for t in tokens[1:position])
        and (position + 1 >= len(tokens) or not tokens[position + 1].group()[0].isalnum())
    )


def _cue_after_aside(tokens: list[re.Match[str]], position: int) -> bool:
    """“…,” Ann Ruiz, founder of the institute, tells a reporter. / writes: a
    verb like "tells" after a name and the aside about it, right after a quote."""
    word = tokens[position].group()
    if word not in _NOUN_LIKE_CUES or position < 4 or tokens[position - 1].group() != ",":
        return False
    if not tokens[0].group()[0].isupper():
        return False
    commas = [i for i in range(1, position - 1) if tokens[i].group() == ","]
    return len(commas) == 1 and all(t.group()[0].isupper() for t in tokens[: commas[0]])


def _described_source_before(tokens: list[re.Match[str]], position: int) -> bool:
    """ "as the foundation's website notes: “…”", "the memo states that …": a
    verb like "notes" after a short described source, reporting what follows
    (not "the group's notes", "the campaign points, calling …", nor "the
    notes of the meeting")."""
    following = tokens[position + 1].group() if position + 1 < len(tokens) else ""
    if following not in (":", "that", "\u201c", '"', "''"):
        return False
    for back in range(position - 2, max(position - 5, -1), -1):
        word = tokens[back].group()
        if word.lower() in ("the", "a", "an", "this", "that", "one"):
            # not the description in an aside: "O'Brien, a consultant, notes"
            aside = back > 0 and tokens[back - 1].group() == ","
            return not aside and tokens[position - 1].group().isalpha()
        if not word[0].isalnum():
            return False
    return False


def _names_subject(text: str, tag: Tag | None) -> bool:
    """Whether a tag found before a cue looks like a speaker: short and
    naming someone (not "the Democrat Party's platform for the first time")."""
    if tag is None:
        return False
    head = text[tag.head_start : tag.head_end]
    return any(c.isupper() for c in head) and len(head.split()) <= 5


_LATE_INVERTING_CUES = _words(
    """said says asked wrote writes added adds replied reported reports noted notes explained
    continued recalled declared insisted argued warned concluded observed"""
)


def _tag_before(
    text: str, start: int, mark_start: int, tokens: list[re.Match[str]] | None = None
) -> Tag | None:
    """Peskov said: “…” / Zelensky condemned the attack as “…” (``tokens``:
    those of text[start:mark_start] when the caller has them)"""
    if tokens is None:
        tokens = _tokens(text, start, mark_start)
    # "After Jerry Brown criticized Bill Clinton, Hillary shot back, “…”": a cue
    # in an opening subordinate clause is not the quote's
    subordinate = 0
    if tokens and tokens[0].group().lower() in _SUBORDINATORS:
        subordinate = next((i for i, t in enumerate(tokens) if t.group() == ","), 0)
    for position in range(len(tokens) - 1, -1, -1):
        word = tokens[position].group()
        if word in _ASKED and position >= subordinate:
            passive = _passive_agent(text, tokens, position)
            if passive is not None:
                return passive
        if word not in _MAY_BE_CUE or position < subordinate or not _is_cue_at(tokens, position):
            continue
        previous = tokens[position - 1].group() if position > 0 else ""
        if word.endswith("ing"):
            absolute = _absolute_subject(tokens, position)
            if absolute is not None:
                return absolute
        if (
            word.endswith("ing")
            and previous[:1].isupper()
            and previous.lower() not in _INTRO_WORDS
            and not _name_after_preposition(tokens, position)
        ):
            # "… – Ryan saying he was “very encouraged”"
            tag = _np_before(tokens[:position], word)
            if tag is not None and not _object_of_preposition(tokens, tag.start):
                return tag
        if word.endswith("ing") and position > 1 and tokens[position - 1].group() == ",":
            # "…, Fiorina said, adding that “…”": the speaker of the cue before
            earlier = _tag_before(text, start, tokens[position - 1].start())
            if earlier is not None:
                return earlier
        if word.endswith("ing"):
            # "Trump told a rally, saying …": the subject of the main clause
            clause = _sentence_start(text, text.rfind("\n", 0, start) + 1, tokens[position].start())
            tag = _subject_of(text, clause, tokens[position].start(), word)
            if tag is not None:
                return tag
            continue
        tag = _np_before(tokens[:position], word)
        if tag is not None and not _plausible_subject(text, tag):
            # "Sanders (I-Vt.) on Saturday criticized": "Saturday" said nothing
            subject = _subject_of(text, start, tokens[position].start(), word)
            if subject is not None and text[subject.head_start].isupper():
                tag = subject
        if position > 0 and tokens[position - 1].group() == "," and word in _LATE_INVERTING_CUES:
            # "The paradox of Nancy, says Carl Anthony, historian at …, is that “…”"
            after = _np_after(text, tokens[position + 1 :], word)
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
        if tag is None and word in _INVERTING_CUES and position + 1 < len(tokens):
            # inverted: "said Mr. Smith: “…”", the name right before the quote
            tag = _np_after(text, tokens[position + 1 :], word)
            if tag is not None and text[tag.end : mark_start].strip(" ,:") != "":
                tag = None
        if tag is None:
            tag = _subject_of(text, start, tokens[position].start(), word)
        if (
            tag is not None
            and _opens_subordinate_clause(tokens, tag.start)
            and _SENTENCE_END.search(text, tag.end, mark_start) is not None
        ):
            # "“…,” Ann Lee told the paper, after Tom Ray stated an interest. “…”":
            # the cue of a subordinate clause in the sentence before is not the
            # next quote's
            continue
        if tag is not None and text[tag.start : tag.end] == "which" and position > 2:
            # "Kerry said the talks, which started a decade ago, remained “…”": the
            # relative clause is an aside; an earlier cue reports the quote
            earlier = _tag_before(text, start, tag.start)
            if earlier is not None:
                return earlier
        if tag is not None:
            return tag
    if tokens and tokens[-1].group() == ":":
        # "Former secretary of state Hillary Clinton: “We learned …”", but not
        # "Clinton has apologized for what happened: “…”" (that is Clinton's)
        return (
            _signed_heading(tokens)
            or _subject_of(text, start, mark_start)
            or _np_before(tokens[:-1], None)
        )
    return None


def _passive_agent(text: str, tokens: list[re.Match[str]], position: int) -> Tag | None:
    """ "Kemp was asked by host Ana Ruiz, who …, “…”": the agent after "by"
    speaks the quote, not the subject."""
    if not (0 < position < len(tokens) - 2 and tokens[position + 1].group() == "by"):
        return None
    if tokens[position - 1].group() not in _BE:
        return None
    agent = tokens[position + 2 :]
    stop = next((i for i, t in enumerate(agent) if t.group() in _QUESTION_WORDS), len(agent))
    return _np_after(text, agent[:stop], tokens[position].group())


_QUESTION_WORDS = _words("whether if about why how what when where who to")
_ASKED = _words("asked questioned pressed")


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
_GERUND_PREPOSITIONS = _words("of about")


def _object_of_preposition(tokens: list[re.Match[str]], start: int) -> bool:
    """Whether the phrase starting at offset ``start`` follows a preposition
    ("Thiel wrote in a statement to Wired explaining why …": Wired explains
    nothing)."""
    return _word_before_in(tokens, start, _NP_PREPOSITIONS)


def _word_before_in(tokens: list[re.Match[str]], start: int, words: frozenset[str]) -> bool:
    """Whether the token before the one starting at offset ``start`` is one of
    ``words`` (lower-cased)."""
    for position in range(len(tokens) - 1, 0, -1):
        if tokens[position].start() == start:
            return tokens[position - 1].group().lower() in words
        if tokens[position].start() < start:
            break
    return False


def _absolute_subject(tokens: list[re.Match[str]], position: int) -> Tag | None:
    """ "…, with many marchers and spectators chanting “…”": after "with" the
    words before an -ing cue are its subject, not the sentence's."""
    for back in range(position - 1, max(position - 8, 0) - 1, -1):
        word = tokens[back].group()
        if word == "with":
            if back == position - 1:
                return None
            first, last = tokens[back + 1], tokens[position - 1]
            cue = tokens[position].group()
            return Tag(first.start(), last.end(), first.start(), last.end(), cue)
        if not word[0].isalnum():
            return None
    return None


_SUBORDINATORS = _words("after when while although though before if because since once until")


def _opens_subordinate_clause(tokens: list[re.Match[str]], start: int) -> bool:
    """Whether the word before the subject starting at ``start`` is a
    subordinating conjunction ("after de Blasio stated")."""
    return _word_before_in(tokens, start, _SUBORDINATORS)


def _signed_heading(tokens: list[re.Match[str]]) -> Tag | None:
    """A digest line naming its source after a dash: "IOWA POLLS NOT WRONG -
    Mark Blumenthal and Jon Cohen: “…”"."""
    for position in range(len(tokens) - 2, max(len(tokens) - 9, 0), -1):
        word = tokens[position].group()
        if word in ("-", "\u2014", "\u2013"):
            first, last = tokens[position + 1], tokens[-2]
            return Tag(first.start(), last.end(), first.start(), last.end(), None)
        if not (word[0].isupper() or word == "and"):
            return None
    return None


def _according_to(text: str, start: int, end: int) -> Tag | None:
    # a case-blind search tries every position; what it finds always holds
    # "ccord" in some case, and most sentences hold none
    if "ccord" not in text[start:end].lower():
        return None
    match = _ACCORDING.search(text, start, end)
    if match is None:
        return None
    return _np_after(text, _tokens(text, match.end(), end), "according to")


def _np_before(tokens: list[re.Match[str]], cue: str | None) -> Tag | None:
    """The subject noun phrase ending just before the cue verb, with the
    aside between them if any ("Smith, a spokesman for X, said")."""
    relative = _relative_subject(tokens, cue)
    if relative is not None:
        return relative
    end = len(tokens)
    while end > 0 and _skippable(tokens[end - 1].group()):
        end -= 1
    mention_end = end
    if end > 0 and tokens[end - 1].group() == ")":
        # "Harry M. Reid (D-Nev.) said"
        opening = [i for i in range(end - 2, max(end - 9, -1), -1) if tokens[i].group() == "("]
        end = opening[0] if opening else end
    word = tokens[end - 1].group().lower().replace("\u2019", "'") if end > 0 else ""
    if word.split("'")[0] in _PRONOUN_SUBJECTS:
        # "though he contended", "videos he posted", "he'd asked": the pronoun alone
        start = tokens[end - 1].start()
        stop = start + len(word.split("'")[0])
        return Tag(start, stop, start, stop, cue)
    begin, end = _subject_before(tokens, end)
    if begin >= end:
        return None
    after_participle = begin > 2 and _participle(tokens[begin - 2].group())
    if after_participle and tokens[begin - 1].group() in _NP_PREPOSITIONS:
        # "Another source speaking to Fox News said": the phrase before the
        # participle is the subject, the one after it its object
        outer, outer_end = _subject_before(tokens, begin - 2)
        if outer < outer_end and _starts_clause(tokens, outer):
            begin, end = outer, outer_end
    head_end = tokens[end - 1].end()
    last = tokens[mention_end - 1].end() if mention_end > end else head_end
    return Tag(tokens[begin].start(), last, tokens[begin].start(), head_end, cue)


def _participle(word: str) -> bool:
    return word.islower() and word.endswith("ing") and len(word) > 4


def _plausible_subject(text: str, tag: Tag) -> bool:
    """Whether the words before a cue can be who spoke: not a time ("on
    Friday described"), nor a lower-case fragment of the clause ("articles
    from noted scholars")."""
    if tag.head_start < tag.start:
        return True  # a relative pronoun standing for the name before it
    words = text[tag.head_start : tag.head_end].split()
    first = words[0].lower() if words else ""
    if words[-1].lower() == "ago":
        return False  # "less than two weeks ago said"
    if first in _DATES or first in _TIME_WORDS:
        return len(words) > 1 and words[-1][0].isupper()  # "Sunday after Mr. Trump"
    return (
        not words[0][0].islower()
        or first in _LOWER_SUBJECT_STARTS
        or any(word[0].isupper() for word in words)
    )


_TIME_WORDS = _words("now then later last again once week month year night morning afternoon")
_LOWER_SUBJECT_STARTS = _words(
    """the a an his her its their our this that these those he she they we i who which
    some many most several few both all each one two three four five dozens hundreds
    thousands critics supporters officials aides voters protesters sources analysts
    experts democrats republicans former"""
)


def _relative_subject(tokens: list[re.Match[str]], cue: str | None) -> Tag | None:
    """ "Beck, who has in the past described …": the relative pronoun is the
    mention, the noun phrase before its comma the speaker it stands for."""
    for position in range(len(tokens) - 1, max(len(tokens) - 7, 0), -1):
        word = tokens[position].group()
        if word in _RELATIVE_SUBJECTS and tokens[position - 1].group() == ",":
            antecedent = _np_before(tokens[:position], None)
            if antecedent is None or antecedent.head_end <= antecedent.head_start:
                return None
            relative = tokens[position]
            return Tag(
                relative.start(), relative.end(), antecedent.head_start, antecedent.head_end, cue
            )
        if not (_skippable(word) or word in _IN_RELATIVE):
            return None  # "…, which he said", "which some have argued": "which" is the object
    return None


_RELATIVE_SUBJECTS = _words("who which")
_IN_RELATIVE = _words("in the past at first a time for years since")


def _skippable(token: str) -> bool:
    """Adverbs and auxiliaries between a subject and its cue ("had effusively praised")."""
    lower = token.lower()
    return lower in _SKIP_BEFORE_CUE or (
        token.islower() and lower.endswith("ly") and lower not in _LY_NOUNS
    )


# nouns that end like adverbs: "Scott's family said" keeps its head noun
_LY_NOUNS = _words("family ally rally supply reply assembly monopoly anomaly bully daily weekly")


def _subject_before(tokens: list[re.Match[str]], end: int) -> tuple[int, int]:
    """Token range of the noun phrase ending at ``end``, looking past up to
    three comma-delimited asides ("Clinton, at a town hall in Columbus, Ohio,
    said") until the phrase starts a clause."""
    comma = end - 1 if end > 0 and tokens[end - 1].group() == "," else None
    stop = end
    first: tuple[int, int] | None = None
    for _ in range(5):
        if comma is not None:
            stop = _skip_aside(tokens, comma)
        begin = stop
        while begin > 0 and stop - begin < _MAX_NP_WORDS and _in_np(tokens[begin - 1].group()):
            begin -= 1
        while begin < stop and tokens[begin].group().lower() in _NP_STOP:
            begin += 1
        if 1 < begin < stop and tokens[begin - 1].group().lower() in _SUBJECT_PREPOSITIONS:
            # "Sanders during a Sunday thanked": skip the prepositional phrase
            inner = begin - 1
            while inner > 0 and stop - inner < _MAX_NP_WORDS and _in_np(tokens[inner - 1].group()):
                inner -= 1
            opener = tokens[inner].group()
            # not when that phrase is itself a preposition's object ("Clinton, during a
            # town hall in Columbus, Ohio, said"): an aside, the subject comes before it
            nested = inner > 0 and tokens[inner - 1].group().lower() in _SUBJECT_PREPOSITIONS
            if (
                inner < begin - 1
                and (opener[0].isupper() or opener.lower() in _DETERMINERS)
                and not nested
            ):
                return inner, begin - 1
        if stop - begin == 1 and _opening_word(tokens[begin].group()):
            # "Still, Petrilli, who thinks …": the sentence's opening word is
            # no subject; the phrase after it is
            return first or (begin, stop)
        first = first or (begin, stop)
        if begin < stop and _starts_clause(tokens, begin):
            return begin, stop
        if comma is None or stop == comma:
            break
        comma = stop
    return first or (end, end)


def _opening_word(word: str) -> bool:
    """A capitalised adverb or participle that opens a sentence before its
    subject ("Still,", "Often,", "Typically,", "Speaking,")."""
    lower = word.lower()
    return word[:1].isupper() and (
        lower in _INTRO_WORDS or lower in _OPENING_ADVERBS or lower.endswith(("ly", "ing"))
    )


# opening adverbs that _INTRO_WORDS (words opening an introductory phrase) lacks
_OPENING_ADVERBS = _words("already often again even thus")


def _starts_clause(tokens: list[re.Match[str]], begin: int) -> bool:
    """A subject starts its clause: at the start, after a quote mark or
    other punctuation, or after a comma when it is a name (", 67," is no
    subject but part of "Cecelia Purner, 67, a retired …")."""
    if begin == 0:
        return True
    previous = tokens[begin - 1].group()
    if previous[0].isalnum():
        return False
    if previous != ",":
        return True
    # after a comma only a name starts a clause, and not the state in "Columbus, Ohio"
    place = begin >= 2 and tokens[begin - 2].group()[0].isupper()
    return tokens[begin].group()[0].isupper() and not place


_SUBJECT_PREPOSITIONS = _words("during on in at after before")


def _skip_aside(tokens: list[re.Match[str]], comma: int) -> int:
    """Index just after the words before a comma-delimited aside."""
    for position in range(comma - 1, max(comma - 40, -1), -1):
        if tokens[position].group() == ",":
            return position
        if tokens[position].group() in ("\u201c", "\u201d", '"', ";", ":", "."):
            break
    return comma


def _in_np(token: str) -> bool:
    if not token[0].isalnum():
        return False
    return token.lower() not in _NP_STOP or (token[0].isupper() and token.lower() != "i")


def _np_after(text: str, tokens: list[re.Match[str]], cue: str | None) -> Tag | None:
    """The noun phrase right after an inverted cue ("said Trump"), with its
    appositive ("said Rick Wilson, a Republican strategist.")."""
    end = 0
    named = False
    while (
        end < len(tokens)
        and end < _MAX_NP_WORDS
        and (_in_np_after(tokens[end].group(), named) or _complement_of(tokens, end))
    ):
        named = named or tokens[end].group()[0].isupper()
        end += 1
        if (
            named
            and end + 1 < len(tokens)
            and tokens[end].group() == "and"
            and tokens[end + 1].group()[0].isupper()
        ):
            end += 1  # "said former Gov. and Party Chairman Ed Rendell"
        if tokens[0].group().lower() in _PRONOUN_SUBJECTS:
            break  # "said he", never "said he voted"
    first = tokens[0].group() if tokens else ""
    if end == 0 or first in _NP_PREPOSITIONS or first in _NP_STOP or first.lower() in _DATES:
        return None  # "said in a statement that …", "said Wednesday that …" name nobody
    if end < len(tokens) and _continues_clause(tokens[end].group()):
        # "said the candidate could …" reports a clause; it names no speaker
        return None
    head_end = end
    if end + 2 < len(tokens) and tokens[end].group() == "(":
        # "said Sen. Richard Blumenthal (D-Conn.)": the party and state are
        # part of the mention, not of the name
        closing = [i for i in range(end + 1, min(len(tokens), end + 8)) if tokens[i].group() == ")"]
        end = closing[0] + 1 if closing else end
    mention_end = _appositive_end(tokens, end, to_sentence_end=True)
    return Tag(
        tokens[0].start(),
        tokens[mention_end - 1].end(),
        tokens[0].start(),
        tokens[head_end - 1].end(),
        cue,
    )


def _complement_of(tokens: list[re.Match[str]], position: int) -> bool:
    """ "said one Democrat familiar with the talks", "said the base chief known
    as Bob": an adjective after the head takes the phrase that completes it."""
    return (
        position > 0
        and tokens[position].group() in _COMPLEMENT_LINKS
        and tokens[position - 1].group() in _TAKING_COMPLEMENT
    )


# adjectives and participles that follow a head noun with their own phrase
_TAKING_COMPLEMENT = _words("familiar involved close known briefed opposed allied aligned loyal")
_COMPLEMENT_LINKS = _words("with in to as of on for at by")


def _appositive_end(tokens: list[re.Match[str]], end: int, to_sentence_end: bool = False) -> int:
    """Token index just after an appositive following ``end`` (or ``end``).
    After an inverted cue the appositive runs to the end of the sentence
    ("said Rick Wilson, a strategist who worked for Bush, on Monday.")."""
    if to_sentence_end and end < len(tokens) and tokens[end].group() in ("who", "whose"):
        # "said a Mexican official who was not authorized to speak"
        for position in range(end + 1, min(len(tokens), end + 40)):
            if tokens[position].group() in _SENTENCE_STOPS or tokens[position].group() == ",":
                return position
        return end
    if end >= len(tokens) or tokens[end].group() != "," or _ends_appositive(tokens, end):
        return end
    if _main_verb_after(tokens, end, end):
        return end
    stops = _SENTENCE_STOPS if to_sentence_end else _SENTENCE_STOPS | {","}
    for position in range(end + 1, min(len(tokens), end + 40)):
        word = tokens[position].group()
        if (
            word in stops
            or word in _APPOSITIVE_STOPS
            or _ends_appositive(tokens, position)
            or (word == "," and _main_verb_after(tokens, end, position))
        ):
            return position if position > end + 1 else end
        following = tokens[position + 1].group() if position + 1 < len(tokens) else ""
        after = tokens[position + 2].group() if position + 2 < len(tokens) else ""
        if word == "," and following == "and" and after in _PRONOUN_SUBJECTS:
            # "said Ana Ruiz, a professor at Dover, and it makes …": a new clause
            return position
        if word == "," and following in _RELATIVE_STOPS:
            # "said Paloma Wu, legal director for the ACLU, which filed …": the
            # relative clause about the appositive is no part of the speaker
            return position
    return len(tokens) if to_sentence_end and len(tokens) < end + 40 else end


def _ends_appositive(tokens: list[re.Match[str]], position: int) -> bool:
    """A comma before "explaining …" or "in a statement" ends the speaker's
    description: what follows is about the speech, not the speaker."""
    if tokens[position].group() != "," or position + 1 >= len(tokens):
        return False
    following = tokens[position + 1].group()
    participle = following.endswith("ing") and following not in _ING_TITLES
    # "The paradox, says Ann Lee, historian at …, is that “…”": the clause resumes
    resumes = following in _BE
    return following.islower() and (participle or resumes or following in _CLAUSE_LINKS_OUT)


def _main_verb_after(tokens: list[re.Match[str]], start: int, position: int) -> bool:
    """A comma before a cue verb or a modal closes the description and returns to
    the main clause: "Sen. Ann Lee (D-Ore.), said after a lunch that …", "said
    Ann Lee, an expert on Peru, would read this as …"."""
    if tokens[position].group() != "," or position + 1 >= len(tokens):
        return False
    following = tokens[position + 1].group()
    if following not in CUE_VERBS and following not in _MODALS:
        return False
    if any(tokens[i].group() in _RELATIVE_SUBJECTS for i in range(start + 1, position)):
        # "a Republican, who, like all respondents, responded anonymously": the
        # verb belongs to the relative clause
        return False
    after = tokens[position + 2].group() if position + 2 < len(tokens) else ""
    # ", reports the Daily Star": an inverted tag naming the outlet stays
    return not (following.endswith("s") and after[:1].isupper())


_MODALS = _words("would will could can should might may must")


# "-ing" words that open a job title, not a clause: "said Ken Sena, managing director …"
_ING_TITLES = _words(
    "managing acting founding presiding ranking leading visiting outgoing incoming"
)


_CLAUSE_LINKS_OUT = _words(
    "in on at during after before while according adding when as via with about"
)
_APPOSITIVE_STOPS = frozenset(("\u2014", "\u2013"))
_RELATIVE_STOPS = _words("which where but")
_SENTENCE_STOPS = frozenset((".", ";", ":", "\u201c", '"', "(", ")", "!", "?"))


def _continues_clause(token: str) -> bool:
    return token.islower() and token not in _NP_PREPOSITIONS and token not in _CLAUSE_LINKS


_CLAUSE_LINKS = _words("who whose which as after before when while during according")


def _in_np_after(token: str, named: bool) -> bool:
    if not token[0].isalnum():
        return False
    lower = token.lower()
    if lower in _NP_PREPOSITIONS:
        # "a person close to the Clintons", "Maria Cantwell of Washington", but not
        # "Trump in an interview"
        return not named or lower == "of"
    return lower in _DETERMINERS or lower not in _NP_STOP or token[0].isupper()


_NP_PREPOSITIONS = _words("to of for at in from with on by")


def _subject_of(text: str, start: int, stop: int, cue: str | None = None) -> Tag | None:
    """The named subject at the start of a sentence ("Valastro praised … “…”"),
    after any introductory phrase ("On Sunday, Sanders issued …")."""
    # the subject sits in the first words of its sentence: a bounded window
    # keeps look-backs over several sentences cheap, and the same sentences
    # are asked about again for every pronoun after them
    return _subject_in(text, start, min(stop, start + 300), cue)


@lru_cache(maxsize=1024)
def _subject_in(text: str, start: int, stop: int, cue: str | None) -> Tag | None:
    tokens = _tokens(text, start, stop)
    first = 0
    dashes = [i for i, t in enumerate(tokens[:8]) if t.group() in ("\u2014", "\u2013", "-")]
    if tokens and tokens[0].group().isupper() and len(tokens[0].group()) > 2 and dashes:
        tokens = tokens[dashes[0] + 1 :]  # a dateline: "LA CROSSE, Wisc. — …"
    else:
        tokens = tokens[_agency_dateline_end(tokens) :]
    opener = tokens[0].group() if tokens else ""
    if opener in _CONJUNCTIONS and len(tokens) > 3 and tokens[1].group() in _THEN:
        tokens = tokens[1:]  # "And then Trump went on the attack": "then" opens no phrase either
    if opener in _CONJUNCTIONS and len(tokens) > 2 and tokens[1].group()[0].isupper():
        # "But Obama, making it clear …, described": the conjunction opens no phrase
        tokens = tokens[1:]
        opener = tokens[0].group()
    participle = (
        opener.endswith(("ed", "ing"))
        and len(tokens) > 1
        and tokens[1].group().islower()
        and not _is_cue(tokens[1].group())
        and not _skippable(tokens[1].group())
    )
    if (
        opener.lower() in _INTRO_WORDS
        or (opener[:1].isupper() and participle)
        or _time_opener(tokens)
    ):
        # an introductory phrase: "On Sunday, …", "Immediately after the attacks, …"
        commas = [i for i, t in enumerate(tokens[:30]) if t.group() == ","]
        if not commas or commas[0] >= 15:
            return None
        first = commas[0] + 1
        for comma in commas[1:3]:
            # "On Thursday, after remaining neutral …, Warren endorsed": a second
            # introductory phrase, or the state of "At a rally in Aspen, Colo., …"
            if first >= len(tokens) or not (
                tokens[first].group().lower() in _INTRO_WORDS or _is_state(tokens, first, comma)
            ):
                break
            first = comma + 1
    end = first
    while end < len(tokens) and end - first < 9 and _in_subject(tokens, first, end):
        end += 1
    if end == first or end >= len(tokens):
        return None
    if end - first == 1 and tokens[first].group().lower() in _DETERMINERS:
        return None
    head_end = end
    if tokens[end].group() == "(":
        # "Sen. Richard J. Durbin (D-Ill.), noting …, said"
        closing = [i for i in range(end + 1, min(len(tokens), end + 8)) if tokens[i].group() == ")"]
        end = closing[0] + 1 if closing and closing[0] + 1 < len(tokens) else end
    if tokens[end].group() in _APPOSITIVE_STOPS:
        # "Gingrich — mentioned by Newsmax as … — told": the name is the head, the
        # words between the dashes describe him
        dash = tokens[end].group()
        second_dash = next(
            (i for i in range(end + 2, min(len(tokens), end + 40)) if tokens[i].group() == dash),
            end,
        )
        return Tag(
            tokens[first].start(),
            tokens[second_dash - 1].end(),
            tokens[first].start(),
            tokens[head_end - 1].end(),
            cue,
        )
    if not (tokens[end].group()[0].isalpha() or tokens[end].group() == ","):
        return None
    mention_end = _appositive_end(tokens, end)
    if mention_end > end and mention_end + 1 < len(tokens):
        mention_end += 1
    return Tag(
        tokens[first].start(),
        tokens[max(mention_end, end) - 1].end(),
        tokens[first].start(),
        tokens[head_end - 1].end(),
        cue,
    )


def _agency_dateline_end(tokens: list[re.Match[str]]) -> int:
    """Just after a dateline naming a news agency ("Washington (AFP) – …",
    "WASHINGTON, Dec. 8 (UPI) — …"), else 0."""
    for close in range(2, min(len(tokens) - 2, 10)):
        if tokens[close].group() == ")" and tokens[close - 2].group() == "(":
            agency = tokens[close - 1].group()
            dash = tokens[close + 1].group() in ("\u2014", "\u2013", "-")
            return close + 2 if dash and (agency.isupper() or agency == "Reuters") else 0
    return 0


_CONJUNCTIONS = _words("But And Yet So Still")
_THEN = _words("then now later also again still even")


def _is_state(tokens: list[re.Match[str]], first: int, comma: int) -> bool:
    """Whether the words up to ``comma`` are a place after a place ("Aspen,
    Colo.", "Columbus, Ohio"): a US state, or its abbreviation."""
    words = " ".join(token.group() for token in tokens[first:comma])
    return words.lower() in PLACES or _STATE_ABBREVIATION.fullmatch(words) is not None


_STATE_ABBREVIATION = re.compile(
    r"(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo"
    r"|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo|N\.[HJMYCD]\.|S\.[CD]\.)\.?"
)


def _time_opener(tokens: list[re.Match[str]]) -> bool:
    """A sentence opening with a span of time ("A month later, he …", "Eight
    years ago, …", "Hours after the attack, …") names no subject before its comma."""
    words = [token.group().lower() for token in tokens[:3]]
    if not words:
        return False
    if words[0] in _TIME_NOUNS and words[0].endswith("s"):
        return True
    return (
        len(words) == 3
        and words[1] in _TIME_NOUNS
        and words[2] in _TIME_AFTER
        and (words[0] in _COUNT_WORDS or words[0].isdigit())
    )


_TIME_NOUNS = _words(
    """minute minutes hour hours day days week weeks month months year years decade decades
    moments"""
)
_TIME_AFTER = _words("later ago earlier after before")
_COUNT_WORDS = _words(
    "a an one two three four five six seven eight nine ten twelve few several many some"
)


def _in_subject(tokens: list[re.Match[str]], first: int, index: int) -> bool:
    token = tokens[index].group()
    lower = token.lower().replace("\u2019", "'")
    if index == first:
        # after an introductory phrase: "In three interviews, the justice …"
        after_intro = first > 0 and tokens[first - 1].group() == ","
        return _can_start_subject(token, lower) or (
            after_intro and (lower in _DETERMINERS or lower in _PRONOUN_SUBJECTS)
        )
    if lower in _PRONOUN_SUBJECTS or tokens[first].group().lower() in _PRONOUN_SUBJECTS:
        return False
    if token[0].isupper() or lower in ("of", "for"):
        return True
    if _role_between_names(tokens, index):
        return True
    if _object_of_of(tokens, first, index, lower):
        return True
    if tokens[index - 1].group()[0].isupper() and _head_noun(tokens, first, index, lower):
        return True  # "A 2014 House Intelligence Committee report"
    # lowercase nouns only right after a determiner: "The campaign", "Rubio's campaign"
    opener = tokens[first].group().lower().replace("\u2019", "'")
    return (
        (
            opener in _DETERMINERS
            or opener.endswith(("'s", "s'"))
            or _adjective_opener(tokens, first, index)
        )
        and lower not in _NP_STOP
        and index - first < 4
        and (lower not in CUE_VERBS or _state_before_noun(tokens, index, lower))
        and not lower.endswith("n't")
        and lower not in _IRREGULAR_PAST
        and (not _skippable(token) or _ordinal_before_noun(tokens, index, lower))
        and not (index - first > 1 and lower.endswith("ed"))
        and not _verb_with_object(tokens, index, lower)
    )


def _state_before_noun(tokens: list[re.Match[str]], index: int, lower: str) -> bool:
    """ "Kemp's Oregon state director": "state" before a noun is no cue verb."""
    if lower != "state" or index + 1 >= len(tokens):
        return False
    following = tokens[index + 1].group()
    return following.isalpha() and following.islower() and following not in _NP_STOP


def _adjective_opener(tokens: list[re.Match[str]], first: int, index: int) -> bool:
    """ "Legal observers", "Federal labor organizations", "Corporate
    lobbyists": a capitalised word shaped like an adjective opens a subject whose
    head is a noun after it, as a determiner does; a plural noun ends it
    ("Legal observers note …")."""
    previous = tokens[index - 1].group()
    plural = index - 1 > first and previous.endswith("s") and not previous.endswith("ss")
    noun = tokens[index].group()
    return (
        noun.isalpha()
        and noun.islower()
        and _adjective_shaped(tokens[first].group())
        and not plural
    )


def _adjective_shaped(word: str) -> bool:
    return word[0].isupper() and not word.isupper() and word.lower().endswith(_ADJECTIVE_ENDINGS)


def _adjective_head(head: str) -> bool:
    """ "Federal labor organizations": the capitalised adjective is no name,
    the speaker is the whole phrase."""
    words = head.split()
    return len(words) > 1 and words[-1].islower() and _adjective_shaped(words[0])


_ADJECTIVE_ENDINGS = ("al", "ar", "ic", "ous", "ive", "ate", "ent", "ant", "ern", "mer")


def _ordinal_before_noun(tokens: list[re.Match[str]], index: int, lower: str) -> bool:
    """ "The former first lady": "first" before a noun is an ordinal, not the
    adverb of "The campaign first said"."""
    if lower != "first" or index + 1 >= len(tokens):
        return False
    noun = tokens[index + 1].group()
    return (
        noun.isalpha()
        and noun.islower()
        and noun not in _NP_STOP
        and noun not in CUE_VERBS
        and noun not in _IRREGULAR_PAST
        and not noun.endswith("ed")
        and not _skippable(noun)
    )


def _verb_with_object(tokens: list[re.Match[str]], index: int, lower: str) -> bool:
    """ "Hoff's letter makes a case", "the page lists him", "the ad hits
    Clinton": a word in -s followed by an object is the verb after the
    subject, not a plural noun ("the campaign officials said")."""
    if not lower.endswith("s") or lower.endswith(("ss", "'s")) or index + 1 >= len(tokens):
        return False
    following = tokens[index + 1].group()
    return following[0].isupper() or following.lower() in _OBJECT_OPENERS


_OBJECT_OPENERS = _DETERMINERS | _words("him them us me off")


def _object_of_of(tokens: list[re.Match[str]], first: int, index: int, lower: str) -> bool:
    """ "The former secretary of state", "A member of the family": one noun
    after "of" (or "of the") belongs to a subject that opens with a determiner,
    even a noun that can be a verb ("state")."""
    if tokens[first].group().lower() not in _DETERMINERS or index + 1 >= len(tokens):
        return False
    previous = tokens[index - 1].group().lower()
    after_of = previous == "of" or (previous == "the" and tokens[index - 2].group() == "of")
    return after_of and lower.isalpha() and lower not in _NP_STOP and lower not in _DETERMINERS


def _head_noun(tokens: list[re.Match[str]], first: int, index: int, lower: str) -> bool:
    """One lower-case noun closing a determiner-led run of capitalised words;
    verbs ("Trump offered", "The ad hits") are told apart by their endings."""
    if tokens[first].group().lower() not in _DETERMINERS or index + 1 >= len(tokens):
        return False
    if lower in _NP_STOP or lower in CUE_VERBS or lower in _IRREGULAR_PAST or _skippable(lower):
        return False
    verb_like = lower.endswith(("ed", "ing", "n't")) or (
        lower.endswith("s") and not lower.endswith("ss")
    )
    return not verb_like


def _role_between_names(tokens: list[re.Match[str]], index: int) -> bool:
    """ "Clinton campaign spokesman Brian Fallon": lower-case role words
    followed by a name belong to the subject."""
    for ahead in range(index, min(index + 3, len(tokens))):
        word = tokens[ahead].group()
        if word[0].isupper():
            return ahead > index
        if not word[0].isalpha() or word in _NP_STOP or word in CUE_VERBS or _skippable(word):
            return False
        if word.endswith("ed"):
            return False  # "Todd pressed Reince Priebus": a verb, not a role
    return False


def _can_start_subject(token: str, lower: str) -> bool:
    if not token[0].isupper() or lower.endswith(("ing", "ly")):
        return False
    if lower.endswith("'s"):
        return lower[:-2] not in _FUNCTION_START  # "Rubio's campaign", not "That's"
    return lower in _DETERMINERS or lower in _PRONOUN_SUBJECTS or lower not in _FUNCTION_START


_IRREGULAR_PAST = _words(
    """left sought took made gave told got went came saw thought felt kept held brought stood
    ran met won lost began became led set paid sent spent built found fell knew grew drew
    threw broke spoke chose rose sat heard meant struck hit cut let goes"""
)
_FUNCTION_START = _words(
    """it there this that these those what why how if when while as but and or so yet
    many some most all both each few several no not one two three others moreover wait
    according partial here now thus still"""
)


def _carry_over(text: str, spans: list[QuoteSpan], tags: list[Tag | None]) -> None:
    """Untagged quotes take the speaker of a neighbouring quote: the rest of
    a quote running over paragraphs, a quote in the same paragraph, or, for a
    quote opening its paragraph, the speaker introduced in the one before."""
    for number in range(len(spans) - 2, -1, -1):
        if tags[number] is None and spans[number + 1].continued:
            tags[number] = tags[number + 1]
        elif _same_sentence(text, spans[number], spans[number + 1]):
            # "The program was a “good thing” that yielded “good information,” he
            # remarked": the tag of the next quote in the sentence beats its subject
            _take_cued_tag(tags, number, number + 1)
    for number in range(1, len(spans)):
        tag, earlier = tags[number], tags[number - 1]
        if (
            tag is not None
            and earlier is not None
            and earlier.start <= tag.start < earlier.end
            and text[tag.head_start : tag.head_end] in _RELATIVE_SUBJECTS
        ):
            # "“…,” said Ann Lee, a teacher who said she would march. “…”": the
            # clause is part of the earlier speaker's description, not a new tag
            tags[number] = earlier
    for number in range(1, len(spans)):
        if _same_sentence(text, spans[number - 1], spans[number]):
            # "Rubio said that by refusing to say “radical Islam,” Democrats are
            # “saying …”": without a cue of its own, the quote is the earlier speaker's
            _take_cued_tag(tags, number, number - 1)
    for number, span in enumerate(spans):
        if tags[number] is not None:
            continue
        same_para = [
            other
            for other in range(max(0, number - 4), min(len(spans), number + 5))
            if spans[other].paragraph == span.paragraph and tags[other] is not None
        ]
        if len(same_para) > 1:
            # "said Ana Ruiz, the author of “Hacked Town Hall,” who …. “…”": a
            # title inside the tag has a tag cut at its own mark; take another's
            untitled = [other for other in same_para if not _title_in_tag(text, spans[other])]
            same_para = untitled or same_para
        if same_para:
            tags[number] = tags[min(same_para, key=lambda other: abs(other - number))]
        elif span.continued or span.mark_start == span.paragraph.start:
            tags[number] = _previous_speaker(text, spans, tags, number)
        else:
            tags[number] = _nearest_subject(text, span.paragraph.start, span.mark_start)


def _take_cued_tag(tags: list[Tag | None], number: int, other: int) -> None:
    """Quote ``number``, with no tag or one without a cue, takes the tag of
    quote ``other`` of its sentence when that one has a cue."""
    tag, lender = tags[number], tags[other]
    if (tag is None or tag.cue is None) and lender is not None and lender.cue:
        tags[number] = lender


def _same_sentence(text: str, span: QuoteSpan, following: QuoteSpan) -> bool:
    """Whether ``following`` continues the sentence of ``span``."""
    if following.paragraph != span.paragraph or following.continued:
        return False
    if text[span.mark_end - 2 : span.mark_end - 1] in (".", "!", "?"):
        return False
    return _SENTENCE_END.search(text, span.mark_end, following.mark_start) is None


def _previous_speaker(
    text: str, spans: list[QuoteSpan], tags: list[Tag | None], number: int
) -> Tag | None:
    """The speaker of the paragraph before: one it introduces ("Cruz
    continued:"), its last quote's, or its subject."""
    previous = _previous_paragraph(text, spans[number].paragraph.start)
    if previous is None:
        return None
    start, end = previous
    if text[end - 1] == ":":
        sentence = _sentence_start(text, start, end - 1)
        tag = _tag_before(text, sentence, end) or _subject_of(text, sentence, end)
        if tag is not None:
            return tag
    if number > 0 and spans[number - 1].mark_end >= start:
        return tags[number - 1]
    # the nearest sentence of that paragraph with a named subject
    starts = [start] + [m.end() for m in _SUBJECT_BREAK.finditer(text, start, end)]
    for sentence in reversed(starts):
        tag = _subject_of(text, sentence, end)
        if tag is not None and text[tag.head_start].isupper():
            return tag
    return None


_SUBJECT_WINDOW = 2_000


def _nearest_subject(text: str, start: int, before: int) -> Tag | None:
    """The named subject of the nearest sentence before ``before`` in the
    paragraph: who the paragraph is about when the quote has no tag."""
    # a bounded window keeps a huge paragraph full of untagged quotes linear
    floor = max(start, before - _SUBJECT_WINDOW)
    starts = [start] if floor == start else []
    starts += [m.end() for m in _SUBJECT_BREAK.finditer(text, floor, before)]
    for sentence in reversed(starts[-4:]):
        tag = _subject_of(text, sentence, before)
        if tag is not None and text[tag.head_start].isupper():
            return tag
    return None


def _previous_paragraph(text: str, para_start: int) -> tuple[int, int] | None:
    end = para_start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end == 0:
        return None
    return text.rfind("\n", 0, end) + 1, end
