"""Which person a quote is given to when its sentence names several: the
tag that reports the quote, not another clause's subject, on short texts
written for the tests."""

from __future__ import annotations

from tests.extraction.helpers import speakers


def test_name_after_an_article_and_one_adjective_is_the_speaker() -> None:
    # "An angry Hollande retaliated": the name, not a role of someone else's
    text = (
        "Lena Voss, the mayor, spoke first. \u201cThe city will stand,\u201d an angry Voss replied."
    )
    assert speakers(text)[0][1:] == ("Lena Voss", "replied")
