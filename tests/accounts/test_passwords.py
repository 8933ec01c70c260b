"""Password change, reset by e-mail (one-time, expiring links) and admin-forced resets."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from accounts.models import AccountEvent, User
from tests.conftest import PASSWORD, client_for

pytestmark = pytest.mark.django_db
Action = AccountEvent.Action
NEW_PASSWORD = "a fresh and long passphrase 42"


def _link_path(message: Any) -> str:
    match = re.search(r"https?://[^/\s]+(/\S+)", message.body)
    assert match, message.body
    return match.group(1)


def test_password_change_needs_the_old_password_and_a_strong_new_one(editor: User) -> None:
    client = client_for(editor)
    url = reverse("accounts:password-change")
    wrong_old = client.post(
        url, {"old_password": "nope", "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD}
    )
    assert wrong_old.status_code == 400
    weak = client.post(
        url, {"old_password": PASSWORD, "new_password1": "12345678", "new_password2": "12345678"}
    )
    assert weak.status_code == 400
    assert "too common" in weak.content.decode()
    ok = client.post(
        url,
        {"old_password": PASSWORD, "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )
    assert ok.status_code == 302
    editor.refresh_from_db()
    assert editor.check_password(NEW_PASSWORD)
    assert client.get(reverse("verify:article-list")).status_code == 200  # still signed in here
    assert AccountEvent.objects.filter(action=Action.PASSWORD_CHANGED, subject=editor).exists()


def test_password_change_signs_out_other_sessions(editor: User) -> None:
    other = client_for(editor)
    client = client_for(editor)
    client.post(
        reverse("accounts:password-change"),
        {"old_password": PASSWORD, "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )
    assert other.get(reverse("verify:article-list")).status_code == 302


def test_reset_answers_the_same_whether_or_not_the_address_has_an_account(editor: User) -> None:
    url = reverse("accounts:password-reset")
    known = Client().post(url, {"email": "EDDIE@example.org"})
    unknown = Client().post(url, {"email": "nobody@example.org"})
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["eddie@example.org"]


def test_reset_link_sets_a_password_once(editor: User) -> None:
    Client().post(reverse("accounts:password-reset"), {"email": "eddie@example.org"})
    path = _link_path(mail.outbox[0])
    client = Client()
    form_page = client.get(path, follow=True)
    assert form_page.context["validlink"] is True
    set_url = form_page.redirect_chain[-1][0]
    weak = client.post(set_url, {"new_password1": "eddie", "new_password2": "eddie"})
    assert "too short" in weak.content.decode()
    done = client.post(set_url, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})
    assert done.status_code == 302
    editor.refresh_from_db()
    assert editor.check_password(NEW_PASSWORD)
    assert AccountEvent.objects.filter(action=Action.PASSWORD_RESET_DONE, subject=editor).exists()
    reused = Client().get(path, follow=True)
    assert reused.context["validlink"] is False
    assert "already been used" in reused.content.decode()


def test_reset_link_expires(editor: User, settings: Any) -> None:
    Client().post(reverse("accounts:password-reset"), {"email": "eddie@example.org"})
    settings.PASSWORD_RESET_TIMEOUT = -1  # every link issued is now past its lifetime
    page = Client().get(_link_path(mail.outbox[0]), follow=True)
    assert page.context["validlink"] is False
    assert "expired" in page.content.decode()


def test_reset_link_points_at_the_configured_site_not_the_request_host(
    editor: User, settings: Any
) -> None:
    settings.SITE_URL = "https://verify.example.org"
    Client().post(
        reverse("accounts:password-reset"), {"email": "eddie@example.org"}, HTTP_HOST="localhost"
    )
    assert "https://verify.example.org/accounts/password/reset/" in mail.outbox[0].body


def test_deactivated_user_gets_no_reset_mail(editor: User) -> None:
    editor.is_active = False
    editor.save()
    Client().post(reverse("accounts:password-reset"), {"email": "eddie@example.org"})
    assert mail.outbox == []


def test_reset_form_explains_a_malformed_address() -> None:
    response = Client().post(reverse("accounts:password-reset"), {"email": "not-an-address"})
    assert response.status_code == 400
    assert "valid email address" in response.content.decode()


def test_admin_forced_reset_stops_the_old_password_and_mails_a_link(
    admin_user: User, editor: User
) -> None:
    editor_client = Client()
    editor_client.post("/accounts/login/", {"username": "eddie", "password": PASSWORD})
    response = client_for(admin_user).post(reverse("accounts:user-force-reset", args=[editor.pk]))
    assert response.status_code == 302
    editor.refresh_from_db()
    assert not editor.has_usable_password()
    assert editor_client.get(reverse("verify:article-list")).status_code == 302  # session ended
    assert mail.outbox[0].to == ["eddie@example.org"]
    page = Client().get(_link_path(mail.outbox[0]), follow=True)
    assert page.context["validlink"] is True
    event = AccountEvent.objects.get(action=Action.PASSWORD_RESET_FORCED)
    assert (event.actor, event.subject) == (admin_user, editor)
    # A user whose reset was forced can also ask for a new link themselves.
    Client().post(reverse("accounts:password-reset"), {"email": "eddie@example.org"})
    assert len(mail.outbox) == 2
