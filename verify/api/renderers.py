"""The export's formats besides JSON, chosen by ``?format=`` or the Accept header."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from rest_framework.renderers import BaseRenderer, JSONRenderer


class ClaimReviewRenderer(JSONRenderer):
    """schema.org ClaimReview documents as JSON-LD."""

    media_type = "application/ld+json"
    format = "claimreview"


class CSVRenderer(BaseRenderer):
    """Chooses CSV in content negotiation; the export view streams the rows itself."""

    media_type = "text/csv"
    format = "csv"
    charset = "utf-8"

    def render(
        self,
        data: Any,
        accepted_media_type: str | None = None,
        renderer_context: Mapping[str, Any] | None = None,
    ) -> bytes:
        raise NotImplementedError("CSV is streamed by the export view, never rendered whole.")
