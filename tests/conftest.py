"""Shared fixtures: one named persona per role (after healthchecks' alice/bob)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from django.test import Client

from accounts.models import User
from accounts.permissions import Role
from accounts.services import user_create

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_68572fa5849bac55.txt"
PASSWORD = "correct horse battery staple"


@pytest.fixture(autouse=True)
def _fast_password_hasher(settings: Any) -> None:
    # The default hasher costs ~0.3 s a user; tests create many.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def make_user(db: None) -> Callable[..., User]:
    def make(username: str, role: Role | None = Role.EDITOR, **fields: Any) -> User:
        if role is None:
            user = User.objects.create_user(username=username, password=PASSWORD, **fields)
            return user
        return user_create(
            username=username,
            email=fields.pop("email", f"{username}@example.org"),
            role=role,
            password=PASSWORD,
            **fields,
        )

    return make


@pytest.fixture
def viewer(make_user: Callable[..., User]) -> User:
    return make_user("vera", Role.VIEWER)


@pytest.fixture
def editor(make_user: Callable[..., User]) -> User:
    return make_user("eddie", Role.EDITOR)


@pytest.fixture
def other_editor(make_user: Callable[..., User]) -> User:
    return make_user("erin", Role.EDITOR)


@pytest.fixture
def reviewer(make_user: Callable[..., User]) -> User:
    return make_user("rosa", Role.REVIEWER)


@pytest.fixture
def admin_user(make_user: Callable[..., User]) -> User:
    return make_user("ada", Role.ADMIN)


@pytest.fixture
def no_role_user(make_user: Callable[..., User]) -> User:
    return make_user("nobody", None)


def client_for(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")
