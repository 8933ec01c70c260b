"""Pages: numbered pages for browsing, a keyset cursor for exports."""

from __future__ import annotations

import base64
import binascii
import datetime as dt
from collections.abc import Sequence
from typing import Any

from django.db.models import Q, QuerySet
from rest_framework import exceptions, pagination
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.utils.urls import replace_query_param

MAX_ID = 2**63 - 1


class PageNumberPagination(pagination.PageNumberPagination):
    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 200

    def paginate_queryset(  # type: ignore[override]
        self, queryset: QuerySet[Any], request: Request, view: Any = None
    ) -> list[Any] | None:
        try:
            return super().paginate_queryset(queryset, request, view)
        except exceptions.NotFound:
            # A page that does not exist is a bad parameter, like any other filter.
            raise exceptions.ValidationError({"page": ["There is no such page."]}) from None


class KeysetPagination(pagination.BasePagination):
    """Forward-only pages ordered by (published_at, id), both immutable while an item stays
    published, on the index Claim has for them. The cursor names the last item served, so a
    consumer that resumes from it never sees an item twice, and items published later sort
    after it, so none is missed."""

    cursor_query_param = "cursor"
    page_size_query_param = "page_size"
    page_size = 100
    max_page_size = 500

    def paginate_queryset(  # type: ignore[override]  # it pages querysets only
        self, queryset: QuerySet[Any], request: Request, view: Any = None
    ) -> list[Any]:
        self.request = request
        after = self._decode(request.query_params.get(self.cursor_query_param))
        if after is not None:
            at, pk = after
            queryset = queryset.filter(Q(published_at__gt=at) | Q(published_at=at, id__gt=pk))
        size = self._page_size(request)
        rows = list(queryset.order_by("published_at", "id")[: size + 1])
        self.has_next = len(rows) > size
        self.page = rows[:size]
        return self.page

    def get_next_link(self) -> str | None:
        if not self.has_next:
            return None
        last = self.page[-1]
        cursor = encode_cursor(last.published_at, last.pk)
        url = self.request.build_absolute_uri()
        return str(replace_query_param(url, self.cursor_query_param, cursor))

    def get_paginated_response(self, data: Sequence[Any]) -> Response:
        return Response({"next": self.get_next_link(), "results": data})

    def get_paginated_response_schema(self, schema: dict[str, Any]) -> dict[str, Any]:
        return {
            "type": "object",
            "required": ["next", "results"],
            "properties": {
                "next": {"type": "string", "nullable": True, "format": "uri"},
                "results": schema,
            },
        }

    def get_schema_operation_parameters(self, view: Any) -> list[dict[str, Any]]:
        return [
            _query_param(self.cursor_query_param, "Resume after the item this cursor names."),
            {
                **_query_param(self.page_size_query_param, "Items per page (at most 500)."),
                "schema": {"type": "integer", "minimum": 1, "maximum": self.max_page_size},
            },
        ]

    def _page_size(self, request: Request) -> int:
        raw = request.query_params.get(self.page_size_query_param)
        if raw is None:
            return self.page_size
        if not raw.isascii() or not raw.isdigit() or not 1 <= int(raw) <= self.max_page_size:
            raise exceptions.ValidationError(
                {"page_size": [f"A whole number from 1 to {self.max_page_size}."]}
            )
        return int(raw)

    def _decode(self, cursor: str | None) -> tuple[dt.datetime, int] | None:
        if cursor is None:
            return None
        try:
            at, pk = base64.urlsafe_b64decode(cursor.encode("ascii")).decode("ascii").split("|")
            when, number = dt.datetime.fromisoformat(at), int(pk)
        except (ValueError, UnicodeError, binascii.Error):
            raise exceptions.ValidationError({"cursor": ["This cursor is not valid."]}) from None
        if when.tzinfo is None or not 0 < number <= MAX_ID:
            raise exceptions.ValidationError({"cursor": ["This cursor is not valid."]})
        return when, number


def encode_cursor(published_at: dt.datetime, pk: int) -> str:
    raw = f"{published_at.isoformat()}|{pk}".encode("ascii")
    return base64.urlsafe_b64encode(raw).decode("ascii")


def _query_param(name: str, description: str) -> dict[str, Any]:
    return {
        "name": name,
        "required": False,
        "in": "query",
        "description": description,
        "schema": {"type": "string"},
    }
