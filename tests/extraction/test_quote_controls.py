"""A button or link named in quote marks is no quote, on short texts
written for the tests."""

from __future__ import annotations

from verify.extraction.pipeline import extract


def test_the_label_of_a_button_to_click_is_no_quote() -> None:
    text = (
        "Get this letter every morning! Enter your email address and click "
        "\u201cjoin now.\u201d Ana Ruiz said the list was \u201cgrowing fast.\u201d"
    )
    assert [q.text for q in extract(text).quotes] == ["growing fast."]


def test_the_press_is_no_control() -> None:
    text = "Ana Ruiz told the press \u201cwe will not sign this deal\u201d on Monday."
    assert [q.text for q in extract(text).quotes] == ["we will not sign this deal"]
