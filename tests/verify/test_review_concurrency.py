"""Concurrency on PostgreSQL: simultaneous "next item" presses never share an
item, and simultaneous saves of one version let exactly one through.

Each thread has its own database connection, so these are real concurrent
transactions (SQLite serialises writers, so the race these guard against
cannot happen there)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest
from django.db import connection

from accounts.models import User
from accounts.permissions import Role
from tests.factories import make_claim
from verify.models import Claim
from verify.services import review

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture(autouse=True)
def _postgres_only() -> None:
    if connection.vendor != "postgresql":
        pytest.skip("concurrency tests need PostgreSQL (SQLite serialises all writers)")


def _race(workers: list[Callable[[], Any]]) -> list[Any]:
    """Run the workers at the same moment, each in its own thread and connection."""
    barrier = threading.Barrier(len(workers))
    results: list[Any] = [None] * len(workers)

    def run(index: int, work: Callable[[], Any]) -> None:
        from django.db import connection as thread_connection

        try:
            barrier.wait()
            results[index] = work()
        except Exception as error:  # reported to the test, which asserts on it
            results[index] = error
        finally:
            thread_connection.close()

    threads = [threading.Thread(target=run, args=(i, w)) for i, w in enumerate(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return results


def test_editors_pressing_next_together_never_get_the_same_item(
    make_user: Callable[..., User],
) -> None:
    editors = [make_user(f"editor{i}", Role.EDITOR) for i in range(6)]
    items = [make_claim(checkworthiness=0.5) for _ in range(4)]

    def next_for(user: User) -> Callable[[], Claim | None]:
        return lambda: review.claim_take_next(
            user=user, candidates=Claim.objects.order_by("-checkworthiness", "id")
        )

    results = _race([next_for(user) for user in editors])
    taken = [r for r in results if isinstance(r, Claim)]
    assert not [r for r in results if isinstance(r, Exception)]
    assert sorted(c.pk for c in taken) == sorted(c.pk for c in items)
    assert results.count(None) == 2
    holders = dict(Claim.objects.values_list("pk", "assignee"))
    assert {holders[c.pk] for c in taken} == {c.assignee_id for c in taken}


def test_two_saves_of_the_same_version_let_exactly_one_through(
    make_user: Callable[..., User],
) -> None:
    one, two = make_user("eddie", Role.EDITOR), make_user("erin", Role.EDITOR)
    claim = make_claim()

    def save(user: User, name: str) -> Callable[[], Claim]:
        return lambda: review.claim_source_set(
            user=user, pk=claim.pk, version=claim.version, name=name, create=True
        )

    results = _race([save(one, "First Source"), save(two, "Second Source")])
    saved = [r for r in results if isinstance(r, Claim)]
    refused = [r for r in results if isinstance(r, review.ReviewRefused)]
    assert len(saved) == 1
    assert len(refused) == 1
    claim.refresh_from_db()
    assert claim.version == 2
    assert claim.source is not None
    winner = saved[0].source
    assert winner is not None
    assert claim.source.name == winner.name
