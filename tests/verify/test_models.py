"""Rules the database itself enforces: a violating row is refused by the
database even when Python's checks are bypassed."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import IntegrityError, InternalError, connection, transaction
from django.db.utils import DatabaseError

from tests.factories import make_article, make_claim
from verify.models import Article, Claim, ClaimEvent

pytestmark = pytest.mark.django_db


def _refused(statement: str, params: list[Any]) -> bool:
    """Run raw SQL (no model validation at all); True when the database refuses it."""
    try:
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(statement, params)
    except (IntegrityError, InternalError, DatabaseError):
        return True
    return False


INSERT_CLAIM = (
    'INSERT INTO verify_claim (article_id, kind, quote_kind, start, "end", text, prefix, suffix,'
    " speaker_mention, cue, checkworthiness, flags, status, conclusion, dismissed_reason,"
    " version, created_at, updated_at)"
    " VALUES (%s, %s, '', %s, %s, 'x', '', '', '', '', %s, '[]', %s, '', '', 1,"
    " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
)


def _insert(article: Article, *, kind: str = "claim", start: int = 0, end: int = 5,
            score: float = 0.5, status: str = "new") -> bool:  # fmt: skip
    return _refused(INSERT_CLAIM, [article.pk, kind, start, end, score, status])


def test_a_valid_row_is_accepted_by_raw_sql() -> None:
    # Guards the tests below: they fail for the rule, not for a broken statement.
    assert not _insert(make_article())


def test_database_refuses_start_not_before_end() -> None:
    assert _insert(make_article(), start=5, end=5)


def test_database_refuses_negative_start() -> None:
    assert _insert(make_article(), start=-1, end=5)


def test_database_refuses_end_beyond_the_article_body() -> None:
    article = make_article()
    assert not _insert(article, start=0, end=len(article.body))
    assert _insert(article, start=1, end=len(article.body) + 1)


def test_database_refuses_moving_an_item_beyond_the_body() -> None:
    claim = make_claim()
    with pytest.raises((IntegrityError, InternalError, DatabaseError)), transaction.atomic():
        Claim.objects.filter(pk=claim.pk).update(end=len(claim.article.body) + 10)


def test_database_refuses_unknown_status_and_kind() -> None:
    article = make_article()
    assert _insert(article, status="approved")
    assert _insert(article, kind="rumour")


def test_database_refuses_checkworthiness_outside_unit_interval() -> None:
    assert _insert(make_article(), score=1.5)


def test_database_refuses_a_second_article_with_the_same_content_hash() -> None:
    first = make_article()
    with pytest.raises(IntegrityError), transaction.atomic():
        make_article(body=first.body + " ", content_hash=first.content_hash)


def test_database_refuses_publishing_without_a_verdict() -> None:
    claim = make_claim()
    with pytest.raises(IntegrityError), transaction.atomic():
        Claim.objects.filter(pk=claim.pk).update(status="published")


def test_claim_history_cannot_be_updated_or_deleted_even_in_sql() -> None:
    claim = make_claim()
    event = ClaimEvent.objects.create(claim=claim, action=ClaimEvent.Action.CREATED)
    assert _refused("UPDATE verify_claimevent SET action = 'edited' WHERE id = %s", [event.pk])
    assert _refused("DELETE FROM verify_claimevent WHERE id = %s", [event.pk])
    assert ClaimEvent.objects.get(pk=event.pk).action == ClaimEvent.Action.CREATED


def test_claim_history_refuses_changes_through_the_orm() -> None:
    event = ClaimEvent.objects.create(claim=make_claim(), action=ClaimEvent.Action.CREATED)
    event.note = "rewritten"
    with pytest.raises(ValueError, match="append-only"):
        event.save()
    with pytest.raises(ValueError, match="append-only"):
        event.delete()
