"""Runs the extraction stages in order over one text."""

from __future__ import annotations

from dataclasses import replace

from verify.extraction.claims import extract_claims
from verify.extraction.entities import find_entities
from verify.extraction.quotes import extract_quotes
from verify.extraction.segmentation import paragraphs, unwrap
from verify.extraction.types import Claim, Extraction, Quote


def extract(text: str) -> Extraction:
    # lines wrapped inside a sentence read as one line; offsets are the same
    flowing = unwrap(text)
    # both stages resolve names against the same index and read the same
    # paragraphs: find them once
    index = find_entities(flowing)
    paras = paragraphs(flowing)
    quotes, entities = extract_quotes(flowing, index=index, paras=paras)
    claims = extract_claims(flowing, quotes, entities, index=index, paras=paras)
    if flowing is not text:
        # each record's words as the text has them, line breaks and all
        quotes = tuple(_as_written(text, quote) for quote in quotes)
        claims = tuple(_as_written(text, claim) for claim in claims)
    return Extraction(quotes=quotes, claims=claims, entities=entities)


def _as_written[Record: (Quote, Claim)](text: str, record: Record) -> Record:
    words = text[record.start : record.end]
    return record if words == record.text else replace(record, text=words)
