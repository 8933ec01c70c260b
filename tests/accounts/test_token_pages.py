"""API tokens in the web pages: create (shown once), see last use, revoke; admins see all."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts.models import AccountEvent, ApiToken, User
from accounts.services import api_token_create
from accounts.tokens import key_hash
from tests.conftest import client_for

pytestmark = pytest.mark.django_db


def test_created_token_is_shown_once_and_stored_as_a_hash(editor: User) -> None:
    client = client_for(editor)
    response = client.post(reverse("accounts:token-list"), {"name": "CMS", "read_only": "on"})
    assert response.status_code == 201
    assert response["Cache-Control"] == "no-store"
    key = response.context["new_key"]
    assert key in response.content.decode()
    token = ApiToken.objects.get(user=editor)
    assert (token.name, token.read_only, token.key_hash) == ("CMS", True, key_hash(key))
    assert key not in client.get(reverse("accounts:token-list")).content.decode()
    event = AccountEvent.objects.get(action=AccountEvent.Action.TOKEN_CREATED)
    assert (event.actor, event.subject) == (editor, editor)


def test_token_form_explains_a_duplicate_name(editor: User) -> None:
    api_token_create(user=editor, name="CMS")
    response = client_for(editor).post(reverse("accounts:token-list"), {"name": "cms"})
    assert response.status_code == 400
    assert "already have a token with this name" in response.content.decode()


def test_token_list_shows_only_own_tokens_with_last_use(editor: User, reviewer: User) -> None:
    token, _ = api_token_create(user=editor, name="CMS export")
    ApiToken.objects.filter(pk=token.pk).update(last_used_at=timezone.now())
    api_token_create(user=reviewer, name="Reviewer script")
    page = client_for(editor).get(reverse("accounts:token-list")).content.decode()
    assert "CMS export" in page
    assert "ago" in page  # last used
    assert "Reviewer script" not in page


def test_owner_revokes_a_token(editor: User) -> None:
    token, _ = api_token_create(user=editor, name="CMS")
    response = client_for(editor).post(reverse("accounts:token-revoke", args=[token.pk]))
    assert response.status_code == 302
    token.refresh_from_db()
    assert token.revoked_at is not None
    assert AccountEvent.objects.filter(action=AccountEvent.Action.TOKEN_REVOKED).exists()


def test_someone_elses_token_cannot_be_revoked(editor: User, reviewer: User) -> None:
    token, _ = api_token_create(user=editor, name="CMS")
    response = client_for(reviewer).post(reverse("accounts:token-revoke", args=[token.pk]))
    assert response.status_code == 404
    token.refresh_from_db()
    assert token.revoked_at is None


def test_admin_lists_and_revokes_any_token(admin_user: User, editor: User) -> None:
    token, _ = api_token_create(user=editor, name="CMS")
    client = client_for(admin_user)
    page = client.get(reverse("accounts:token-admin-list")).content.decode()
    assert "CMS" in page
    assert "eddie" in page
    next_url = reverse("accounts:token-admin-list")
    response = client.post(reverse("accounts:token-revoke", args=[token.pk]), {"next": next_url})
    assert response["Location"] == next_url
    token.refresh_from_db()
    assert token.revoked_at is not None
    event = AccountEvent.objects.get(action=AccountEvent.Action.TOKEN_REVOKED)
    assert (event.actor, event.subject) == (admin_user, editor)


def test_revoke_ignores_a_foreign_next_url(editor: User) -> None:
    token, _ = api_token_create(user=editor, name="CMS")
    response = client_for(editor).post(
        reverse("accounts:token-revoke", args=[token.pk]), {"next": "https://evil.example/"}
    )
    assert response["Location"] == reverse("accounts:token-list")
