"""Names the runs of capitalised words find only in pieces.

- Two first names sharing one surname ("Bill and Melinda Gates"): the lone
  first name is a person of that surname, so a later "Mr. Gates" is Bill and
  "Mrs. Gates" Melinda.
- A nickname in quote marks inside a name (George "Jay" Smith): one person,
  not three runs "George", "Jay" and "Smith".
- A first name alone ("Hillary") of the one person the article names in
  full with it ("Hillary Clinton").
- A name opening a headline in title case ("Ted Cruz Refuses To Disavow").

Each finder returns, by the offset where its name begins, the end of the words
it covers and the full name they stand for.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from verify.extraction.name_runs import NAME_SUFFIXES, run_info
from verify.extraction.name_words import FEMALE_NAMES, MALE_NAMES, ORG_WORDS, is_first_name

_SPACE = "[ \u00a0]"
_WORD = r"[A-Z][a-z]+"
# "Bill and Melinda Gates", the surname the last word of its run
# (the capital first and the look-behind after it: a pattern that opens with a
# character class lets the engine skip to the next capital)
_COUPLE = re.compile(
    rf"(?P<first>[A-Z](?<![\w.\-'\u2019][A-Z])[a-z]+) and {_WORD}{_SPACE}"
    rf"(?P<surname>{_WORD}(?:-{_WORD})?)"
    rf"(?![\w\-]|['\u2019]s?{_SPACE}[A-Z]|{_SPACE}[A-Z])"
)
# George "Jay" Smith: a first name, a one- or two-word nickname in quote
# marks, then the rest of the name; the opening mark as such a pattern must
# see it, looked for first (the mark opens the pattern, so the engine skips
# from mark to mark)
_NICKNAME_MARK = re.compile(
    rf"(?:\"|\u201c)(?<=[a-z]{_SPACE}.)(?={_WORD}(?:{_SPACE}{_WORD})?(?:\"|\u201d){_SPACE}[A-Z])"
)
_NICKNAMED = re.compile(
    rf"(?P<first>[A-Z](?<![\w.\-][A-Z])[a-z]+){_SPACE}(?:\"|\u201c)(?P<nick>{_WORD}(?:{_SPACE}{_WORD})?)"
    rf"(?:\"|\u201d){_SPACE}(?P<rest>[A-Z][\w\-]+(?:{_SPACE}(?:[A-Z][\w\-]+|Jr\.|Sr\.))*)"
)


def shared_surnames(text: str) -> dict[int, tuple[int, str]]:
    """ "Bill" of "Bill and Melinda Gates" is Bill Gates: both words known
    first names, the first not inside a longer name ("Rand Paul and John
    Kasich"), and no one else in the article bears that first name ("Bill
    Ackman" makes "Bill" anyone's, as "Hillary Clinton" does "Hillary" of
    "Hillary and Tim Kaine")."""
    found: dict[int, tuple[int, str]] = {}
    for match in _couples(text):
        first, surname = match["first"], match["surname"]
        second = match.group().split()[2]
        if not (is_first_name(first) and is_first_name(second)) or _after_a_name(
            text, match.start()
        ):
            continue
        if _named_otherwise(text, first, surname):
            continue
        found[match.start()] = (match.start() + len(first), f"{first} {surname}")
    return found


def _couples(text: str) -> Iterator[re.Match[str]]:
    """The matches of _COUPLE that may make a couple, each tried at the first
    name before an " and " that a plain search finds: far cheaper than the
    pattern's scan, which tries every capital. Unlike finditer, this tries
    a match inside the one before, but such a match opens with a surname
    after a capitalised word, which _after_a_name refuses; and it skips a
    word longer than any known first name."""
    at = text.find(" and ")
    while at >= 0:
        window = text[max(0, at - _LONGEST_FIRST_NAME) : at]
        start = at - (len(window) - len(window.rstrip(_SMALL_LETTERS))) - 1
        if start >= 0 and (match := _COUPLE.match(text, start)) is not None:
            yield match
        at = text.find(" and ", at + 1)


_SMALL_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_LONGEST_FIRST_NAME = max(map(len, MALE_NAMES | FEMALE_NAMES))


def _after_a_name(text: str, start: int) -> bool:
    """Whether a capitalised word ends right before ``start`` in one run
    ("Mike Huckabee and ...", "Pastors David Jeremiah and ...")."""
    before = text[max(0, start - 40) : start]
    words = before.split()
    return bool(words) and before.endswith((" ", "\u00a0")) and words[-1][:1].isupper()


def _named_otherwise(text: str, first: str, surname: str) -> bool:
    """Whether the article writes ``first`` before any capitalised word but
    ``surname`` ("Hillary Clinton" beside "Hillary and Tim Kaine")."""
    pattern = rf"(?<![\w\-]){re.escape(first)}{_SPACE}(?:[A-Z]\.{_SPACE})?([A-Z][\w\-]*)"
    return any(other != surname for other in re.findall(pattern, text))


def nicknamed(text: str) -> dict[int, tuple[int, str]]:
    """George "Jay" Smith is George Smith: a known first name before the
    nickname in quote marks."""
    found: dict[int, tuple[int, str]] = {}
    if not any(_NICKNAME_MARK.match(text, at) for at in _marks(text)):
        return found  # most articles: the one scan below would try every capital
    for match in _NICKNAMED.finditer(text):
        if is_first_name(match["first"]) and not is_first_name(match["rest"].split()[0]):
            found[match.start()] = (match.end(), f"{match['first']} {match['rest']}")
    return found


def _marks(text: str) -> Iterator[int]:
    """Where an opening mark of a nickname stands, found by plain searches: far
    cheaper than a pattern's scan of every character."""
    for mark in ('"', "\u201c"):
        at = text.find(mark)
        while at >= 0:
            yield at
            at = text.find(mark, at + 1)


def joined_names(text: str) -> dict[int, tuple[int, int, str]]:
    """Both kinds, by where the first name ends: its start, the end of the
    words joined and the full name."""
    return {
        start + len(name.split()[0]): (start, end, name)
        for start, (end, name) in (shared_surnames(text) | nicknamed(text)).items()
    }


def first_name_owners(text: str, runs: Iterable[str]) -> dict[str, str]:
    """ "Hillary" alone is Hillary Clinton where she is the only person the
    article names with that first name: the full name by each such first
    name. Not a first name that is someone's surname ("Paul" beside "Rand
    Paul"), nor one the article also writes as a common word ("bill", "mark")."""
    names: dict[str, set[str]] = {}
    surnames: set[str] = set()
    for run in runs:
        info = run_info(run)
        if info is None or info.kind != "person" or len(info.tokens) < 2:
            continue
        surnames.add(info.tokens[-1])
        if is_first_name(info.tokens[0]):
            names.setdefault(info.tokens[0], set()).add(info.name)
    return {
        first: max(full, key=len)
        for first, full in names.items()
        if len({name.rsplit(" ", 1)[-1] for name in full}) == 1
        and first not in surnames
        and not _written_lower(text, first.lower())
    }


def _written_lower(text: str, word: str) -> bool:
    # the plain search first: far cheaper than the pattern, and mostly enough;
    # the pattern opens with the word, so the engine skips to each occurrence
    # (a look-behind first would be tried at every position)
    pattern = rf"{word}(?<![\w\-]{word})(?![\w\-])"
    return word in text and re.search(pattern, text) is not None


def named_alone(runs: Iterable[str]) -> frozenset[str]:
    """The runs of two words that open with a known first name ("Ted Cruz"):
    the names a headline's run may be cut to (see before_a_headline)."""
    return frozenset(run for run in runs if run.count(" ") == 1 and is_first_name(run.split()[0]))


def before_a_headline(run: str, names: frozenset[str]) -> str:
    """ "Ted Cruz" of "Ted Cruz Refuses To Disavow" (a headline in title case)
    where the article also names Ted Cruz alone (in ``names``, see
    named_alone); not "Harry Hurt III"."""
    words = run.split()
    if len(words) < 3 or words[2] in NAME_SUFFIXES or not words[2][:1].isupper():
        return run
    if any(word.lower() in ORG_WORDS for word in words[2:]):
        return run  # "Eric Trump Foundation"
    name = f"{words[0]} {words[1]}"
    return name if name in names else run
