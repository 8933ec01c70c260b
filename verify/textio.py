"""Turning what people hand us (bytes, files, HTML) into article text.

Plain Python: no Django. Every refusal raises ``UnreadableText`` with a
message fit to show the person who sent the file.
"""

from __future__ import annotations

import codecs
import re
from html.parser import HTMLParser
from pathlib import PurePath

ACCEPTED_SUFFIXES = (".txt", ".md", ".html", ".htm")

# Control characters other than tab and newline: a few may come from a paste,
# many mean the bytes are not text.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Lone UTF-16 surrogates: JSON can carry them ("\ud800"), but they cannot be stored or encoded.
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class UnreadableText(ValueError):
    """The input cannot become an article; the message says why."""


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Decode by byte-order mark, then UTF-8, then the declared charset, then
    Windows-1252 (a superset of Latin-1 for printable text) when the result
    reads as text. Anything else is refused rather than guessed."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode(data, encoding)
    if b"\x00" in data:
        raise UnreadableText("This looks like a binary file (it contains NUL bytes), not text.")
    for encoding in ("utf-8", declared or ""):
        if encoding:
            try:
                return data.decode(_codec_name(encoding))
            except (UnicodeDecodeError, LookupError):
                continue
    _refuse_broken_utf8(data)
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise UnreadableText(
            "The text is not valid UTF-8 and its encoding could not be recognised. "
            "Save it as UTF-8 and try again."
        ) from None
    if len(_CONTROL.findall(text)) > max(3, len(text) // 1000):
        raise UnreadableText("This does not look like text: it is full of control characters.")
    return text


def _refuse_broken_utf8(data: bytes) -> None:
    """UTF-8 with a few bad bytes would become mojibake throughout as Windows-1252:
    refuse it, saying where the first bad byte is."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        decoded = data.decode("utf-8", errors="replace")
        if any(ord(char) > 0x7F and char != "\ufffd" for char in decoded):
            raise UnreadableText(
                f"The text is UTF-8 but has invalid bytes (the first at byte {error.start:,}). "
                "Save it again as UTF-8 and try again."
            ) from None


def _codec_name(encoding: str) -> str:
    return codecs.lookup(encoding.strip().strip("\"'")).name


def _decode(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise UnreadableText(
            f"The file starts with a {encoding.upper()} byte-order mark "
            f"but is not valid {encoding}."
        ) from None


def normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def check_text(text: str, *, max_bytes: int) -> str:
    """Refuse text no article can be made of; return it with newlines normalised."""
    text = normalize_newlines(text)
    if "\x00" in text:
        raise UnreadableText("The text contains NUL characters; is this a binary file?")
    if _SURROGATE.search(text):
        raise UnreadableText("The text contains invalid characters (unpaired surrogates).")
    if not text.strip():
        raise UnreadableText("The text is empty.")
    size = len(text.encode("utf-8"))
    if size > max_bytes:
        raise UnreadableText(f"The text is {size:,} bytes; the limit is {max_bytes:,} bytes.")
    if len(_CONTROL.findall(text)) > max(3, len(text) // 1000):
        raise UnreadableText("This does not look like text: it is full of control characters.")
    return text


def clean_line(text: str) -> str:
    """A one-line field (a title, a name): control characters and lone surrogates,
    which no database column or page should carry, become spaces; runs of
    whitespace become one space."""
    return " ".join(_SURROGATE.sub(" ", _CONTROL.sub(" ", text)).split())


class _TextExtractor(HTMLParser):
    """Visible text of an HTML page, one block element a paragraph."""

    _SKIP = {"script", "style", "noscript", "template", "svg", "head", "nav", "footer", "form"}
    _BLOCK = {
        "p",
        "div",
        "br",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "tr",
        "section",
        "article",
        "header",
        "pre",
    }

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        self._skip_depth = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self._skip_depth += 1
        if tag == "title":
            self._in_title = True
        if tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP and self._skip_depth:
            self._skip_depth -= 1
        if tag == "title":
            self._in_title = False
        if tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title.append(data)
        elif not self._skip_depth:
            self.parts.append(data)


def html_to_text(html: str) -> tuple[str, str]:
    """(title, text) of an HTML page: scripts, styles and markup dropped."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    text = "\n".join(line for line in lines if line)
    return " ".join("".join(parser.title).split()), text


def text_from_file(name: str, data: bytes, declared: str | None = None) -> tuple[str, str]:
    """(title, text) of an uploaded or local file, by its suffix."""
    suffix = PurePath(name).suffix.lower()
    if suffix not in ACCEPTED_SUFFIXES:
        allowed = ", ".join(ACCEPTED_SUFFIXES)
        raise UnreadableText(f"{name}: only {allowed} files can be ingested.")
    text = decode_bytes(data, declared)
    if suffix in (".html", ".htm"):
        return html_to_text(text)
    return "", text
