"""The audit trail's sign-in, sign-out and failed sign-in entries, from Django's auth signals."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.dispatch import receiver
from django.http import HttpRequest

from accounts.clientip import client_ip
from accounts.models import AccountEvent, User
from accounts.services import account_event_record

Action = AccountEvent.Action


@receiver(user_logged_in)
def _signed_in(sender: Any, request: HttpRequest | None, user: User, **kwargs: Any) -> None:
    account_event_record(action=Action.SIGNED_IN, actor=user, subject=user, ip=client_ip(request))


@receiver(user_logged_out)
def _signed_out(sender: Any, request: HttpRequest | None, user: User | None, **kwargs: Any) -> None:
    if user is not None and user.is_authenticated:
        ip = client_ip(request)
        account_event_record(action=Action.SIGNED_OUT, actor=user, subject=user, ip=ip)


@receiver(user_login_failed)
def _sign_in_failed(
    sender: Any, credentials: dict[str, Any], request: HttpRequest | None = None, **kwargs: Any
) -> None:
    username = str(credentials.get("username", ""))
    subject = User.objects.filter(username=username).first()
    account_event_record(
        action=Action.SIGN_IN_FAILED, subject=subject, username=username, ip=client_ip(request)
    )
