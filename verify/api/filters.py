"""Query filters of the API, each with explicit lookups and strict parsing: a value that
does not parse (a word for a number, an unknown choice, a number past 64 bits, a date out
of range) is answered 400, never passed on to the database."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import django_filters as filters
from django import forms
from django.core.validators import RegexValidator
from django.db.models import Q, QuerySet, TextField
from django.db.models.functions import Cast
from django_filters.fields import IsoDateTimeField
from django_filters.rest_framework import DjangoFilterBackend

from verify.models import Article, Claim, ClaimKind, ClaimStatus, Source, SourceKind

MAX_ID = 2**63 - 1
SEARCH_MAX = 200
_FLAG = re.compile(r"^[a-z][a-z0-9_]{0,49}$")


class _IdField(forms.IntegerField):
    def __init__(self, **kwargs: Any) -> None:
        super().__init__(min_value=1, max_value=MAX_ID, **kwargs)


class IdFilter(filters.NumberFilter):
    field_class = _IdField


# Years a date-time parameter (or cursor) may name: far from the ends of what databases and
# Python store, so no time zone shift can overflow (SQLite's conversion to UTC would).
YEARS = range(1970, 9001)


class _BoundedDateTimeField(IsoDateTimeField):
    """ISO 8601 date-times within ``YEARS``."""

    def to_python(self, value: Any) -> dt.datetime | None:
        parsed: dt.datetime | None = super().to_python(value)
        if parsed is not None and parsed.year not in YEARS:
            raise forms.ValidationError("Give a date-time between the years 1970 and 9000.")
        return parsed


class DateTimeSinceFilter(filters.IsoDateTimeFilter):
    field_class = _BoundedDateTimeField

    def __init__(self, field_name: str, **kwargs: Any) -> None:
        kwargs.setdefault("help_text", "ISO 8601 date-time, e.g. 2026-01-31T12:00:00Z.")
        super().__init__(field_name=field_name, lookup_expr="gte", **kwargs)


class SearchFilter(filters.CharFilter):
    def __init__(self, **kwargs: Any) -> None:
        super().__init__(method="search", max_length=SEARCH_MAX, **kwargs)


class ClaimFilter(filters.FilterSet):
    status = filters.MultipleChoiceFilter(choices=ClaimStatus.choices, help_text="Repeatable.")
    kind = filters.ChoiceFilter(choices=ClaimKind.choices)
    verdict = IdFilter(field_name="verdict_id", help_text="A verdict id (see rating-scale/).")
    source = IdFilter(field_name="source_id", help_text="A source id (see sources/).")
    article = IdFilter(field_name="article_id", help_text="An article id.")
    flag = filters.CharFilter(
        method="filter_flag",
        max_length=50,
        validators=[RegexValidator(_FLAG, "A flag is lower-case letters, digits and _.")],
        help_text="Items carrying this flag, e.g. unsubstantiated.",
    )
    min_checkworthiness = filters.NumberFilter(
        field_name="checkworthiness", lookup_expr="gte", min_value=0, max_value=1
    )
    updated_since = DateTimeSinceFilter("updated_at")
    published_since = DateTimeSinceFilter("published_at")
    q = SearchFilter(help_text="Words in the text, the speaker as written, or the source's name.")

    class Meta:
        model = Claim
        fields: list[str] = []

    def search(self, queryset: QuerySet[Claim], name: str, value: str) -> QuerySet[Claim]:
        if not value.strip():
            return queryset
        return queryset.filter(
            Q(text__icontains=value)
            | Q(speaker_mention__icontains=value)
            | Q(source__name__icontains=value)
        )

    def filter_flag(self, queryset: QuerySet[Claim], name: str, value: str) -> QuerySet[Claim]:
        # JSON containment is PostgreSQL-only; the flag's quoted form in the JSON text is
        # exact on both databases because flags are plain tokens (validated above).
        as_text = Cast("flags", output_field=TextField())
        return queryset.alias(flags_text=as_text).filter(flags_text__contains=f'"{value}"')


class ExportFilter(filters.FilterSet):
    since = DateTimeSinceFilter("published_at")

    class Meta:
        model = Claim
        fields: list[str] = []


class ArticleFilter(filters.FilterSet):
    q = SearchFilter(help_text="Words in the title or the outlet's name.")
    outlet = filters.CharFilter(lookup_expr="iexact", max_length=200)

    class Meta:
        model = Article
        fields: list[str] = []

    def search(self, queryset: QuerySet[Article], name: str, value: str) -> QuerySet[Article]:
        return queryset.filter(Q(title__icontains=value) | Q(outlet__icontains=value))


class SourceFilter(filters.FilterSet):
    q = SearchFilter(help_text="Words in the source's name or one of its aliases.")
    kind = filters.ChoiceFilter(choices=SourceKind.choices)

    class Meta:
        model = Source
        fields: list[str] = []

    def search(self, queryset: QuerySet[Source], name: str, value: str) -> QuerySet[Source]:
        matching = Q(name__icontains=value) | Q(aliases__name__icontains=value)
        return queryset.filter(pk__in=Source.objects.filter(matching).values("pk"))


class FilterBackend(DjangoFilterBackend):
    """django-filter's backend, without building the filter set and its form (≈1 ms of CPU)
    for a request that names none of its filters: every filter here passes an absent value
    through, so the query is the same (tests/api/test_filters.py holds each to that)."""

    def filter_queryset(self, request: Any, queryset: QuerySet[Any], view: Any) -> QuerySet[Any]:
        named = self.get_filterset_class(view, queryset)
        if named is not None and not names_a_filter(request.query_params, named):
            return queryset
        result: QuerySet[Any] = super().filter_queryset(request, queryset, view)
        return result


def names_a_filter(params: Any, filterset_class: type[filters.FilterSet]) -> bool:
    """Whether a query parameter may reach a filter: its name, or its name with the suffix
    of a widget in parts (``name_min``, ``name_0``)."""
    names = filterset_class.base_filters
    return any(key == name or key.startswith(f"{name}_") for key in params for name in names)
