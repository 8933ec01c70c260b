"""Runs the extraction stages in order over one text."""

from __future__ import annotations

from verify.extraction.claims import extract_claims
from verify.extraction.quotes import extract_quotes
from verify.extraction.types import Extraction


def extract(text: str) -> Extraction:
    quotes, entities = extract_quotes(text)
    claims = extract_claims(text, quotes, entities)
    return Extraction(quotes=quotes, claims=claims, entities=entities)
