"""Cutting an article's text into runs, each covered by the same items, so a
template can highlight every item (overlapping ones too) without re-typing it."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Protocol


class Span(Protocol):
    @property
    def pk(self) -> int | None: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def kind(self) -> str: ...


@dataclass(frozen=True, slots=True)
class Run:
    text: str
    start: int
    items: tuple[int, ...]
    kinds: tuple[str, ...]

    @property
    def marked(self) -> bool:
        return bool(self.items)


def runs(text: str, spans: Iterable[Span], *, start: int = 0, end: int | None = None) -> list[Run]:
    """Runs of ``text[start:end]``; items outside the window are ignored."""
    end = len(text) if end is None else end
    inside: Sequence[Span] = [s for s in spans if s.start < end and s.end > start]
    cuts = sorted({start, end, *(max(start, s.start) for s in inside),
                   *(min(end, s.end) for s in inside)})  # fmt: skip
    opening: dict[int, list[Span]] = {}
    for span in inside:
        opening.setdefault(max(start, span.start), []).append(span)
    active: list[Span] = []
    out: list[Run] = []
    # A sweep over the cut points: each run costs the items covering it, not all items.
    for left, right in pairwise(cuts):
        active = [s for s in active if s.end > left] + opening.get(left, [])
        out.append(
            Run(
                text=text[left:right],
                start=left,
                items=tuple(s.pk for s in active if s.pk is not None),
                kinds=tuple(sorted({s.kind for s in active})),
            )
        )
    return out


def paragraph_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The paragraph(s) around ``text[start:end]``."""
    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", end)
    return left, len(text) if right == -1 else right
