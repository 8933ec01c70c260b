"""Content negotiation that answers 400, not 404, to an unknown ``?format=``."""

from __future__ import annotations

from collections.abc import Iterable

from rest_framework import exceptions
from rest_framework.negotiation import DefaultContentNegotiation
from rest_framework.renderers import BaseRenderer


class ContentNegotiation(DefaultContentNegotiation):
    def filter_renderers(
        self, renderers: Iterable[BaseRenderer], format: str
    ) -> list[BaseRenderer]:
        matching = [renderer for renderer in renderers if renderer.format == format]
        if not matching:
            choices = ", ".join(sorted({str(renderer.format) for renderer in renderers}))
            raise exceptions.ValidationError(
                {"format": [f"Unknown format {format[:40]!r}; choose one of: {choices}."]}
            )
        return matching
