"""Pages: numbered for the short lists; forward-only keyset pages for the claims list (in a
chosen order) and the export (by publication).

A keyset page is the next rows after the last one served, in an order ending in the id, so it is
unique: the cursor names that last row by its ordering values. Nothing is counted and
nothing is skipped over (no OFFSET): any page costs what the first one does, on the
indexes Claim has for each order, and a consumer that resumes from a cursor never sees an
item twice. On the list, an item written while a consumer pages (its time is set just before
its commit) can land behind the cursor; the export holds back its last
VERIFY_EXPORT_SETTLE_SECONDS so that a cursor kept over time misses nothing.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import math
from collections.abc import Sequence
from typing import Any

from django.db.models import QuerySet
from rest_framework import exceptions, pagination
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.utils.urls import replace_query_param

from verify.api.filters import YEARS
from verify.exports import ROW_FIELDS
from verify.keyset import Key, after

MAX_ID = 2**63 - 1


class PageNumberPagination(pagination.PageNumberPagination):
    """Numbered pages with a count, for the short lists (articles, sources)."""

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
    """Pages of rows (``fields``, as ``QuerySet.values`` gives them) in one of ``orderings``
    (the ``ordering`` parameter picks it when there are several), ``next`` carrying the
    cursor of the last row served."""

    fields: tuple[str, ...]  # what a row holds (QuerySet.values), the ordering keys among them
    orderings: dict[str, tuple[Key, ...]] = {}
    default_ordering = ""
    ordering_query_param = "ordering"
    cursor_query_param = "cursor"
    page_size_query_param = "page_size"
    page_size = 100
    max_page_size = 500

    def paginate_queryset(  # type: ignore[override]  # it pages querysets only
        self, queryset: QuerySet[Any], request: Request, view: Any = None
    ) -> list[dict[str, Any]]:
        self.request = request
        self.ordering = self._ordering(request)
        keys = self.orderings[self.ordering]
        cursor = request.query_params.get(self.cursor_query_param)
        if cursor is not None:
            queryset = queryset.filter(after(keys, self._decode(cursor, keys)))
        size = self._page_size(request)
        order_by = [key.order_by() for key in keys]
        # The page's ids first, on the ordering's index alone, then their rows with the
        # joins. In one query PostgreSQL misjudged how many rows match (it takes status,
        # verdict and time as independent) and joined and sorted all of them for each page.
        ids = queryset.order_by(*order_by).values("pk")[: size + 1]
        page = queryset.model._default_manager.filter(pk__in=ids).order_by(*order_by)
        rows = list(page.values(*self.fields))
        # Only the last row is kept, for the next link: the view, its request and this
        # paginator form a reference cycle, which would keep a whole page alive until the
        # cyclic garbage collector ran.
        self.last = rows[size - 1] if len(rows) > size else None
        return rows[:size]

    def get_next_link(self) -> str | None:
        if self.last is None:
            return None
        values = [self.last[key.field] for key in self.orderings[self.ordering]]
        cursor = encode_cursor(self._cursor_prefix() + values)
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
        parameters = [
            _query_param(self.cursor_query_param, "Resume after the item this cursor names."),
            {
                **_query_param(
                    self.page_size_query_param, f"Items per page (at most {self.max_page_size})."
                ),
                "schema": {"type": "integer", "minimum": 1, "maximum": self.max_page_size},
            },
        ]
        if len(self.orderings) > 1:
            description = f"Sort order; a leading - reverses it. Default: {self.default_ordering}."
            ordering = _query_param(self.ordering_query_param, description)
            ordering["schema"] = {"type": "string", "enum": sorted(self.orderings)}
            parameters.append(ordering)
        return parameters

    def _ordering(self, request: Request) -> str:
        if len(self.orderings) == 1:
            return self.default_ordering
        name = request.query_params.get(self.ordering_query_param, self.default_ordering)
        if name not in self.orderings:
            choices = ", ".join(sorted(self.orderings))
            raise _invalid(self.ordering_query_param, f"Choose one of: {choices}.")
        return name

    def _cursor_prefix(self) -> list[Any]:
        # A cursor is only good for the order it was made in: it says which.
        return [self.ordering] if len(self.orderings) > 1 else []

    def _page_size(self, request: Request) -> int:
        raw = request.query_params.get(self.page_size_query_param)
        if raw is None:
            return self.page_size
        if not raw.isascii() or not raw.isdigit() or not 1 <= int(raw) <= self.max_page_size:
            message = f"A whole number from 1 to {self.max_page_size}."
            raise _invalid(self.page_size_query_param, message)
        return int(raw)

    def _decode(self, cursor: str, keys: Sequence[Key]) -> list[Any]:
        prefix = self._cursor_prefix()
        try:
            raw = base64.urlsafe_b64decode(cursor.encode("ascii")).decode("ascii").split("|")
            if raw[: len(prefix)] != prefix or len(raw) != len(prefix) + len(keys):
                raise ValueError(cursor)
            return [_parse(key, text) for key, text in zip(keys, raw[len(prefix) :], strict=True)]
        except (ValueError, UnicodeError, binascii.Error):
            raise _invalid(self.cursor_query_param, "This cursor is not valid.") from None


def encode_cursor(values: Sequence[Any]) -> str:
    raw = "|".join(_text(value) for value in values).encode("ascii")
    return base64.urlsafe_b64encode(raw).decode("ascii")


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.isoformat()
    return repr(value) if isinstance(value, float) else str(value)


def _parse(key: Key, text: str) -> Any:
    """A cursor value back, checked as strictly as a filter: anything else is a bad cursor."""
    if text == "" and key.nullable:
        return None
    if key.kind == "datetime":
        when = dt.datetime.fromisoformat(text)
        if when.tzinfo is None or when.year not in YEARS:
            raise ValueError(text)
        return when
    if key.kind == "float":
        number = float(text)
        if not math.isfinite(number):
            raise ValueError(text)
        return number
    if not (text.isascii() and text.isdigit() and 0 < int(text) <= MAX_ID):
        raise ValueError(text)
    return int(text)


def _invalid(parameter: str, message: str) -> exceptions.ValidationError:
    return exceptions.ValidationError({parameter: [message]})


def _query_param(name: str, description: str) -> dict[str, Any]:
    return {
        "name": name,
        "required": False,
        "in": "query",
        "description": description,
        "schema": {"type": "string"},
    }


def _orderings() -> dict[str, tuple[Key, ...]]:
    """The claims list's orders, each ending in the id and matching one of Claim's indexes
    (the id runs the way the index has it, so one index scan serves each)."""
    fields = {
        "checkworthiness": Key("checkworthiness", kind="float"),
        "created_at": Key("created_at", kind="datetime"),
        "updated_at": Key("updated_at", kind="datetime"),
        "published_at": Key("published_at", kind="datetime", nullable=True),
    }
    orderings: dict[str, tuple[Key, ...]] = {"id": (Key("id"),), "-id": (Key("id", True),)}
    for name, key in fields.items():
        for descending in (False, True):
            # The score index runs checkworthiness down and id up; the others, both the same way.
            id_descending = not descending if name == "checkworthiness" else descending
            column = Key(key.field, descending, key.kind, key.nullable)
            orderings[("-" if descending else "") + name] = (column, Key("id", id_descending))
    return orderings


class ClaimPagination(KeysetPagination):
    """The claims list: 50 a page by default, in any of the documented orders."""

    fields = ROW_FIELDS
    orderings = _orderings()
    default_ordering = "-checkworthiness"
    page_size = 50
    max_page_size = 200

    def paginate_queryset(  # type: ignore[override]
        self, queryset: QuerySet[Any], request: Request, view: Any = None
    ) -> list[dict[str, Any]]:
        if "page" in request.query_params:
            # Numbered pages are gone: a client still counting pages would loop on page one.
            message = "Pages are no longer numbered: follow next (a cursor) instead."
            raise _invalid("page", message)
        return super().paginate_queryset(queryset, request, view)


class ExportPagination(KeysetPagination):
    """The export: by publication time, then id, both fixed while an item stays published,
    on the index Claim has for them; items published later sort after any cursor."""

    fields = ROW_FIELDS
    orderings = {
        "published_at": (Key("published_at", kind="datetime"), Key("id")),
    }
    default_ordering = "published_at"
