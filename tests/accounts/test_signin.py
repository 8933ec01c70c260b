"""Sign-in, sign-out, sessions, guessing protection and the sign-in audit entries."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest
from django.contrib.sessions.models import Session
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from accounts.models import AccountEvent, SignInThrottle, User
from accounts.throttle import throttle_locks, throttle_record_failure, throttle_refusal
from tests.conftest import PASSWORD, client_for

pytestmark = pytest.mark.django_db
Action = AccountEvent.Action
LOGIN = "/accounts/login/"


def _sign_in(client: Client, username: str, password: str, ip: str = "192.0.2.1") -> Any:
    return client.post(LOGIN, {"username": username, "password": password}, REMOTE_ADDR=ip)


def test_sign_in_records_last_sign_in_and_an_audit_entry(editor: User) -> None:
    response = _sign_in(Client(), "eddie", PASSWORD)
    assert response.status_code == 302
    editor.refresh_from_db()
    assert editor.last_login is not None
    event = AccountEvent.objects.get(action=Action.SIGNED_IN)
    assert (event.subject, event.ip_address) == (editor, "192.0.2.1")


def test_failed_sign_in_is_refused_and_audited_without_saying_which_part_was_wrong(
    editor: User,
) -> None:
    wrong_password = _sign_in(Client(), "eddie", "not the password")
    no_such_user = _sign_in(Client(), "nobody-here", "not the password")
    assert wrong_password.status_code == no_such_user.status_code == 200
    assert "Please enter a correct username and password" in wrong_password.content.decode()
    assert "Please enter a correct username and password" in no_such_user.content.decode()
    failed = AccountEvent.objects.filter(action=Action.SIGN_IN_FAILED)
    assert {e.username for e in failed} == {"eddie", "nobody-here"}
    assert failed.get(username="eddie").subject == editor


def test_deactivated_user_cannot_sign_in(editor: User) -> None:
    editor.is_active = False
    editor.save()
    response = _sign_in(Client(), "eddie", PASSWORD)
    assert response.status_code == 200
    assert "_auth_user_id" not in response.client.session


def test_sign_out_ends_the_session_on_the_server(editor: User) -> None:
    client = Client()
    _sign_in(client, "eddie", PASSWORD)
    session_key = str(client.session.session_key)
    assert Session.objects.filter(session_key=session_key).exists()
    response = client.post(reverse("accounts:logout"))
    assert response.status_code == 302
    assert not Session.objects.filter(session_key=session_key).exists()
    assert AccountEvent.objects.filter(action=Action.SIGNED_OUT, subject=editor).exists()
    # The old cookie no longer opens anything.
    stale = Client()
    stale.cookies["sessionid"] = session_key
    assert stale.get(reverse("verify:article-list"))["Location"].startswith(LOGIN)


def test_sign_out_needs_a_post() -> None:
    client = Client()
    assert client.get(reverse("accounts:logout")).status_code in (302, 405)


def test_session_expires_after_the_configured_idle_time(editor: User, settings: Any) -> None:
    settings.SESSION_COOKIE_AGE = 600
    client = Client()
    _sign_in(client, "eddie", PASSWORD)
    assert client.get(reverse("verify:article-list")).status_code == 200
    session = Session.objects.get(session_key=client.session.session_key)
    # Each request pushes the expiry forward (an idle timeout, not an absolute one).
    assert session.expire_date > timezone.now() + dt.timedelta(seconds=590)
    session.expire_date = timezone.now() - dt.timedelta(seconds=1)
    session.save()
    assert client.get(reverse("verify:article-list"))["Location"].startswith(LOGIN)


def test_deactivation_ends_an_open_session(editor: User) -> None:
    client = client_for(editor)
    assert client.get(reverse("verify:article-list")).status_code == 200
    editor.is_active = False
    editor.save()
    assert client.get(reverse("verify:article-list"))["Location"].startswith(LOGIN)


# --- guessing protection ------------------------------------------------------


def test_repeated_failures_slow_the_account_down(editor: User, settings: Any) -> None:
    settings.VERIFY_SIGNIN_SLOW_AFTER = 3
    client = Client()
    for _ in range(3):
        _sign_in(client, "eddie", "wrong")
    # Even the right password must wait now.
    response = _sign_in(client, "eddie", PASSWORD)
    assert "wait" in response.content.decode()
    assert "_auth_user_id" not in client.session
    assert AccountEvent.objects.filter(action=Action.SIGN_IN_LOCKED, username="eddie").exists()


def test_waiting_out_the_delay_lets_the_right_password_in(editor: User) -> None:
    now = timezone.now()
    for _ in range(3):
        throttle_record_failure(username="eddie", ip=None, now=now)
    assert throttle_refusal(username="eddie", ip=None, now=now) is not None
    assert throttle_refusal(username="eddie", ip=None, now=now + dt.timedelta(seconds=2)) is None


def test_many_failures_lock_the_account_for_a_while(settings: Any) -> None:
    settings.VERIFY_SIGNIN_LOCK_AFTER = 5
    settings.VERIFY_SIGNIN_LOCK_MINUTES = 15
    now = timezone.now()
    for i in range(5):
        throttle_record_failure(username="Eddie", ip=None, now=now + dt.timedelta(minutes=i))
    later = now + dt.timedelta(minutes=10)
    refusal = throttle_refusal(username="eddie", ip=None, now=later)
    assert refusal is not None
    assert "locked" in refusal
    assert throttle_refusal(username="eddie", ip=None, now=later + dt.timedelta(minutes=10)) is None


def test_lock_answers_the_same_for_unknown_accounts(editor: User, settings: Any) -> None:
    settings.VERIFY_SIGNIN_LOCK_AFTER = 2
    settings.VERIFY_SIGNIN_SLOW_AFTER = 2
    answers = []
    for name in ("eddie", "no-such-user"):
        client = Client()
        for _ in range(2):
            _sign_in(client, name, "wrong", ip="198.51.100.7")
        answers.append(_sign_in(client, name, "wrong", ip="198.51.100.7").content.decode())
    assert "locked" in answers[0]
    # CSRF tokens differ per session (in the form and in the htmx headers): drop them.
    unsecret = [re.sub(r"\b[A-Za-z0-9]{64}\b", "", a) for a in answers]
    assert unsecret[0].replace("eddie", "X") == unsecret[1].replace("no-such-user", "X")


def test_failures_from_one_address_lock_that_address(settings: Any) -> None:
    settings.VERIFY_SIGNIN_ADDRESS_LOCK_AFTER = 4
    now = timezone.now()
    for i in range(4):
        throttle_record_failure(username=f"user{i}", ip="203.0.113.5", now=now)
    assert throttle_refusal(username="someone-else", ip="203.0.113.5", now=now) is not None
    assert throttle_refusal(username="someone-else", ip="203.0.113.6", now=now) is None


def test_success_clears_the_account_counter(editor: User) -> None:
    client = Client()
    _sign_in(client, "eddie", "wrong")
    assert SignInThrottle.objects.filter(scope="account", key="eddie").exists()
    assert _sign_in(client, "eddie", PASSWORD).status_code == 302
    assert not SignInThrottle.objects.filter(scope="account", key="eddie").exists()


def test_admin_sees_and_lifts_a_lock(admin_user: User, editor: User, settings: Any) -> None:
    settings.VERIFY_SIGNIN_LOCK_AFTER = 2
    for _ in range(2):
        throttle_record_failure(username="eddie", ip=None)
    lock = throttle_locks().get(key="eddie")
    client = client_for(admin_user)
    page = client.get(reverse("accounts:lock-list")).content.decode()
    assert "eddie" in page
    assert "locked until" in page
    users_page = client.get(reverse("accounts:user-list")).content.decode()
    assert "sign-in locked" in users_page
    response = client.post(reverse("accounts:lock-lift", args=[lock.pk]))
    assert response.status_code == 302
    assert throttle_refusal(username="eddie", ip=None) is None
    event = AccountEvent.objects.get(action=Action.LOCK_LIFTED)
    assert (event.actor, event.subject) == (admin_user, editor)
    assert _sign_in(Client(), "eddie", PASSWORD).status_code == 302


def test_django_admin_sign_in_is_throttled_too(admin_user: User, settings: Any) -> None:
    settings.VERIFY_SIGNIN_SLOW_AFTER = 1
    client = Client()
    client.post("/admin/login/", {"username": "ada", "password": "wrong"})
    response = client.post("/admin/login/", {"username": "ada", "password": PASSWORD})
    assert "wait" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_forwarded_address_is_used_only_when_configured(editor: User, settings: Any) -> None:
    client = Client()
    client.post(
        LOGIN,
        {"username": "eddie", "password": "x"},
        REMOTE_ADDR="10.0.0.1",
        HTTP_X_REAL_IP="192.0.2.50",
    )
    settings.VERIFY_CLIENT_IP_HEADER = "HTTP_X_REAL_IP"
    client.post(
        LOGIN,
        {"username": "eddie", "password": "x"},
        REMOTE_ADDR="10.0.0.1",
        HTTP_X_REAL_IP="192.0.2.50",
    )
    addresses = list(
        AccountEvent.objects.filter(action=Action.SIGN_IN_FAILED)
        .order_by("pk")
        .values_list("ip_address", flat=True)
    )
    assert addresses == ["10.0.0.1", "192.0.2.50"]


@pytest.mark.parametrize(
    "url_name", ["accounts:login", "accounts:password-reset", "accounts:token-list"]
)
def test_forms_refuse_a_post_without_the_csrf_token(url_name: str, editor: User) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    response = client.post(reverse(url_name), {"username": "eddie", "password": PASSWORD})
    assert response.status_code == 403
