"""Items made from plain rows (lists, export pages) are exactly what ClaimSerializer makes."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.test import override_settings
from rest_framework.renderers import JSONRenderer

from accounts.models import User
from tests.api.helpers import depot_claim, published_claim
from tests.factories import make_claim, make_source
from verify.api.items import claim_items
from verify.api.serializers import ClaimSerializer
from verify.exports import ROW_FIELDS, RatingBounds, rating_bounds
from verify.models import Claim, Source, Verdict

pytestmark = pytest.mark.django_db


def _both_ways(claims: list[Claim]) -> tuple[bytes, bytes]:
    ids = [claim.pk for claim in claims]
    rows = Claim.objects.filter(pk__in=ids).order_by("id").values(*ROW_FIELDS)
    models = (
        Claim.objects.filter(pk__in=ids)
        .order_by("id")
        .select_related("article", "source", "verdict")
        .prefetch_related("evidence")
    )
    context = {"rating_bounds": rating_bounds()}
    from_serializer = ClaimSerializer(models, many=True, context=context).data
    render = JSONRenderer().render
    return render(claim_items(rows, bounds=rating_bounds())), render(from_serializer)


def _varied_claims(reviewer: User, editor: User) -> list[Claim]:
    linked_to = published_claim(label="Mostly false")
    return [
        depot_claim(reviewer=reviewer),  # evidence, flags, an unrated verdict, a conclusion
        linked_to,  # a rated verdict
        make_claim(
            kind=Claim.Kind.QUOTE,
            quote_kind=Claim.QuoteKind.DIRECT,
            source=make_source(name="Ana Lind", kind=Source.Kind.PERSON, role_title="Mayor"),
            speaker_mention="Lind",
            cue="said",
            checkworthiness=0.123456789,
            linked_to=linked_to,
        ),
        make_claim(  # proposed: verdict and conclusion stay inside the desk
            status=Claim.Status.PROPOSED,
            verdict=Verdict.objects.get(label="False"),
            conclusion="Draft reasoning with “quotes” and ünïcode.",
            proposed_by=editor,
        ),
        make_claim(source=None, flags=["hedged", "unsubstantiated"]),
    ]


def test_items_from_rows_are_byte_for_byte_the_serializers(reviewer: User, editor: User) -> None:
    from_rows, from_serializer = _both_ways(_varied_claims(reviewer, editor))

    assert json.loads(from_rows)  # not two empty lists
    assert from_rows == from_serializer


@override_settings(TIME_ZONE="Europe/Berlin")
def test_items_write_times_in_the_current_zone_like_the_serializer(reviewer: User) -> None:
    claim = depot_claim(reviewer=reviewer)

    from_rows, from_serializer = _both_ways([claim])

    assert b'"published_at":"2026-04-14T11:30:00+02:00"' in from_rows
    assert from_rows == from_serializer


def test_items_of_no_rows_need_no_query(django_assert_num_queries: Any) -> None:
    with django_assert_num_queries(0):
        assert claim_items([], bounds=RatingBounds(worst=1, best=5)) == []
