"""Writes to accounts: users and their roles."""

from __future__ import annotations

import datetime as dt

from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone

from accounts.models import ApiToken, User
from accounts.permissions import Role
from accounts.tokens import key_generate, key_hash, key_prefix


@transaction.atomic
def user_set_role(*, user: User, role: Role) -> User:
    """A user holds exactly one role group; admins may also use the Django admin."""
    user.groups.set([Group.objects.get(name=role)])
    user.is_staff = role == Role.ADMIN
    user.save(update_fields=["is_staff"])
    user.__dict__.pop("_verify_role", None)
    return user


@transaction.atomic
def user_create(
    *,
    username: str,
    email: str,
    role: Role,
    password: str | None = None,
    first_name: str = "",
    last_name: str = "",
) -> User:
    user = User(username=username, email=email, first_name=first_name, last_name=last_name)
    if password:
        user.set_password(password)
    else:
        user.set_unusable_password()
    user.save()
    return user_set_role(user=user, role=role)


@transaction.atomic
def api_token_create(*, user: User, name: str, read_only: bool = False) -> tuple[ApiToken, str]:
    """A new token and its plain key: the only time the key is known."""
    key = key_generate()
    token = ApiToken(
        user=user, name=name.strip(), prefix=key_prefix(key), key_hash=key_hash(key),
        read_only=read_only,
    )  # fmt: skip
    token.full_clean()
    token.save()
    return token, key


# A token's last use is shown to the nearest minute; writing it on every request
# would turn every API read into a database write.
TOKEN_TOUCH_INTERVAL = dt.timedelta(minutes=1)


def api_token_touch(*, token: ApiToken, now: dt.datetime | None = None) -> None:
    now = now or timezone.now()
    if token.last_used_at is not None and now - token.last_used_at < TOKEN_TOUCH_INTERVAL:
        return
    ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
    token.last_used_at = now


@transaction.atomic
def api_token_revoke(*, token: ApiToken) -> ApiToken:
    if token.revoked_at is None:
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at"])
    return token
