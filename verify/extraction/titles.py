"""Titles of works in quote marks: "the author of “Hacked World Order,”" names
a book, not words anyone spoke. The speech model reads these tests as
features, and a title inside a speaker's description is blanked so that its
marks end no phrase of the tag."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from verify.extraction.lexicon import word_set
from verify.extraction.phrases import WORD

if TYPE_CHECKING:
    from verify.extraction.quotes import QuoteSpan


def names_a_work(text: str, span: QuoteSpan) -> bool:
    """A title-case quote after a preposition, a possessive or a word like
    "book" is the name of a work or a show, whatever the sentence reports."""
    before = text[max(span.paragraph.start, span.mark_start - 30) : span.mark_start]
    words = WORD.findall(before)
    if not words:
        return False
    last = words[-1].lower().replace("\u2019", "'")
    if last == "of" and len(words) > 1 and words[-2].lower() in UTTERANCE_NOUNS:
        return False  # "chants of “Ted! Ted!”", "cries of “Bitch!”": words shouted
    return (
        last in _WORK_LEAD_INS
        or (last.endswith("'s") and last not in _IS_CONTRACTIONS)
        or (before.rstrip().endswith(",") and len(words) > 1 and words[-1].lower() in _WORK_NOUNS)
    )


_WORK_LEAD_INS = word_set(
    """on of in to at from titled called named dubbed entitled book film show movie song
    program programme series album novel memoir column podcast"""
)
# nouns for words called out or spoken: the quote after "chants of" or "talk
# of" is what was said
UTTERANCE_NOUNS = word_set(
    "chant chants cry cries shout shouts call calls cheer cheers scream screams talk"
)
# "he's" is "he is", no owner: 'saying he's “made a lot of money”'
_IS_CONTRACTIONS = word_set(
    "he's she's it's that's there's here's what's who's where's how's let's"
)
_WORK_NOUNS = word_set("book film show movie song program series album novel memoir column")
_TITLE_SMALL_WORDS = word_set("a an the of and or in on for to with at by from as vs")


def only_a_title(text: str, span: QuoteSpan) -> bool:
    """Whether the quoted words can only be a title or a slogan, whatever the
    speech model makes of them (a speech verb may stand right before them):
    a programme, a book, a work credited to its author, words printed on a
    thing. The quote stage drops these after the model has decided, so the
    model still learns from every paired span."""
    return (
        credits_an_author(text, span)
        or names_merchandise(text, span)
        or (
            not text[span.start].islower()
            and (names_a_show_or_book(text, span) or names_a_cast(text, span))
        )
    )


def names_a_cast(text: str, span: QuoteSpan) -> bool:
    """A title-case quote right before a role in a show ("“Harbour Lights”
    star Ana Ruiz", "the “Night Shift” actress", "one ad, “Fair Deal,” stars
    a farmer") names the show, not words anyone said."""
    if _CAST.match(text, span.mark_end) is None:
        return False  # (most quotes: their words are not read)
    words = WORD.findall(text, span.start, span.end)
    return 0 < len(words) <= _MAX_TITLE_WORDS_SPOKEN and all(
        title_word(word) or word in _TITLE_VERBS for word in words
    )


# a show's title may keep its verbs in lower case ("“Orange is the New Black”")
_TITLE_VERBS = word_set("is are was be")
# after the closing mark, one capitalised word at most ("“Lights” co-star", "“Lights”
# Emmy winner"), then a role in a show
_CAST = re.compile(
    r"[ \u00a0]+(?:[A-Z][\w-]*[ \u00a0]+)?"
    r"(?:stars?|co-stars?|actress|actor|host|creator|showrunner|alum|cast)\b"
)


def names_a_show_or_book(text: str, span: QuoteSpan) -> bool:
    """A title-case quote that can only be a title: a programme someone spoke
    on or to ("said on CBS's “Face the Nation.”", "told “Morning Hour,”", "in
    an interview with “Sunday Live.”") or a book named by its author ("in his
    memoir, “Hard Roads.”", "a co-author of “The Long Game.”")."""
    before = text[max(span.paragraph.start, span.mark_start - 40) : span.mark_start]
    found = _SHOW_LEAD_IN.search(before)
    if found is None and _BOOK_LEAD_IN.search(before) is None:
        return False  # (most quotes: their words are not read)
    words = WORD.findall(text, span.start, span.end)
    if not 0 < len(words) <= _MAX_TITLE_WORDS_SPOKEN or not all(map(title_word, words)):
        return False
    # "told “Yes.”" is an answer: a programme told takes two words at least
    return found is None or found.group(1) != "told" or bool(found.group(2)) or len(words) > 1


# a title-case span of more words than this is taken for no title
_MAX_TITLE_WORDS_SPOKEN = 12


# "on", "told" or "interview with", then a network's possessive name of at most
# three capitalised words ("CBS's", "Sirius XM's"), none ending a sentence
_SHOW_LEAD_IN = re.compile(
    r"\b(told|[Oo]n|interview[ \u00a0]+with)"
    r"((?:[ \u00a0]+[A-Z][\w&-]*){0,2}[ \u00a0]+[A-Z][\w&-]*(?:'s|\u2019s|'|\u2019))?"
    r"[ \u00a0]*\Z"
)
_BOOK_LEAD_IN = re.compile(
    r"(?:\b(?:book|memoir|autobiography|novel|biography)[,:]?"
    r"|\b(?:[Cc]o-?)?(?:author|editor)s?[ \u00a0]+of(?:[ \u00a0]+the)?)[ \u00a0]*\Z"
)


def credits_an_author(text: str, span: QuoteSpan) -> bool:
    """A capitalised quote closed by a comma and followed by "by" and a name
    ("“The Long Game,” by Tom Ray", "“Mayor quits,” by Post's Ana Ruiz") is
    the title of a book or an article with its author, not words anyone said."""
    return (
        text[span.end - 1] == ","
        and text[span.start].isupper()
        and _BY_AUTHOR.match(text, span.mark_end) is not None
    )


_BY_AUTHOR = re.compile(r"[ \u00a0]+by[ \u00a0]+(?:the[ \u00a0]+)?[A-Z]")


def names_merchandise(text: str, span: QuoteSpan) -> bool:
    """A slogan printed on a thing ("a “Vote Lee” hat", "“Save Our Pier”
    T-shirts"): a name for the thing, not words anyone said. A quote ending
    its sentence ("“We lost.” T-shirts soon appeared") is no such name."""
    return (
        text[span.mark_end : span.mark_end + 1] in _SPACES
        and text[span.end - 1] not in ".!?"
        and _MERCHANDISE.match(text, span.mark_end) is not None
    )


_SPACES = (" ", "\u00a0")


# the thing right after the closing mark, after one capitalised word at most
# ("“Ted Cruz” campaign pins", "“Vote Lee” Tote bags")
_MERCHANDISE = re.compile(
    r"[ \u00a0]+(?:[A-Z][\w-]*[ \u00a0]+)?(?:campaign[ \u00a0]+|tote[ \u00a0]+)?"
    r"(?:hats?|caps?|(?:[Tt]-)?shirts?|signs?|placards?|pins?|buttons?|stickers?|banners?"
    r"|bags?|mugs?|jerseys?|sweatshirts?|hoodies?|posters?|wristbands?)\b"
)


def title_word(word: str) -> bool:
    return word[0].isupper() or word[0].isdigit() or word in _TITLE_SMALL_WORDS


def title_in_tag(text: str, span: QuoteSpan) -> bool:
    """A short title-case quote naming a work ("the author of “Hacked World
    Order,”"), which may sit inside a speaker's description."""
    if span.end - span.start > _MAX_TITLE_CHARS:
        return False  # taken for no title without reading its words
    words = WORD.findall(text, span.start, span.end)
    return (
        0 < len(words) <= _MAX_TITLE_WORDS
        and words[0][0].isupper()
        and all(title_word(word) for word in words)
        and (names_a_work(text, span) or _after_of_the(text, span))
    )


def _after_of_the(text: str, span: QuoteSpan) -> bool:
    """ "wrote the authors of the “Growth Project,” giving …" """
    before = text[max(span.paragraph.start, span.mark_start - 12) : span.mark_start]
    return before.endswith(" of the ")


_MAX_TITLE_WORDS = 8
# a quoted span longer than this is no title: eight title-case words fit in it
# unless a word runs past 40 characters (a web address, say), which no title has
_MAX_TITLE_CHARS = 8 * 40


def unmarked(text: str, titles: list[QuoteSpan]) -> str:
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
