"""The filter backend skips a filter set the request does not name: only right while every
filter passes an absent value through."""

from __future__ import annotations

import django_filters
import pytest
from django.http import QueryDict

from verify.api import filters
from verify.api.filters import names_a_filter

pytestmark = pytest.mark.django_db

FILTERSETS = [
    value
    for value in vars(filters).values()
    if isinstance(value, type)
    and issubclass(value, django_filters.FilterSet)
    and value.__module__ == filters.__name__
]


def test_every_filter_set_of_the_api_is_checked() -> None:
    assert {f.__name__ for f in FILTERSETS} >= {"ClaimFilter", "ArticleFilter", "SourceFilter"}


@pytest.mark.parametrize("filterset_class", FILTERSETS, ids=lambda f: f.__name__)
def test_no_filter_named_leaves_the_query_alone(
    filterset_class: type[django_filters.FilterSet],
) -> None:
    queryset = filterset_class._meta.model.objects.order_by("pk")
    filterset = filterset_class(QueryDict("page_size=5&cursor=x"), queryset=queryset)
    assert filterset.is_valid()
    assert str(filterset.qs.query) == str(queryset.query)


@pytest.mark.parametrize(
    ("query", "named"),
    [
        ("", False),
        ("page_size=5&cursor=abc", False),
        ("status=new", True),
        ("page_size=5&q=", True),
        ("updated_since_0=x", True),
        ("qq=1", False),
    ],
)
def test_names_a_filter(query: str, named: bool) -> None:
    assert names_a_filter(QueryDict(query), filters.ClaimFilter) is named
