"""Keyset paging: the rows after a given one in an order that ends in a unique column, found
by a condition on the order's columns instead of an OFFSET. Shared by the review queue and the
API's cursor pages."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from django.db.models import F, Q
from django.db.models.expressions import OrderBy


@dataclass(frozen=True, slots=True)
class Key:
    """One column of an ordering. A NULL sorts after every value (as PostgreSQL's indexes
    keep it): last going up, first going down."""

    field: str
    descending: bool = False
    kind: str = "id"  # how its cursor value is written: id, float or datetime
    nullable: bool = False

    def order_by(self) -> OrderBy:
        if self.descending:
            return F(self.field).desc(nulls_first=True if self.nullable else None)
        return F(self.field).asc(nulls_last=True if self.nullable else None)

    def after(self, value: Any) -> Q:
        """Rows strictly past ``value`` in this key's direction."""
        if value is None:  # among the NULLs, which sort after every value
            return Q(**{f"{self.field}__isnull": False}) if self.descending else Q(pk__in=[])
        past = Q(**{f"{self.field}__{'lt' if self.descending else 'gt'}": value})
        if self.nullable and not self.descending:
            past |= Q(**{f"{self.field}__isnull": True})
        return past

    def at_or_after(self, value: Any) -> Q:
        if value is None:
            return self.after(value) | self.equal(value)
        level = Q(**{f"{self.field}__{'lte' if self.descending else 'gte'}": value})
        if self.nullable and not self.descending:
            level |= Q(**{f"{self.field}__isnull": True})
        return level

    def equal(self, value: Any) -> Q:
        return Q(**{f"{self.field}__isnull": True}) if value is None else Q(**{self.field: value})


def after(keys: Sequence[Key], values: Sequence[Any]) -> Q:
    """Rows that sort after the row with these values: past it on the first key, or level
    with it there and past it on the rest. The first key's range is also stated on its own
    (``checkworthiness <= v AND (...)``): PostgreSQL then starts the index scan at the
    cursor instead of filtering every row before it."""
    first, rest = keys[0], keys[1:]
    if not rest:
        return first.after(values[0])
    beyond = first.after(values[0]) | (first.equal(values[0]) & after(rest, values[1:]))
    return first.at_or_after(values[0]) & beyond
