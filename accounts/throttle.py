"""Guessing protection for sign-in: a small mechanism on the database.

Failed sign-ins are counted per account name (whether or not such an account
exists, so the answer never tells) and per client address, within a window.
After ``slow_after`` failures each further attempt must wait longer (1 s, 2 s,
4 s … up to a minute) after the last failure; after ``lock_after`` failures the
name or address is locked for VERIFY_SIGNIN_LOCK_MINUTES. A lock is listed on
the admins' "Sign-in locks" page, which can lift it. A successful sign-in
clears its account's counter (not the address's).
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import QuerySet
from django.utils import timezone

from accounts.models import SignInThrottle

Scope = SignInThrottle.Scope
MAX_DELAY_SECONDS = 60


@dataclass(frozen=True)
class Limits:
    slow_after: int
    lock_after: int


def _limits(scope: str) -> Limits:
    if scope == Scope.ACCOUNT:
        return Limits(settings.VERIFY_SIGNIN_SLOW_AFTER, settings.VERIFY_SIGNIN_LOCK_AFTER)
    # Many people may share an office address: slow it down later than one account.
    lock_after = settings.VERIFY_SIGNIN_ADDRESS_LOCK_AFTER
    return Limits(max(settings.VERIFY_SIGNIN_SLOW_AFTER, lock_after // 5), lock_after)


def _keys(username: str, ip: str | None) -> list[tuple[str, str]]:
    keys = [(Scope.ACCOUNT.value, normalize_username(username))]
    if ip:
        keys.append((Scope.ADDRESS.value, ip))
    return keys


def normalize_username(username: str) -> str:
    return username.strip().lower()[:150]


def delay_seconds(failures: int, slow_after: int) -> int:
    if failures < slow_after:
        return 0
    return min(int(2 ** (failures - slow_after)), MAX_DELAY_SECONDS)


def throttle_refusal(
    *, username: str, ip: str | None, now: dt.datetime | None = None
) -> str | None:
    """Why this attempt may not even be checked, or None when it may."""
    now = now or timezone.now()
    for scope, key in _keys(username, ip):
        row = SignInThrottle.objects.filter(scope=scope, key=key).first()
        if row is not None and (message := _refusal(row, now)):
            return message
    return None


def _refusal(row: SignInThrottle, now: dt.datetime) -> str | None:
    if row.locked_until and row.locked_until > now:
        minutes = math.ceil((row.locked_until - now).total_seconds() / 60)
        return (
            "Too many failed sign-ins: signing in is locked for "
            f"{minutes} minute{'s' if minutes != 1 else ''}. An admin can lift the lock."
        )
    wait = delay_seconds(row.failures, _limits(row.scope).slow_after)
    ready_at = row.last_failure_at + dt.timedelta(seconds=wait)
    if wait and ready_at > now and not _expired(row, now):
        seconds = math.ceil((ready_at - now).total_seconds())
        return f"Too many failed sign-ins: wait {seconds} seconds before trying again."
    return None


def _expired(row: SignInThrottle, now: dt.datetime) -> bool:
    window = dt.timedelta(minutes=settings.VERIFY_SIGNIN_WINDOW_MINUTES)
    lock_over = row.locked_until is not None and row.locked_until <= now
    return lock_over or row.first_failure_at < now - window


@transaction.atomic
def throttle_record_failure(
    *, username: str, ip: str | None, now: dt.datetime | None = None
) -> None:
    now = now or timezone.now()
    for scope, key in _keys(username, ip):
        row = _row_for_update(scope, key, now)
        if _expired(row, now):
            row.failures, row.first_failure_at, row.locked_until = 0, now, None
        row.failures += 1
        row.last_failure_at = now
        if row.failures >= _limits(scope).lock_after:
            row.locked_until = now + dt.timedelta(minutes=settings.VERIFY_SIGNIN_LOCK_MINUTES)
        row.save()


def _row_for_update(scope: str, key: str, now: dt.datetime) -> SignInThrottle:
    rows = SignInThrottle.objects.select_for_update()
    defaults = {"first_failure_at": now, "last_failure_at": now}
    try:
        with transaction.atomic():
            row, _ = rows.get_or_create(scope=scope, key=key, defaults=defaults)
    except IntegrityError:  # a concurrent failure created it first
        row = rows.get(scope=scope, key=key)
    return row


def throttle_clear_account(*, username: str) -> None:
    SignInThrottle.objects.filter(scope=Scope.ACCOUNT, key=normalize_username(username)).delete()


def throttle_locks(*, now: dt.datetime | None = None) -> QuerySet[SignInThrottle]:
    """Current locks, and keys being slowed down, newest first."""
    now = now or timezone.now()
    window = dt.timedelta(minutes=settings.VERIFY_SIGNIN_WINDOW_MINUTES)
    return SignInThrottle.objects.filter(locked_until__gt=now) | SignInThrottle.objects.filter(
        locked_until__isnull=True, first_failure_at__gte=now - window
    )
