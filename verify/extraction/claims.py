"""Claim stage (stand-in until the claim extractor lands): one claim per
sentence ending in a full stop."""

from __future__ import annotations

import re

from verify.extraction.types import Claim, Entity, Quote

_SENTENCE = re.compile(r"[^\s][^.!?\n]*[.!?]")


def extract_claims(
    text: str, quotes: tuple[Quote, ...], entities: tuple[Entity, ...]
) -> tuple[Claim, ...]:
    return tuple(
        Claim(start=m.start(), end=m.end(), text=m.group(), checkworthiness=0.5)
        for m in _SENTENCE.finditer(text)
    )
