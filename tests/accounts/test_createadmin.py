from __future__ import annotations

import pytest
from django.core.management import CommandError, call_command

from accounts.models import User
from accounts.permissions import Role, user_role

pytestmark = pytest.mark.django_db


def test_createadmin_makes_an_admin_from_the_environment_password(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("VERIFY_ADMIN_PASSWORD", "a long and unusual passphrase 7")
    call_command("createadmin", "--username", "boss", "--email", "boss@example.org", "--noinput")
    boss = User.objects.get(username="boss")
    assert user_role(boss) == Role.ADMIN
    assert boss.check_password("a long and unusual passphrase 7")


def test_createadmin_refuses_a_weak_password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VERIFY_ADMIN_PASSWORD", "password")
    with pytest.raises(CommandError, match="too common"):
        call_command("createadmin", "--username", "boss", "--email", "b@example.org", "--noinput")
    assert not User.objects.exists()


def test_createadmin_refuses_a_duplicate_email(
    monkeypatch: pytest.MonkeyPatch, editor: User
) -> None:
    monkeypatch.setenv("VERIFY_ADMIN_PASSWORD", "a long and unusual passphrase 7")
    with pytest.raises(CommandError, match="e-mail address already exists"):
        call_command(
            "createadmin", "--username", "boss", "--email", "EDDIE@example.org", "--noinput"
        )


def test_createadmin_prompts_twice(monkeypatch: pytest.MonkeyPatch) -> None:
    answers = iter(["a long and unusual passphrase 7", "a different passphrase 8"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    with pytest.raises(CommandError, match="differ"):
        call_command("createadmin", "--username", "boss", "--email", "b@example.org")
