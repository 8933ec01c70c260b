"""Quote stage (stand-in until the quote extractor lands): curly double quotes
only, no attribution."""

from __future__ import annotations

import re

from verify.extraction.types import Entity, Quote

_CURLY = re.compile(r"\u201c([^\u201c\u201d]+)\u201d")


def extract_quotes(text: str) -> tuple[tuple[Quote, ...], tuple[Entity, ...]]:
    quotes = tuple(
        Quote(start=m.start(1), end=m.end(1), text=m.group(1), kind="direct")
        for m in _CURLY.finditer(text)
    )
    return quotes, ()
