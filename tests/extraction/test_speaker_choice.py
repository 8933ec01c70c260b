"""Which person a quote is given to when its sentence names several: the
tag that reports the quote, not another clause's subject, on short texts
written for the tests."""

from __future__ import annotations

from tests.extraction.helpers import speakers


def test_no_tag_far_after_a_quote_closed_by_two_apostrophes() -> None:
    # ".'' But the feud continued": a new sentence after the quote, not its tag
    text = (
        "It was a favour Lena Voss said she hoped would be "
        "''a fine thing for him.'' But the feud continued, and he left."
    )
    assert speakers(text)[0][1:] == ("Lena Voss", "said")


def test_name_after_an_article_and_one_adjective_is_the_speaker() -> None:
    # "An angry Hollande retaliated": the name, not a role of someone else's
    text = (
        "Lena Voss, the mayor, spoke first. \u201cThe city will stand,\u201d an angry Voss replied."
    )
    assert speakers(text)[0][1:] == ("Lena Voss", "replied")
