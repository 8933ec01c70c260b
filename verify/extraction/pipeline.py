"""Runs the extraction stages in order over one text."""

from __future__ import annotations

from verify.extraction.claims import extract_claims
from verify.extraction.entities import find_entities
from verify.extraction.quotes import extract_quotes
from verify.extraction.segmentation import paragraphs
from verify.extraction.types import Extraction


def extract(text: str) -> Extraction:
    # both stages resolve names against the same index and read the same
    # paragraphs: find them once
    index = find_entities(text)
    paras = paragraphs(text)
    quotes, entities = extract_quotes(text, index=index, paras=paras)
    claims = extract_claims(text, quotes, entities, index=index, paras=paras)
    return Extraction(quotes=quotes, claims=claims, entities=entities)
