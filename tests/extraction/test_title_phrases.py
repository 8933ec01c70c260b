"""A full name closing a title phrase with "of" or "for" in it is the speaker;
a role with a determiner at its head stays someone else's role."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import speakers
from verify.extraction.descriptions import titled_name_closing


@pytest.mark.parametrize(
    ("head", "speaker"),
    [
        ("Chair of the Parks Board Dr. Ann Leeward", "Ann Leeward"),
        ("master of ceremonies Tom Roebuck", "Tom Roebuck"),
        ("Save for Tomorrow outreach director Ann Leeward", "Ann Leeward"),
        ("A spokesman for Mayor Tom Roebuck", "A spokesman for Mayor Tom Roebuck"),
        ("the head of Parks Board", "the head of Parks Board"),
    ],
)
def test_name_closing_a_title_phrase_is_the_speaker(head: str, speaker: str) -> None:
    text = f"The fair opened on Friday. \u201cWelcome, everyone,\u201d {head} said."
    assert speakers(text)[0][1] == speaker


@pytest.mark.parametrize(
    "head",
    [
        "spokesman for candidate Tom Roebuck",
        "Heads of the Parks Board",
        "chair of the Parks Board",
        "Friends of Ann Leeward",
    ],
)
def test_no_title_before_the_name_keeps_the_head(head: str) -> None:
    assert titled_name_closing(head) == (0, "")


def test_the_name_after_a_title_is_found_where_it_stands() -> None:
    head = "Speaker of the House Rep. Ann  D. Leeward"
    start, name = titled_name_closing(head)
    assert (head[start:], name) == ("Ann  D. Leeward", "Ann  D. Leeward")
