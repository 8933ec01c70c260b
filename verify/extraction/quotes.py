"""Quote stage: pair quote marks, then name who said each quote.

Pairing is one left-to-right pass over the double quote marks of each
paragraph (curly, straight, ``''``, guillemets, „low-high“), deciding from the
characters around a mark whether it opens or closes. State never crosses a
paragraph break except for the news convention of a quote that runs over
several paragraphs (each re-opens, only the last closes), so an unmatched mark
costs at most one quote. A quote opening inside an open one is nested in it
when its closing mark is followed by the outer one's ("“Ask if “Lock her up”
is fair,” she said": one quote), and otherwise takes the earlier opener for
unmatched.

A second pass pairs the single marks (‘ ’ and ') that lie outside every
double-quoted span: British copy and headlines quote in single marks. An
apostrophe looks like a closing single mark, so the roles are strict: a mark
between letters or digits is never a quote mark ("Kyiv's", "O'Brien"), nor
are the usual elisions ("rock 'n' roll", "'90s", "'em"); ’ never opens and ‘
never closes. A closing mark that may be a plural possessive or a dropped g
("the players' union", "goin' home") closes a quote only when no clearer
closing mark follows before the next opening one. Single marks inside a
double-quoted span are nested quotes and are skipped. When a single-quoted span
holds double-quoted ones, the article's main family decides which level is the
quote: in British style (more single than top-level double quotes) the double
quotes are nested and dropped; otherwise the single span is taken for a
mis-paired apostrophe and dropped. American copy also repeats its quotes in
single marks in headlines and subheadings: a single-quoted span whose words lie
inside a double-quoted one is that echo and is dropped too, and so is one in
the text's first paragraph, its headline, which recasts words rather than
quoting them.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from typing import NamedTuple

from verify.extraction.attribution import attribute
from verify.extraction.entities import EntityIndex, find_entities
from verify.extraction.segmentation import Span, paragraphs
from verify.extraction.titles import only_a_title
from verify.extraction.types import Entity, Quote

# '' (two apostrophes) stands for a double quote in NYT wire text. Each
# pattern opens with one character class (an apostrophe is a mark here only
# when a second one follows) so that the regex engine skips to the next
# candidate instead of trying the whole pattern at every position.
_MARK = re.compile("[\"\u201c\u201d\u201e\u00ab\u00bb'](?:(?<!')|')")
# the one-character marks _MARK finds (with '', found apart: see _mark_spans)
_MARK_CHARS = '"\u201c\u201d\u201e\u00ab\u00bb'
_OPENERS = "\u201c\u201e\u00ab"
_CLOSERS = "\u201d\u00bb"
# what a closing mark of each opening family may be
_CLOSES = {
    "\u201c": '\u201d"',
    "\u201e": '\u201c\u201d"',
    "\u00ab": "\u00bb",
    "\u00bb": "\u00ab",  # German copy quotes »the other way«
    '"': '"\u201d',
    "''": "''\u201d",
}
_BEFORE_OPEN = " \t\n([{\u2014\u2013-/:\u00a0"
# the speech tag after a quote whose closing mark is missing: ", Peskov told …",
# ", the minister said", ", said Ann Lee"
_OPEN_QUOTE_TAG = re.compile(
    r",[ \u00a0]+(?:(?:(?:[A-Z][\w.'\u2019-]*|he|she|they|the|a|an)[ \u00a0]+){1,5}"
    r"(?:said|says|told|tells|added|adds|wrote|writes|asked|warned|replied|insisted)\b"
    r"|(?:said|says|told|added|wrote|asked)[ \u00a0]+[A-Z])"
)
_WORD_CHAR = re.compile(r"\w")
# the words of a span, to compare a headline echo with a quote
_WORD = re.compile(r"\w+")
_NON_SPACE = re.compile(r"\S")

# single marks; '' is a double quote and is skipped
_SINGLE_MARK = re.compile("[\u2018\u2019'\u2039\u203a](?:(?<=')')?")
_SINGLE_OPENERS = "\u2018'\u2039"
_SINGLE_CLOSERS = "\u2019'\u203a"
# what may come right before a single opening mark and right after it
_BEFORE_SINGLE_OPEN = _BEFORE_OPEN + '\u201c\u201e\u00ab"'
_AFTER_SINGLE_OPEN = '\u201c\u201e\u00ab"(\u2026$\u00a3\u20ac#'
# what may come right before a single closing mark and right after it
_BEFORE_SINGLE_CLOSE = '.,!?;:\u2026%)]\u201d"\u00bb\u2014\u2013-'
_AFTER_SINGLE_CLOSE = '.,;:!?)]}\u2026\u2014\u2013-/\u201d"\u00bb'
# an opening-looking mark that starts an elision: 'n', 'em, 'cause, 'til, '90s, '16
_ELISION = re.compile(
    r"(?i:n[\u2018\u2019'](?!\w)|(?:em|cause|cos|cuz|til|tis|twas|round|bout|nother)\b"
    r"|\d\d(?:s\b|(?!\w)))"
)
# with the character before it, a superset of the single marks that can open;
# one pattern per mark, as a pattern that opens with a literal character is
# searched much faster than one that opens with a character class
_MAY_OPEN_SINGLE = (
    *(re.compile(re.escape(mark) + "(?<!\\w.)(?=[^\\s'])") for mark in "\u2018'"),
    re.compile("\u2039"),  # a single guillemet may have a space inside it
)
# single guillemets: the single marks of French and Swiss quotes
_GUILLEMETS = "\u2039\u203a"
# roles of a single mark
_NONE, _OPEN, _WEAK_CLOSE, _CLOSE = 0, 1, 2, 3


# a NamedTuple, not a frozen dataclass, so that it is cheap to make
class QuoteSpan(NamedTuple):
    """Quoted words (``start``/``end``, marks excluded) and their marks."""

    start: int
    end: int
    mark_start: int
    mark_end: int
    paragraph: Span
    # re-opened in a new paragraph: the same utterance as the quote before it
    continued: bool = False


def extract_quotes(
    text: str, *, index: EntityIndex | None = None, paras: tuple[Span, ...] | None = None
) -> tuple[tuple[Quote, ...], tuple[Entity, ...]]:
    """Quotes of ``text`` with their speakers, and the speakers found.
    ``index`` is the entity index and ``paras`` the paragraphs of ``text``
    when the caller has them already (the claim stage needs the same)."""
    spans = pair_quote_marks(text, paras)
    if index is None:
        index = find_entities(text)
    quotes = attribute(text, spans, index)
    # a programme, a book or a slogan on a hat is no speech, whatever the model says
    titles = {span.start for span in spans if only_a_title(text, span)}
    if titles:
        quotes = [pair for pair in quotes if pair[0].start not in titles]
    if "lick" in text or "LICK" in text:
        # (most texts have no "click": one search skips them)
        controls = {span.start for span in spans if _names_a_control(text, span)}
        quotes = [pair for pair in quotes if pair[0].start not in controls]
    quotes = _listed_with_the_one_before(text, [_unattributed(text, pair) for pair in quotes])
    speakers: dict[str, Entity] = {}
    for quote, entity in quotes:
        if entity is not None and quote.speaker is not None:
            speakers.setdefault(entity.name, entity)
    return tuple(q for q, _ in quotes), tuple(speakers.values())


def _unattributed(text: str, pair: tuple[Quote, Entity | None]) -> tuple[Quote, Entity | None]:
    """A quote with no cue of its own after a passive report with no agent
    ("Priebus was said to be “furious”", "what has been described as a
    “political army”") is words no one in the text is said to have said: it
    has no speaker, not the subject a sentence around it opens with."""
    quote = pair[0]
    if quote.speaker is None:
        return pair
    if (
        quote.cue is None
        and _AGENTLESS_REPORT.search(text[max(0, quote.start - 60) : quote.start])
        and not _BY_AGENT.match(text, quote.end)
    ) or _called_out(text, quote.start):
        return replace(quote, speaker=None, speaker_mention=None, cue=None), None
    return pair


# "was said to be", "is reported to have been", "has been described as a",
# then the opening mark
_AGENTLESS_REPORT = re.compile(
    r"\b(?:is|are|was|were|be|been|being)[ \u00a0]+"
    r"(?:said|reported|described|rumou?red|alleged|believed)"
    r"(?:[ \u00a0]+to[ \u00a0]+(?:be|have(?:[ \u00a0]+been)?)|[ \u00a0]+as)?"
    r"(?:[ \u00a0]+(?:an?|the))?[ \u00a0]*[\"\u201c\u201e\u00ab'\u2018]{1,2}[ \u00a0]*\Z"
)


def _called_out(text: str, start: int) -> bool:
    """Whether the quote starting at ``start`` follows "to chants of" or the like."""
    floor = max(0, start - 60)
    # most quotes: no "of" or "for" right before the opening mark (a few
    # strips in C spare the pattern's try at each offset of the 60 characters)
    words = text[floor:start].rstrip(" \u00a0").rstrip("\"\u201c\u201e\u00ab'\u2018")
    if not words.rstrip(" \u00a0").endswith(("of", "for")):
        return False
    return _CALLED_OUT.search(text, floor, start) is not None


# "to (loud) chants of", "there were near-constant calls of", "amid cries of",
# then the opening mark: words an unnamed crowd called out
_CALLED_OUT = re.compile(
    r"(?:\b[Tt]o|\b[Tt]here[ \u00a0]+(?:was|were|came)|\b[Aa]mid)(?:[ \u00a0]+[a-z-]+){0,2}?"
    r"[ \u00a0]+(?:chants?|cries|calls|shouts|cheers|chorus|roars?|jeers|boos|screams|yells)"
    r"[ \u00a0]+(?:of|for)[ \u00a0]*[\"\u201c\u201e\u00ab'\u2018]{1,2}[ \u00a0]*\Z"
)
# "… described as “…” by Ana Ruiz": the agent after the quote names the speaker
_BY_AGENT = re.compile("[\"\u201d\u00bb'\u2019]{0,2}[,.]?[ \u00a0]+by[ \u00a0]")


def _listed_with_the_one_before(
    text: str, quotes: list[tuple[Quote, Entity | None]]
) -> list[tuple[Quote, Entity | None]]:
    """A quote with no cue of its own joined to the quote before it by "or",
    "and" or a comma ("known as “rabbit patches” or “goat farms”", "compared
    them to “thieves” and “liars”") is listed with it: it has that quote's
    speaker, or none when that one has none, not the subject its sentence
    happens to open with. Words listed after words a crowd called out ("calls
    of “Go Ana” and “Love you, Ana”") were called out too, whatever tag the
    paragraph carries over to them."""
    for number in range(1, len(quotes)):
        quote, _ = quotes[number]
        before, entity = quotes[number - 1]
        if (
            quote.speaker != before.speaker
            and _LISTED.fullmatch(text, before.end, quote.start) is not None
            and (quote.cue is None or _called_out(text, before.start))
        ):
            listed = replace(
                quote,
                speaker=before.speaker,
                speaker_mention=before.speaker_mention,
                cue=before.cue,
            )
            quotes[number] = (listed, entity)
    return quotes


# the closing mark of a quote, "or", "and" or a comma, and the opening mark of the next
_LISTED = re.compile(
    "[\"\u201d\u00bb'\u2019]{1,2}(?:,|,?[ \u00a0]+(?:or|and))[ \u00a0]*"
    "[\"\u201c\u201e\u00ab'\u2018]{1,2}"
)


def _names_a_control(text: str, span: QuoteSpan) -> bool:
    """Whether the quote names a button or link to press ("click “sign up.”"):
    a label, not words anyone said."""
    before = text[max(span.paragraph.start, span.mark_start - 16) : span.mark_start]
    return _CONTROL_CUE.search(before) is not None


# a verb for pressing a control right before the opening mark ("press" is also
# the newspapers: "told the press “…”")
_CONTROL_CUE = re.compile(r"\b(?i:click|clicks|clicked|clicking)(?:[ \u00a0]+on)?[ \u00a0]*\Z")


def pair_quote_marks(text: str, paras: tuple[Span, ...] | None = None) -> list[QuoteSpan]:
    """Every stretch of text between paired quote marks, in order: double
    quotes, and single quotes outside them (see the module docstring);
    ``paras`` are the text's paragraphs when the caller has them."""
    doubles: list[QuoteSpan] = []
    quoted: list[tuple[int, int]] = []
    if paras is None:
        paras = paragraphs(text)
    marks = _mark_spans(text)
    carried = False
    first = 0
    for number, para in enumerate(paras):
        # the paragraph's marks: none lies between paragraphs (a mark is no space)
        last = bisect_left(marks, (para.end,), first)
        if last == first:
            # no mark (most paragraphs): nothing to pair, nothing carried on
            carried = False
            continue
        following = paras[number + 1] if number + 1 < len(paras) else None
        carried = _pair_paragraph(
            text, para, following, carried, doubles, quoted, marks[first:last]
        )
        first = last
    # most texts have no mark that could open a single quote: one search skips them
    hints = sorted(
        match.start()
        for pattern in _MAY_OPEN_SINGLE
        for match in pattern.finditer(text)
        if match.start() == 0
        or text[match.start() - 1] in _BEFORE_SINGLE_OPEN
        or text[match.start() - 1].isspace()
    )
    if not hints:
        return doubles
    singles: list[QuoteSpan] = []
    carried = False
    number = first = 0
    previous = -1
    for position in hints:
        while number < len(paras) and paras[number].end <= position:
            number += 1
        if number == len(paras):
            break
        para = paras[number]
        if number == previous or position < para.start:
            continue
        if number != previous + 1:
            carried = False  # nothing opened in the paragraph before, nothing was carried in
        previous = number
        # the double-quoted stretches of this paragraph
        while first < len(quoted) and quoted[first][0] < para.start:
            first += 1
        last = first
        while last < len(quoted) and quoted[last][0] < para.end:
            last += 1
        following = paras[number + 1] if number + 1 < len(paras) else None
        carried = _pair_single_paragraph(
            text, para, following, carried, quoted[first:last], singles
        )
    if not singles:
        return doubles
    return _merge_levels(text, doubles, singles)


def _pair_paragraph(
    text: str,
    para: Span,
    following: Span | None,
    continued: bool,
    out: list[QuoteSpan],
    quoted: list[tuple[int, int]],
    marks: list[tuple[int, int]],
) -> bool:
    """Pairs the ``marks`` of one paragraph (their spans, in order) into
    ``out``; returns True when a quote stays open into ``following`` (which
    re-opens it). Every stretch from an opening mark to its closing one, or to
    where an unmatched one was dropped, goes to ``quoted``: single marks there
    are nested quotes."""
    opened: tuple[int, int] | None = None
    number = 0
    while number < len(marks):
        mark = marks[number]
        number += 1
        if opened is None:
            if _can_open(text, mark):
                opened = mark
            continue
        if _can_close(text, opened, mark):
            _emit(text, opened[1], mark[0], opened[0], mark[1], para, continued, out)
            continued = False
            quoted.append((opened[0], mark[1]))
            opened = None
        elif _can_open(text, mark):
            if _nested_in(text, opened, mark, marks[number : number + 2]):
                # “A “B” C”: a quote nested in marks of the same family
                number += 1  # the outer quote closes at the next mark
                continue
            quoted.append((opened[0], mark[0]))
            if opened[0] == para.start or _opens_a_sentence(text, para, opened[0]):
                # "“We must act now, he said, “before it is too late.”": the
                # unmatched opener's words end at the tag before the new one
                tag = _OPEN_QUOTE_TAG.search(text, opened[1], mark[0])
                if tag is not None:
                    end = tag.start() + 1
                    _emit(text, opened[1], end, opened[0], end, para, continued, out)
                    continued = False
            opened = mark  # the earlier opener was unmatched: drop it, stay local
    if opened is None:
        return False
    quoted.append((opened[0], para.end))
    if following is not None and _MARK.match(text, following.start):
        _emit(text, opened[1], para.end, opened[0], para.end, para, continued, out)
        return True
    if opened[0] == para.start or _opens_a_sentence(text, para, opened[0]):
        # a quote paragraph whose closing mark is missing: to the speech tag
        # that closes it ("« The ball is in Kyiv's court, Peskov told reporters.")
        tag = _OPEN_QUOTE_TAG.search(text, opened[1], para.end)
        end = para.end if tag is None else tag.start() + 1
        # (a closing mark typed as an opening one ends no quote: “We won. “)
        words_end = len(text[opened[1] : end].rstrip(_SPACE_OR_OPENER)) + opened[1]
        _emit(text, opened[1], words_end, opened[0], end, para, continued, out)
    elif text[para.start : opened[0]].rstrip().endswith(":"):
        # "Peskov told reporters: « The ball is in Kyiv's court.": to the paragraph's end
        _emit(text, opened[1], para.end, opened[0], para.end, para, continued, out)
    return False


def _opens_a_sentence(text: str, para: Span, mark: int) -> bool:
    """Whether the mark at ``mark`` opens a sentence after another one of the
    paragraph (“…,” said Ann Lee. “We will win.), not a quote inside one."""
    before = text[max(para.start, mark - 3) : mark].rstrip(" \u00a0")
    return before.endswith(_SENTENCE_ENDS)


_SPACE_OR_OPENER = " \t\u00a0" + _OPENERS

# a sentence's end, with the closing mark of a quote that ends it
_SENTENCE_ENDS = tuple(
    stop + mark for stop in ".!?" for mark in ("", '"', "\u201d", "''", "\u00bb")
)


def _nested_in(
    text: str, opened: tuple[int, int], mark: tuple[int, int], after: list[tuple[int, int]]
) -> bool:
    """Whether the quote opening at ``mark`` inside the one ``opened`` is
    nested in it: the next mark closes it and the one after closes the outer
    quote ("“Ask him if “Lock her up” is fair,” she said")."""
    return (
        len(after) == 2
        and _WORD_CHAR.search(text, opened[1], mark[0]) is not None  # not "“ typed twice
        and _can_close(text, mark, after[0])
        and not _can_open(text, after[0])
        and _can_close(text, opened, after[1])
        and not _can_open(text, after[1])
    )


def _mark_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the marks ``_MARK`` finds in ``text``, in order. Each mark
    character is looked for with ``str.find``, which skips to it far faster
    than the regex engine tests a character class at every position; '' pairs
    left to right, as the pattern does (a run of three is one mark and a lone
    apostrophe)."""
    spans: list[tuple[int, int]] = []
    for char in _MARK_CHARS:
        at = text.find(char)
        while at >= 0:
            spans.append((at, at + 1))
            at = text.find(char, at + 1)
    at = text.find("''")
    while at >= 0:
        spans.append((at, at + 2))
        at = text.find("''", at + 2)
    spans.sort()
    return spans


def _emit(
    text: str,
    start: int,
    end: int,
    mark_start: int,
    mark_end: int,
    para: Span,
    continued: bool,
    out: list[QuoteSpan],
) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if _WORD_CHAR.search(text, start, end):
        # tuple.__new__ builds the record in C, not through the named tuple's
        # constructor, a Python function
        span = (start, end, mark_start, mark_end, para, continued)
        out.append(tuple.__new__(QuoteSpan, span))


def _can_open(text: str, mark: tuple[int, int]) -> bool:
    start, end = mark
    char = text[start:end]
    after = text[end : end + 1]
    before = text[start - 1 : start]
    if char in _CLOSERS:
        # German copy quotes »the other way«: a » between a space and a word opens
        return char == "\u00bb" and after.isalnum() and (not before or before in _BEFORE_OPEN)
    if char == "\u00ab":
        return True  # French style puts a space inside guillemets
    if not after or after.isspace():
        # "said. “ You know, …”": a curly opener after a space opens even with
        # a space inside it ("world“ and" and "that. “" at a line's end do not)
        return after == " " and char == "\u201c" and before == " "
    if char in _OPENERS:
        return True
    return not before or before in _BEFORE_OPEN or not before.isalnum()


def _can_close(text: str, opened: tuple[int, int], mark: tuple[int, int]) -> bool:
    start, end = mark
    char = text[start:end]
    if char == "\u201c" and _looks_closing(text, start, end):
        return True  # “…“ : a closing mark typed as an opening one
    if char not in _CLOSES.get(text[opened[0] : opened[1]], _CLOSERS):
        return False
    if char in _CLOSERS or char == "\u201c":
        return True
    # a straight mark closes unless it clearly opens a new quote ("A "B")
    before = text[start - 1 : start]
    after = text[end : end + 1]
    return not (before.isspace() and after.isalnum())


def _looks_closing(text: str, start: int, end: int) -> bool:
    before = text[start - 1 : start]
    after = text[end : end + 1]
    return bool(before) and not before.isspace() and (not after or not after.isalnum())


def _pair_single_paragraph(
    text: str,
    para: Span,
    following: Span | None,
    continued: bool,
    nested: list[tuple[int, int]],
    out: list[QuoteSpan],
) -> bool:
    """Pairs the single marks of one paragraph that lie outside the ``nested``
    stretches (double-quoted, in order) into ``out``, like
    ``_pair_paragraph``."""
    marks: list[tuple[int, int]] = []
    stretches = iter(nested)
    stretch = next(stretches, None)
    skip_until = para.start
    for match in _SINGLE_MARK.finditer(text, para.start, para.end):
        position = match.start()
        while stretch is not None and stretch[1] <= position:
            stretch = next(stretches, None)
        if position < skip_until or match.group() == "''":
            continue
        if stretch is not None and stretch[0] <= position:
            continue  # nested in a double quote
        role = _single_role(text, position, para)
        if role == _NONE and _ELISION.match(text, position + 1):
            skip_until = position + 3  # the closing mark of 'n'
        if role != _NONE:
            marks.append((position, role))
    # for a possible possessive: does a clear closing mark come before the next opening one?
    clear_close_ahead = [False] * len(marks)
    ahead = False
    for number in range(len(marks) - 1, -1, -1):
        clear_close_ahead[number] = ahead
        role = marks[number][1]
        if role == _CLOSE:
            ahead = True
        elif role == _OPEN:
            ahead = False
    opened: int | None = None
    stretch_number = 0
    last_nested = -1  # start of the last double-quoted stretch before the mark
    for number, (position, role) in enumerate(marks):
        while stretch_number < len(nested) and nested[stretch_number][0] < position:
            last_nested = nested[stretch_number][0]
            stretch_number += 1
        if opened is None:
            if role == _OPEN:
                opened = position
            continue
        guillemet = text[opened] == "\u2039"
        if guillemet != (text[position] == "\u203a") and (guillemet or role != _OPEN):
            continue  # only › closes ‹, and the marks between are nested; › closes nothing else
        # a possessive or elision closes only a plain quote with nothing clearer ahead
        if role == _CLOSE or (
            role == _WEAK_CLOSE and not clear_close_ahead[number] and last_nested < opened
        ):
            if not (guillemet and text.find("|", opened, position) >= 0):
                # (a web page's "‹ Previous | Next ›" is navigation, not a quote)
                _emit(text, opened + 1, position, opened, position + 1, para, continued, out)
            continued = False
            opened = None
        elif role == _OPEN:
            opened = position  # the earlier opener was unmatched: drop it, stay local
    if opened is None:
        return False
    if following is not None and _single_role(text, following.start, following) == _OPEN:
        _emit(text, opened + 1, para.end, opened, para.end, para, continued, out)
        return True
    if opened == para.start and text[opened] != "\u2039":
        # a quote paragraph whose closing mark is missing (a lone "‹ Back to top"
        # is a web page's link)
        _emit(text, opened + 1, para.end, opened, para.end, para, continued, out)
    return False


def _single_role(text: str, position: int, para: Span) -> int:
    """What the single mark at ``position`` can be, from its neighbours."""
    char = text[position]
    if char not in _SINGLE_OPENERS + _SINGLE_CLOSERS:
        return _NONE
    if char in _GUILLEMETS:
        # never an apostrophe; French style puts a space inside them
        return _OPEN if char == "\u2039" else _CLOSE
    before = text[position - 1] if position > para.start else ""
    after = text[position + 1] if position + 1 < para.end else ""
    if before.isalnum() and after.isalnum():
        return _NONE  # an apostrophe in a word
    if char in _SINGLE_OPENERS and (not before or before in _BEFORE_SINGLE_OPEN):
        if after and (after.isalnum() or after in _AFTER_SINGLE_OPEN):
            return _NONE if _ELISION.match(text, position + 1) else _OPEN
        return _NONE
    if char not in _SINGLE_CLOSERS or not before:
        return _NONE
    if not (before.isalnum() or before in _BEFORE_SINGLE_CLOSE):
        return _NONE
    if after and not (after.isspace() or after in _AFTER_SINGLE_CLOSE):
        return _NONE
    if after.isspace() and _may_be_possessive(text, position):
        return _WEAK_CLOSE
    return _CLOSE


def _may_be_possessive(text: str, position: int) -> bool:
    """A mark after a word ending in s or a dropped g, followed by a lower-case
    word: "the players' union", "goin' home", "good ol' days"."""
    following = text[position + 2 : position + 3]
    if not (following.islower() or following.isdigit()):
        return False
    word_end = text[max(0, position - 3) : position].lower()
    return word_end.endswith(("s", "in")) or word_end == " ol"


def _merge_levels(text: str, doubles: list[QuoteSpan], singles: list[QuoteSpan]) -> list[QuoteSpan]:
    """Both families in text order, one level where a single-quoted span holds
    double-quoted ones (they never cross: single marks inside a double span
    are skipped)."""
    inside = [False] * len(doubles)
    holds = [False] * len(singles)
    number = 0
    for position, single in enumerate(singles):
        while number < len(doubles) and doubles[number].mark_start < single.mark_start:
            number += 1
        while number < len(doubles) and doubles[number].mark_end <= single.mark_end:
            inside[number] = holds[position] = True
            number += 1
    # British style (single quotes with double ones nested) unless the article
    # has more plain double quotes than plain single ones
    if holds.count(False) >= inside.count(False):
        kept = [span for span, nested in zip(doubles, inside, strict=True) if not nested]
        kept += singles
    else:
        kept = [
            span
            for span, held in zip(singles, holds, strict=True)
            if not held and not _in_headline(text, span)
        ]
        kept = _without_echoes(text, kept, doubles) + doubles
    kept.sort(key=lambda span: span.mark_start)
    return kept


def _in_headline(text: str, span: QuoteSpan) -> bool:
    """Whether ``span`` lies in the text's first paragraph with more text
    below it, its headline when it has one. American copy quotes in single
    marks only there, and a headline recasts words (title case, cut short:
    Lund: 'We Will Win') or labels a topic ('Lund Rule' Fails); it is no
    quote of the speaker's own. A text of one paragraph has no headline."""
    para = span.paragraph
    return (
        _NON_SPACE.search(text, 0, para.start) is None
        and _NON_SPACE.search(text, para.end) is not None
    )


def _without_echoes(
    text: str, singles: list[QuoteSpan], doubles: list[QuoteSpan]
) -> list[QuoteSpan]:
    """American copy quotes in double marks and repeats its quotes in single
    marks in the headline and subheadings (Trump: 'We will win' over a body
    holding “We will win, believe me”): a single-quoted span whose words
    lie inside a double-quoted one is that echo, not a second quote."""
    # spaces around every span's words, so that only whole words match
    words = " \n ".join(_plain_words(text, span) for span in doubles)
    quoted = f" {words} "
    return [span for span in singles if f" {_plain_words(text, span)} " not in quoted]


def _plain_words(text: str, span: QuoteSpan) -> str:
    """The words of a span in lower case, one space apart: an echo may
    drop a comma or change the case of a headline's words."""
    return " ".join(_WORD.findall(text[span.start : span.end].lower()))
