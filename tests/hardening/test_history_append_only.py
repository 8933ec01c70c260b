"""No code path updates or deletes a ClaimEvent: the database triggers refuse every bulk
path the ORM offers, and nothing that deletes a claim, an article or a user can cascade
into the history. (Single-row save/delete and raw SQL are covered in tests/verify.)"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.contrib.admin.sites import site
from django.db import DatabaseError, transaction
from django.db.models import ProtectedError
from django.test import RequestFactory

from accounts.models import User
from tests.factories import make_claim
from verify.models import Article, Claim, ClaimEvent
from verify.services.events import claim_event_record

pytestmark = pytest.mark.django_db


@pytest.fixture
def event(editor: User) -> ClaimEvent:
    claim = make_claim()
    return claim_event_record(claim=claim, actor=editor, action=ClaimEvent.Action.EDITED,
                              before={"kind": "claim"}, after={"kind": "quote"})  # fmt: skip


def _bulk_writes(event: ClaimEvent) -> dict[str, Callable[[], Any]]:
    events = ClaimEvent.objects.filter(pk=event.pk)

    def bulk_update() -> None:
        event.note = "rewritten"
        ClaimEvent.objects.bulk_update([event], ["note"])

    return {
        "queryset-update": lambda: events.update(note="rewritten"),
        "queryset-delete": events.delete,
        "bulk-update": bulk_update,
        "update-or-create": lambda: ClaimEvent.objects.update_or_create(
            pk=event.pk, defaults={"note": "rewritten"}
        ),
    }


@pytest.mark.parametrize("way", ["queryset-update", "queryset-delete", "bulk-update",
                                 "update-or-create"])  # fmt: skip
def test_bulk_orm_writes_to_the_history_are_refused_by_the_database(
    event: ClaimEvent, way: str
) -> None:
    with pytest.raises((DatabaseError, ValueError)), transaction.atomic():
        _bulk_writes(event)[way]()
    stored = ClaimEvent.objects.get(pk=event.pk)
    assert (stored.note, stored.after) == ("", {"kind": "quote"})


def test_deleting_what_the_history_points_at_cannot_cascade_into_it(
    event: ClaimEvent, editor: User
) -> None:
    claim = Claim.objects.get(pk=event.claim_id)
    for doomed in (claim, Article.objects.get(pk=claim.article_id), editor):
        with pytest.raises(ProtectedError), transaction.atomic():
            doomed.delete()
    assert ClaimEvent.objects.filter(pk=event.pk).exists()


def test_the_admin_offers_no_way_to_change_or_delete_history(admin_user: User) -> None:
    admin_user.is_superuser = True
    request = RequestFactory().get("/admin/")
    request.user = admin_user
    history_admin = site.get_model_admin(ClaimEvent)
    assert not history_admin.has_change_permission(request)
    assert not history_admin.has_delete_permission(request)
    assert not history_admin.has_add_permission(request)
