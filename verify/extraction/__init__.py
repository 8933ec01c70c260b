"""Claim and quote extraction: plain Python, no Django.

``extract(text)`` is the one entry point the rest of Verify uses.
"""

from verify.extraction.pipeline import extract
from verify.extraction.types import Claim, Entity, Extraction, Quote

__all__ = ["Claim", "Entity", "Extraction", "Quote", "extract"]
