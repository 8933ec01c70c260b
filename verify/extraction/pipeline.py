"""Runs the extraction stages in order over one text."""

from __future__ import annotations

from verify.extraction.claims import extract_claims
from verify.extraction.entities import find_entities
from verify.extraction.quotes import extract_quotes
from verify.extraction.types import Extraction


def extract(text: str) -> Extraction:
    # both stages resolve names against the same index: build it once
    index = find_entities(text)
    quotes, entities = extract_quotes(text, index=index)
    claims = extract_claims(text, quotes, entities, index=index)
    return Extraction(quotes=quotes, claims=claims, entities=entities)
