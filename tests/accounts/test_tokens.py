from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import ValidationError
from django.utils import timezone
from rest_framework.exceptions import AuthenticationFailed
from rest_framework.request import Request
from rest_framework.test import APIRequestFactory

from accounts.authentication import ApiTokenAuthentication
from accounts.models import ApiToken, User
from accounts.permissions import Role, user_role
from accounts.services import (
    api_token_create,
    api_token_revoke,
    api_token_touch,
    user_set_role,
)
from accounts.tokens import key_hash

pytestmark = pytest.mark.django_db


def _authenticate(header: str) -> tuple[User, ApiToken] | None:
    django_request = APIRequestFactory().get("/api/v1/claims/", HTTP_AUTHORIZATION=header)
    return ApiTokenAuthentication().authenticate(Request(django_request))


def test_token_is_stored_only_as_a_hash(editor: User) -> None:
    token, key = api_token_create(user=editor, name="CMS")
    stored = ApiToken.objects.get(pk=token.pk)
    assert stored.key_hash == key_hash(key)
    assert key not in {stored.key_hash, stored.prefix, stored.name}
    assert key.startswith(stored.prefix)


@pytest.mark.parametrize("keyword", ["Token", "Bearer", "bearer"])
def test_token_authenticates_with_token_or_bearer_keyword(editor: User, keyword: str) -> None:
    token, key = api_token_create(user=editor, name="CMS", read_only=True)
    result = _authenticate(f"{keyword} {key}")
    assert result is not None
    user, auth = result
    assert user == editor
    assert auth == token
    assert auth.read_only is True


def test_other_authorization_schemes_are_left_to_other_authenticators() -> None:
    assert _authenticate("Basic dXNlcjpwYXNz") is None


def test_unknown_key_is_refused(editor: User) -> None:
    api_token_create(user=editor, name="CMS")
    with pytest.raises(AuthenticationFailed):
        _authenticate("Token vfy_not-a-real-key")


def test_malformed_header_is_refused() -> None:
    with pytest.raises(AuthenticationFailed, match="Malformed"):
        _authenticate("Token a b")


def test_revoked_token_is_refused(editor: User) -> None:
    token, key = api_token_create(user=editor, name="CMS")
    api_token_revoke(token=token)
    with pytest.raises(AuthenticationFailed):
        _authenticate(f"Token {key}")


def test_token_of_deactivated_user_is_refused(editor: User) -> None:
    _, key = api_token_create(user=editor, name="CMS")
    editor.is_active = False
    editor.save()
    with pytest.raises(AuthenticationFailed):
        _authenticate(f"Token {key}")


def test_use_records_last_used_at(editor: User) -> None:
    token, key = api_token_create(user=editor, name="CMS")
    assert token.last_used_at is None
    _authenticate(f"Bearer {key}")
    token.refresh_from_db()
    assert token.last_used_at is not None


def test_last_used_at_is_written_at_most_once_a_minute(editor: User) -> None:
    token, _ = api_token_create(user=editor, name="CMS")
    first = timezone.now()
    api_token_touch(token=token, now=first)
    api_token_touch(token=token, now=first + dt.timedelta(seconds=30))
    token.refresh_from_db()
    assert token.last_used_at == first
    later = first + dt.timedelta(seconds=61)
    api_token_touch(token=token, now=later)
    token.refresh_from_db()
    assert token.last_used_at == later


def test_live_token_names_are_unique_per_user(editor: User, reviewer: User) -> None:
    token, _ = api_token_create(user=editor, name="CMS")
    with pytest.raises(ValidationError, match="already have a token with this name"):
        api_token_create(user=editor, name="cms")
    api_token_create(user=reviewer, name="CMS")
    api_token_revoke(token=token)
    api_token_create(user=editor, name="CMS")  # a revoked token's name is free again


def _fresh_answers(user: User) -> tuple[object, ...]:
    """Role and permissions as a user object loaded without the token asks the database."""
    fresh = User.objects.get(pk=user.pk)
    return (
        user_role(fresh),
        fresh.get_all_permissions(),
        ModelBackend().get_user_permissions(fresh),
        ModelBackend().get_group_permissions(fresh),
        fresh.has_perm("verify.publish_claim"),
    )


@pytest.mark.parametrize("role", [None, *Role])
def test_token_user_comes_with_the_same_role_and_permissions(
    make_user: Callable[..., User], role: Role | None, django_assert_num_queries: Any
) -> None:
    user = make_user("pat", role)
    # A permission of the user's own, and a second group, count as they do for the backend.
    user.user_permissions.add(Permission.objects.get(codename="add_source"))
    user.groups.add(Group.objects.create(name="desk, night shift"))
    _token, key = api_token_create(user=user, name="CMS")
    result = _authenticate(f"Token {key}")
    assert result is not None
    authenticated = result[0]
    with django_assert_num_queries(0):
        answers = (
            user_role(authenticated),
            authenticated.get_all_permissions(),
            ModelBackend().get_user_permissions(authenticated),
            ModelBackend().get_group_permissions(authenticated),
            authenticated.has_perm("verify.publish_claim"),
        )
    assert answers == _fresh_answers(user)
    assert "verify.add_source" in answers[1]


def test_token_superuser_keeps_every_permission(make_user: Callable[..., User]) -> None:
    user = make_user("root", None, is_superuser=True)
    _token, key = api_token_create(user=user, name="CMS")
    result = _authenticate(f"Token {key}")
    assert result is not None
    assert user_role(result[0]) == Role.ADMIN
    assert result[0].has_perm("accounts.manage_users")
    assert result[0].get_all_permissions() == _fresh_answers(user)[1]


def test_role_change_applies_to_the_next_token_request(make_user: Callable[..., User]) -> None:
    user = make_user("pat", Role.VIEWER)
    _token, key = api_token_create(user=user, name="CMS")
    user_set_role(user=User.objects.get(pk=user.pk), role=Role.REVIEWER)
    result = _authenticate(f"Token {key}")
    assert result is not None
    assert user_role(result[0]) == Role.REVIEWER
    assert result[0].has_perm("verify.publish_claim")
