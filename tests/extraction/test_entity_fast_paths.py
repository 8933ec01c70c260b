"""Fast paths of the entity index held equal to the plain code they stand for."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from verify.extraction import name_joins, outlets

# words, marks and spaces around couples ("Tom and Mary Lee") and nicknames
# (George "Jay" Lee), the letters a first name may be preceded by among them
NAME_PIECES = [
    " ",
    "\u00a0",
    " and ",
    "and",
    "Tom",
    "Mary",
    "Lee",
    "Lee-Ross",
    "Abercrombieson",
    "Sen. ",
    "o",
    "O'",
    "-",
    ".",
    '"',
    "\u201c",
    "\u201d",
    "Jay",
    "'s",
]
name_texts = st.lists(st.sampled_from(NAME_PIECES), max_size=16).map("".join)


@given(name_texts)
@settings(max_examples=1000, deadline=None)
def test_couples_tried_at_each_and_are_those_a_scan_finds(text: str) -> None:
    found = {match.span() for match in name_joins._couples(text)}
    for match in name_joins._COUPLE.finditer(text):
        if len(match["first"]) <= name_joins._LONGEST_FIRST_NAME:
            assert match.span() in found
    scanned = {match.span() for match in name_joins._COUPLE.finditer(text)}
    for match in name_joins._couples(text):
        assert match.span() in scanned or name_joins._after_a_name(text, match.start())


@given(name_texts)
@settings(max_examples=1000, deadline=None)
def test_nickname_marks_tried_where_found_are_those_a_search_finds(text: str) -> None:
    tried = any(name_joins._NICKNAME_MARK.match(text, at) for at in name_joins._marks(text))
    assert tried == (name_joins._NICKNAME_MARK.search(text) is not None)


# words that end the text before an outlet's name, and what ends those words
BEFORE_PIECES = [" ", "\u00a0", "\n", "reported", "written", "by", "a reporter", "for", "at", "Vox"]


@given(st.lists(st.sampled_from(BEFORE_PIECES), max_size=8).map("".join))
@settings(max_examples=1000, deadline=None)
def test_news_words_before_a_name_end_as_the_string_test_expects(before: str) -> None:
    if outlets._BEFORE.search(before) is not None:
        assert outlets._may_follow(before)
