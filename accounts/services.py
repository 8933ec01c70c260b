"""Writes to accounts: users and their roles."""

from __future__ import annotations

from django.contrib.auth.models import Group
from django.db import transaction

from accounts.models import User
from accounts.permissions import Role


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
