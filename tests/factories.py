"""Test data: factory-boy factories behind small typed functions."""

from __future__ import annotations

import hashlib
from typing import Any, cast

import factory

from verify.models import Article, Claim, Source


class _ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article

    title = factory.Sequence(lambda n: f"Article {n}")
    body = factory.Sequence(
        lambda n: f"Report {n}. The minister said the bridge cost 40 million euros to build."
    )
    outlet = "Example Times"
    content_hash = factory.LazyAttribute(
        lambda o: hashlib.sha256(o.body.encode("utf-8")).hexdigest()
    )


class _SourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Source

    name = factory.Sequence(lambda n: f"Person {n}")


class _ClaimFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Claim

    article = factory.SubFactory(_ArticleFactory)
    kind = Claim.Kind.CLAIM
    start = factory.LazyAttribute(lambda o: o.article.body.index("The minister"))
    end = factory.LazyAttribute(lambda o: len(o.article.body))
    text = factory.LazyAttribute(lambda o: o.article.body[o.start : o.end])
    checkworthiness = 0.8


def make_article(**fields: Any) -> Article:
    return cast(Article, _ArticleFactory(**fields))


def make_source(**fields: Any) -> Source:
    return cast(Source, _SourceFactory(**fields))


def make_claim(**fields: Any) -> Claim:
    return cast(Claim, _ClaimFactory(**fields))
