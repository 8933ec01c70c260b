from __future__ import annotations

from typing import Any

import pytest
from django.contrib.auth.models import Group

from accounts import permissions as perms
from accounts.models import User
from tests.factories import make_claim
from verify.models import Claim

pytestmark = pytest.mark.django_db


def test_the_four_roles_exist_as_groups_with_growing_permissions() -> None:
    groups = {g.name: {f"{p.content_type.app_label}.{p.codename}" for p in g.permissions.all()}
              for g in Group.objects.prefetch_related("permissions__content_type")}  # fmt: skip
    assert set(groups) == {"viewer", "editor", "reviewer", "admin"}
    assert groups["viewer"] < groups["editor"] < groups["reviewer"] < groups["admin"]
    assert "verify.view_claim" in groups["viewer"]
    assert "verify.add_article" not in groups["viewer"]
    assert "verify.propose_verdict" in groups["editor"]
    assert "verify.publish_claim" not in groups["editor"]
    assert "verify.publish_claim" in groups["reviewer"]
    assert "accounts.manage_users" in groups["admin"]
    assert "accounts.manage_users" not in groups["reviewer"]


def test_role_predicates_follow_the_role(viewer: User, editor: User, reviewer: User,
                                         admin_user: User, no_role_user: User) -> None:  # fmt: skip
    table: list[tuple[Any, bool, bool, bool]] = [
        # user, can view, can ingest, can manage users
        (no_role_user, False, False, False),
        (viewer, True, False, False),
        (editor, True, True, False),
        (reviewer, True, True, False),
        (admin_user, True, True, True),
    ]
    for user, view, ingest, manage in table:
        assert perms.user_can_view(user) is view, user
        assert perms.user_can_ingest(user) is ingest, user
        assert perms.user_can_manage_users(user) is manage, user


def test_reviewer_cannot_publish_own_proposal(editor: User, reviewer: User) -> None:
    claim = make_claim(status=Claim.Status.PROPOSED, proposed_by=reviewer)
    assert not perms.user_can_publish(reviewer, claim)
    other = make_claim(status=Claim.Status.PROPOSED, proposed_by=editor)
    assert perms.user_can_publish(reviewer, other)
    assert not perms.user_can_publish(editor, other)


def test_deactivated_user_has_no_role(editor: User) -> None:
    editor.is_active = False
    assert perms.user_role(editor) is None
    assert not perms.user_can_view(editor)
