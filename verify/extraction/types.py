"""The extractor's output: plain, immutable records with exact offsets.

Offsets are Python string indices (code points) into the text given to the
extractor, and ``text == body[start:end]`` holds for every record.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

QuoteKind = Literal["direct", "partial"]
EntityKind = Literal["person", "organization"]


@dataclass(frozen=True, slots=True)
class Entity:
    """Someone the article names: the fullest name it gives and every other
    way it refers to them ("Trump", "Mr. Trump", "the president")."""

    name: str
    kind: EntityKind = "person"
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Quote:
    start: int
    end: int
    text: str
    kind: QuoteKind
    speaker: str | None = None
    speaker_mention: str | None = None
    cue: str | None = None

    def as_contract(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "kind": self.kind,
            "speaker": self.speaker,
            "speaker_mention": self.speaker_mention,
            "cue": self.cue,
        }


@dataclass(frozen=True, slots=True)
class Claim:
    start: int
    end: int
    text: str
    claimant: str | None = None
    claimant_mention: str | None = None
    cue: str | None = None
    checkworthiness: float = 0.0
    flags: tuple[str, ...] = ()
    # indices into Extraction.quotes of the quotes lying inside this claim
    quotes: tuple[int, ...] = ()
    # where claimant_mention sits in the text (start, end), for highlighting
    claimant_span: tuple[int, int] | None = None

    def as_contract(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "claimant": self.claimant,
            "cue": self.cue,
            "checkworthiness": self.checkworthiness,
            "flags": list(self.flags),
        }


@dataclass(frozen=True, slots=True)
class Extraction:
    quotes: tuple[Quote, ...] = ()
    claims: tuple[Claim, ...] = ()
    entities: tuple[Entity, ...] = field(default=())

    def as_contract(self, doc_id: str) -> dict[str, Any]:
        return {
            "id": doc_id,
            "quotes": [q.as_contract() for q in self.quotes],
            "claims": [c.as_contract() for c in self.claims],
        }
