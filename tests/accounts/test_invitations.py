"""Invitations: a one-time, expiring e-mail link with which the invitee sets a password."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from accounts.models import AccountEvent, Invitation, User
from accounts.permissions import Role, user_role
from tests.conftest import client_for

pytestmark = pytest.mark.django_db
NEW_PASSWORD = "a fresh and long passphrase 42"
INVITE = {
    "username": "nina",
    "email": "nina@example.org",
    "first_name": "Nina",
    "last_name": "New",
    "role": "editor",
}


def _invite(admin: User, **changes: str) -> Any:
    return client_for(admin).post(
        reverse("accounts:user-invite"), {**INVITE, **changes}, follow=True
    )


def _link_path() -> str:
    match = re.search(r"https?://[^/\s]+(/accounts/invitation/\S+)", str(mail.outbox[-1].body))
    assert match, mail.outbox[-1].body
    return match.group(1)


def _accept(path: str, password: str = NEW_PASSWORD) -> Any:
    return Client().post(path, {"new_password1": password, "new_password2": password})


def test_invitation_creates_the_user_and_mails_a_link(admin_user: User) -> None:
    response = _invite(admin_user)
    assert "Invitation sent to nina@example.org" in response.content.decode()
    nina = User.objects.get(username="nina")
    assert user_role(nina) == Role.EDITOR
    assert not nina.has_usable_password()
    assert mail.outbox[-1].to == ["nina@example.org"]
    event = AccountEvent.objects.get(action=AccountEvent.Action.INVITED)
    assert (event.actor, event.subject) == (admin_user, nina)
    invitation = Invitation.objects.get(user=nina)
    assert _link_path().rsplit("/", 2)[-2] not in invitation.key_hash  # only a hash is stored


def test_invitee_sets_a_password_and_signs_in(admin_user: User) -> None:
    _invite(admin_user)
    path = _link_path()
    page = Client().get(path)
    assert page.status_code == 200
    assert "nina" in page.content.decode()
    assert _accept(path).status_code == 302
    client = Client()
    signed_in = client.post("/accounts/login/", {"username": "nina", "password": NEW_PASSWORD})
    assert signed_in.status_code == 302
    assert client.get(reverse("verify:article-list")).status_code == 200


def test_invitation_link_works_once(admin_user: User) -> None:
    _invite(admin_user)
    path = _link_path()
    _accept(path)
    again = Client().get(path)
    assert again.status_code == 410
    assert "already been used" in again.content.decode()
    assert _accept(path, "another long passphrase 99").status_code == 410


def test_invitation_link_expires(admin_user: User) -> None:
    _invite(admin_user)
    Invitation.objects.update(expires_at=timezone.now() - dt.timedelta(seconds=1))
    response = Client().get(_link_path())
    assert response.status_code == 410
    assert "expired" in response.content.decode()


def test_a_new_invitation_replaces_the_old_link(admin_user: User) -> None:
    _invite(admin_user)
    first = _link_path()
    nina = User.objects.get(username="nina")
    client_for(admin_user).post(reverse("accounts:user-force-reset", args=[nina.pk]))
    second = _link_path()
    assert first != second
    assert "newer invitation" in Client().get(first).content.decode()
    assert Client().get(second).status_code == 200


def test_unknown_invitation_link_is_explained() -> None:
    response = Client().get(reverse("accounts:invitation-accept", args=["vfy_made-up"]))
    assert response.status_code == 410
    assert "not valid" in response.content.decode()


def test_weak_password_is_refused_with_reasons(admin_user: User) -> None:
    _invite(admin_user)
    response = _accept(_link_path(), "password")
    assert response.status_code == 400
    assert "too common" in response.content.decode()


def test_invite_answers_the_same_for_an_address_that_has_an_account(
    admin_user: User, editor: User
) -> None:
    response = _invite(admin_user, username="someone", email="EDDIE@example.org")
    assert "Invitation sent to EDDIE@example.org" in response.content.decode()
    assert not User.objects.filter(username="someone").exists()
    # The owner of the address is told, and pointed at password reset.
    assert mail.outbox[-1].to == ["EDDIE@example.org"]
    assert "already has an account" in mail.outbox[-1].body


def test_invite_form_explains_bad_input(admin_user: User, editor: User) -> None:
    response = client_for(admin_user).post(
        reverse("accounts:user-invite"), {**INVITE, "username": "Eddie", "email": "x"}
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "This username is taken" in page
    assert "valid email address" in page


def test_deactivated_invitee_cannot_use_the_link(admin_user: User) -> None:
    _invite(admin_user)
    User.objects.filter(username="nina").update(is_active=False)
    assert Client().get(_link_path()).status_code == 410


def test_invited_user_cannot_skip_the_invitation_with_a_password_reset(admin_user: User) -> None:
    _invite(admin_user)
    sent = len(mail.outbox)
    Client().post(reverse("accounts:password-reset"), {"email": "nina@example.org"})
    assert len(mail.outbox) == sent
