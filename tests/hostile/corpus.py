"""Nasty inputs, written for the tests: what a verification desk pastes in from the open web.

Every case says what Verify must do with it: store exactly this text, or refuse it with a
message containing these words. The entry-point tests run each case through every way in
(paste, upload, ``manage.py ingest``, the API) and check the same promise everywhere.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

# Markup and code that must only ever be shown as text.
SCRIPT = '<script>alert("xss-script")</script>'
IMG = '<img src=x onerror=alert("xss-img")>'
SVG = '"><svg onload=alert("xss-svg")>'
TEMPLATE = "{{ 7|add:7 }} {% debug %}"
SQL = "'; DROP TABLE verify_article; --"
PAYLOADS = (SCRIPT, IMG, SVG, TEMPLATE, SQL)

RTL = (
    "قال الوزير \u201cلن نتراجع\u201d أمس. "
    "\u05d4\u05e9\u05e8 \u05d0\u05de\u05e8 \u201c\u05dc\u05d0\u201d."
)
EMOJI = (
    "The fans \U0001f469\u200d\U0001f469\u200d\U0001f467 said "
    "\u201c\U0001f389 we won \U0001f1fa\U0001f1e6\u201d loudly."
)
COMBINING = "Zoe\u0308 Sa\u0301nchez said \u201cthe cafe\u0301 cost \u20ac5\u201d on Monday."
ZERO_WIDTH = "The\u200b mayor\u2060 said\ufeff \u201cno\u200d\u201d. \u202eOverride\u202c ends."

# Refusal words: alternatives separated by "|", as a form and a service word them differently.
EMPTY = "empty|paste the article's text|send the article's text"
MAX_BYTES = 2 * 1024 * 1024  # settings.VERIFY_MAX_ARTICLE_BYTES; tests pin it to this


@dataclass(frozen=True, slots=True)
class TextCase:
    """Text as pasted (or sent as JSON): ``stored`` is the body Verify keeps, or None."""

    id: str
    text: str
    stored: str | None
    refusal: str = ""
    title: str = ""


@dataclass(frozen=True, slots=True)
class FileCase:
    """A file as uploaded or found on disk: ``stored`` is the decoded body, or None."""

    id: str
    name: str
    data: bytes
    stored: str | None
    refusal: str = ""


def _accepted(id: str, text: str, title: str = "") -> TextCase:
    return TextCase(id, text, text.replace("\r\n", "\n").replace("\r", "\n"), title=title)


def _refused(id: str, text: str, refusal: str) -> TextCase:
    return TextCase(id, text, None, refusal)


def text_cases() -> list[TextCase]:
    markup = f"The minister said \u201c{SCRIPT} and {IMG}\u201d. {SVG} {TEMPLATE} {SQL}."
    return [
        _accepted("markup-in-text-and-title", markup, title=f"{SCRIPT}{IMG} title"),
        _accepted("escaped-markup", "She wrote &lt;script&gt;alert(1)&lt;/script&gt; twice."),
        _accepted("right-to-left", RTL),
        _accepted("emoji", EMOJI),
        _accepted("combining-characters", COMBINING),
        _accepted("zero-width-and-overrides", ZERO_WIDTH),
        _accepted("crlf-and-lone-cr", "One said \u201ca\u201d.\r\nTwo said \u201cb\u201d.\rEnd."),
        _accepted("a-few-control-characters", "The bell\x07 rang. The tab\tstayed."),
        _accepted("ten-thousand-curly-quotes", "He said " + "\u201c" * 10_000 + " then left."),
        _accepted("ten-thousand-straight-quotes", 'He said "' + '"' * 10_000 + " then left."),
        _accepted("deeply-nested-quotes", _nested_quotes(500)),
        _refused("nul-character", "before\x00after", "nul"),
        _refused("empty", "", EMPTY),
        _refused("whitespace-only", " \n\t\u3000\r\n ", EMPTY),
        _refused("full-of-control-characters", "a\x01\x02\x03\x04\x05\x06b" * 10, "control"),
        _refused("over-the-limit", "a" * (MAX_BYTES + 1), "limit"),
    ]


def _nested_quotes(depth: int) -> str:
    opening = "".join("\u201c" if level % 2 == 0 else "\u2018" for level in range(depth))
    closing = "".join("\u201d" if level % 2 == 0 else "\u2019" for level in reversed(range(depth)))
    return f"The chain said {opening}deep{closing}, finally."


def big_text_cases() -> list[TextCase]:
    """Texts at the size limit. The sentences are long (2 KB each) so that the article
    holds about a thousand items, not tens of thousands: the suite stays fast."""
    sentence = (
        "The council said " + "that the bridge and the road " * 70 + "cost 40 million euros.\n"
    )
    return [
        _accepted("two-megabytes-of-long-sentences", _fill(sentence, MAX_BYTES)),
        _accepted("one-huge-line-without-a-full-stop", _fill("word and ", MAX_BYTES)),
    ]


def _fill(unit: str, size: int) -> str:
    return (unit * (size // len(unit))).rstrip()


TEXT = "Kyiv\u2019s mayor said \u201cno\u201d \u2014 9 civilians. Caf\u00e9, na\u00efve, \u00a35."


def file_cases() -> list[FileCase]:
    utf8 = TEXT.encode("utf-8")
    return [
        FileCase("utf-8", "a.txt", utf8, TEXT),
        FileCase("utf-8-bom", "a.txt", codecs.BOM_UTF8 + utf8, TEXT),
        FileCase("utf-16-le-bom", "a.txt", _utf16("le"), TEXT),
        FileCase("utf-16-be-bom", "a.md", _utf16("be"), TEXT),
        FileCase(
            "latin-1",
            "a.txt",
            "Caf\u00e9, na\u00efve, se\u00f1or: \u00a35.".encode("latin-1"),
            "Caf\u00e9, na\u00efve, se\u00f1or: \u00a35.",
        ),
        FileCase("windows-1252", "a.txt", TEXT.encode("cp1252"), TEXT),
        FileCase("right-to-left", "a.txt", RTL.encode("utf-8"), RTL),
        FileCase("emoji", "a.txt", EMOJI.encode("utf-8"), EMOJI),
        FileCase("combining-characters", "a.md", COMBINING.encode("utf-8"), COMBINING),
        FileCase("crlf", "a.txt", b"One.\r\nTwo.\rThree.", "One.\nTwo.\nThree."),
        FileCase(
            "html-with-scripts-and-entities",
            "a.html",
            (
                f"<html><head><title>T</title><script>{SCRIPT}</script></head><body>"
                "<p onclick='evil()'>Text &lt;script&gt;alert(1)&lt;/script&gt; stays.</p>"
                "</body></html>"
            ).encode(),
            "Text <script>alert(1)</script> stays.",
        ),
        FileCase(
            "deeply-nested-html",
            "a.html",
            b"<div>" * 5_000 + b"Deep text." + b"</div>" * 5_000,
            "Deep text.",
        ),
        FileCase("utf-8-with-invalid-bytes", "a.txt", utf8 + b"\xff tail", None, "invalid bytes"),
        FileCase("undecodable-bytes", "a.txt", b"abc \x81\x8d\x8f\x90\x9d", None, "encoding"),
        FileCase("nul-bytes", "a.txt", b"abc\x00def", None, "NUL"),
        FileCase("binary", "a.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", None, "binary"),
        FileCase("control-characters", "a.txt", b"x\x01\x02\x03\x04\x05\x06" * 50, None, "control"),
        FileCase("empty", "a.txt", b"", None, "empty"),
        FileCase("whitespace-only", "a.txt", b" \r\n\t ", None, "empty"),
        FileCase("bom-only", "a.txt", codecs.BOM_UTF8, None, "empty"),
        FileCase(
            "html-without-visible-text",
            "a.html",
            b"<script>x()</script><style>p{}</style>",
            None,
            "empty",
        ),
        FileCase("bad-utf-16", "a.txt", codecs.BOM_UTF16_LE + b"\x00\xd8", None, "byte-order mark"),
        FileCase("wrong-suffix", "a.pdf", b"%PDF-1.7", None, "only .txt"),
        FileCase("over-the-limit", "big.txt", b"a" * (MAX_BYTES + 1), None, "limit"),
    ]


def _utf16(order: str) -> bytes:
    bom = codecs.BOM_UTF16_LE if order == "le" else codecs.BOM_UTF16_BE
    return bom + TEXT.encode(f"utf-16-{order}")


# Query strings thrown at every list and search: wrong types, huge numbers, SQL, unknown fields.
QUERY_STRINGS = [
    "page=abc",
    "page=-1",
    "page=0",
    "page=99999999999999999999999999999",
    "page=1e309",
    "page=1&page=2",
    "kind=<script>alert(1)</script>",
    "kind=claim' OR '1'='1",
    "kind[]=claim",
    "status=published;DROP TABLE verify_claim",
    "q=%00%ff%fe",
    "q=" + "x" * 5_000,
    "unknown_field=1&another=%E2%80%AE",
    "ordering=-password",
]
