from __future__ import annotations

import codecs

import pytest

from verify.textio import UnreadableText, check_text, decode_bytes, html_to_text, text_from_file

TEXT = "Kyiv’s mayor said “no” — 9 civilians. Ελληνικά, 中文, emoji 🙂."


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),
        TEXT.encode("utf-32"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16", "utf-32"],
)
def test_unicode_encodings_decode_to_the_same_text(data: bytes) -> None:
    assert decode_bytes(data) == TEXT


def test_windows_1252_text_is_recognised() -> None:
    text = "Caf\u00e9 \u201cquoted\u201d \u2014 na\u00efve"
    assert decode_bytes(text.encode("cp1252")) == text


def test_declared_encoding_wins_over_the_fallback() -> None:
    assert decode_bytes("Привет".encode("koi8-r"), "koi8-r") == "Привет"


def test_binary_data_is_refused_with_a_reason() -> None:
    with pytest.raises(UnreadableText, match="binary"):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")


def test_bytes_full_of_control_characters_are_refused() -> None:
    with pytest.raises(UnreadableText, match="control characters"):
        decode_bytes(bytes(range(1, 32)) * 20 + b"\xe9")


@pytest.mark.parametrize("text", ["", "   \n\t  "])
def test_empty_text_is_refused(text: str) -> None:
    with pytest.raises(UnreadableText, match="empty"):
        check_text(text, max_bytes=100)


def test_text_over_the_limit_is_refused_with_the_sizes() -> None:
    with pytest.raises(UnreadableText, match="limit is 100 bytes"):
        check_text("x" * 101, max_bytes=100)


def test_line_endings_are_normalised_and_nothing_else_changes() -> None:
    assert check_text("a\r\nb\rc\n\u2026 \u00a0", max_bytes=100) == "a\nb\nc\n\u2026 \u00a0"


def test_html_keeps_visible_text_and_drops_scripts() -> None:
    html = (
        "<html><head><title>Bus strike</title><script>alert(1)</script></head>"
        "<body><p>Nine &amp; more.</p><style>p{}</style><p>Second <b>para</b>.</p></body></html>"
    )
    assert html_to_text(html) == ("Bus strike", "Nine & more.\nSecond para.")


def test_unknown_file_types_are_refused() -> None:
    with pytest.raises(UnreadableText, match=r"only \.txt"):
        text_from_file("report.pdf", b"%PDF-1.7")
