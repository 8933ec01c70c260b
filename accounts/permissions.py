"""What each role may do: the one place views, the API and services ask.

Roles are groups (viewer, editor, reviewer, admin) holding model permissions;
the predicates below combine a permission with the item's state. This module
sits at the bottom of the import graph: it knows claims only through the small
protocol below, so it never imports the verify app.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Protocol

from django.utils import timezone


class Role(StrEnum):
    VIEWER = "viewer"
    EDITOR = "editor"
    REVIEWER = "reviewer"
    ADMIN = "admin"


ROLE_ORDER = [Role.VIEWER, Role.EDITOR, Role.REVIEWER, Role.ADMIN]


class ClaimLike(Protocol):
    status: str
    assignee_id: int | None
    lease_expires_at: dt.datetime | None
    proposed_by_id: int | None


# Claim.Status values, repeated here so this module stays below verify.
_OPEN = {"new", "in_review"}
_PUBLISHED = "published"
_PROPOSED = "proposed"
_DISMISSED = "dismissed"


def user_role(user: Any) -> Role | None:
    """The highest role among the user's groups (cached on the user object)."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return None
    if hasattr(user, "_verify_role"):
        cached: Role | None = user._verify_role
        return cached
    role = _role_from(set(user.groups.values_list("name", flat=True)), user.is_superuser)
    user._verify_role = role
    return role


def _role_from(names: set[str], is_superuser: bool) -> Role | None:
    role = Role.ADMIN if is_superuser else None
    for candidate in ROLE_ORDER:
        if candidate in names:
            role = candidate if role is None or _rank(candidate) > _rank(role) else role
    return role


@dataclass(frozen=True)
class UserAccess:
    """A user's group names and permissions, loaded at once (accounts.selectors.user_access)."""

    group_names: set[str]
    user_perms: set[str]
    group_perms: set[str]


def prime_access(user: Any, access: UserAccess) -> None:
    """Fill the caches user_role and Django's ModelBackend fill on first use, from values
    loaded with one query: the same answers, two queries fewer.

    The caches live on this user object only, as the backend's do: one request."""
    if not user.is_active:
        return  # nothing to answer: the backend and user_role refuse an inactive user
    user._verify_role = _role_from(access.group_names, user.is_superuser)
    if user.is_superuser:
        return  # has_perm grants everything without asking the backend
    user._user_perm_cache = set(access.user_perms)
    user._group_perm_cache = set(access.group_perms)
    user._perm_cache = user._user_perm_cache | user._group_perm_cache


def _rank(role: Role) -> int:
    return ROLE_ORDER.index(role)


def _at_least(user: Any, role: Role) -> bool:
    actual = user_role(user)
    return actual is not None and _rank(actual) >= _rank(role)


def user_can_view(user: Any) -> bool:
    return _at_least(user, Role.VIEWER) and user.has_perm("verify.view_claim")


def user_can_ingest(user: Any) -> bool:
    return _at_least(user, Role.EDITOR) and user.has_perm("verify.add_article")


def user_can_edit(user: Any) -> bool:
    """May edit items in general: source, kind, span, evidence, comments."""
    return _at_least(user, Role.EDITOR) and user.has_perm("verify.change_claim")


def lease_held_by_other(user: Any, claim: ClaimLike, *, now: dt.datetime | None = None) -> bool:
    if claim.assignee_id is None or claim.assignee_id == user.pk:
        return False
    expires = claim.lease_expires_at
    return expires is not None and expires > (now or timezone.now())


def user_can_edit_claim(user: Any, claim: ClaimLike) -> bool:
    """Editing a published or dismissed item needs a reopen first; an item
    leased to someone else is theirs until the lease runs out."""
    return (
        user_can_edit(user)
        and claim.status in _OPEN | {_PROPOSED}
        and not lease_held_by_other(user, claim)
    )


def user_can_take(user: Any, claim: ClaimLike) -> bool:
    return user_can_edit(user) and claim.status in _OPEN and not lease_held_by_other(user, claim)


def user_can_propose(user: Any, claim: ClaimLike) -> bool:
    return (
        user_can_edit(user)
        and user.has_perm("verify.propose_verdict")
        and claim.status in _OPEN
        and not lease_held_by_other(user, claim)
    )


def user_can_dismiss(user: Any, claim: ClaimLike) -> bool:
    return user_can_edit_claim(user, claim)


def user_can_publish(user: Any, claim: ClaimLike) -> bool:
    """Approve a proposed verdict: a reviewer, never the one who proposed it."""
    return (
        _at_least(user, Role.REVIEWER)
        and user.has_perm("verify.publish_claim")
        and claim.status == _PROPOSED
        and claim.proposed_by_id != user.pk
    )


def user_can_send_back(user: Any, claim: ClaimLike) -> bool:
    return user_can_publish(user, claim)


def user_can_reopen(user: Any, claim: ClaimLike) -> bool:
    return (
        _at_least(user, Role.REVIEWER)
        and user.has_perm("verify.publish_claim")
        and claim.status in {_PUBLISHED, _DISMISSED}
    )


def user_can_manage_users(user: Any) -> bool:
    return _at_least(user, Role.ADMIN) and user.has_perm("accounts.manage_users")


def user_can_manage_scale(user: Any) -> bool:
    return _at_least(user, Role.ADMIN) and user.has_perm("verify.change_verdict")
