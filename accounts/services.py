"""Writes to accounts: users, roles, invitations, passwords, API tokens, the audit trail."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth.models import Group
from django.contrib.auth.tokens import default_token_generator
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q, QuerySet
from django.urls import reverse
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from accounts.mail import absolute_url, send_templated_mail
from accounts.models import AccountEvent, ApiToken, Invitation, SignInThrottle, User
from accounts.permissions import Role, user_role
from accounts.tokens import key_generate, key_hash, key_prefix

Action = AccountEvent.Action


def account_event_record(
    *,
    action: str,
    actor: User | None = None,
    subject: User | None = None,
    username: str = "",
    ip: str | None = None,
    detail: str = "",
) -> AccountEvent:
    return AccountEvent.objects.create(
        action=action,
        actor=actor,
        subject=subject,
        username=(username or (subject.username if subject else ""))[:150],
        ip_address=ip,
        detail=detail[:300],
    )


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
    user.full_clean(exclude=["password"])
    user.save()
    return user_set_role(user=user, role=role)


def active_admins() -> QuerySet[User]:
    is_admin = Q(groups__name=Role.ADMIN) | Q(is_superuser=True)
    return User.objects.filter(is_active=True).filter(is_admin).distinct()


def _ensure_another_admin(user: User) -> None:
    """The desk must keep at least one active admin."""
    if user_role(user) != Role.ADMIN:
        return
    # Lock the admins' rows so two admins demoting each other at once cannot both pass.
    admins = User.objects.select_for_update().filter(pk__in=active_admins().values("pk"))
    others = list(admins.exclude(pk=user.pk).values_list("pk", flat=True))
    if not others:
        raise ValidationError("This is the last active admin: make someone else an admin first.")


@transaction.atomic
def user_change_role(*, actor: User, user: User, role: Role, ip: str | None = None) -> User:
    before = user_role(user)
    if before == role:
        return user
    if role != Role.ADMIN:
        _ensure_another_admin(user)
    user_set_role(user=user, role=role)
    account_event_record(
        action=Action.ROLE_CHANGED, actor=actor, subject=user, ip=ip,
        detail=f"{before or 'none'} → {role}",
    )  # fmt: skip
    return user


@transaction.atomic
def user_deactivate(*, actor: User, user: User, ip: str | None = None) -> User:
    """A deactivated user cannot sign in or use a token; their sessions stop working
    (the auth backend refuses inactive users) and their work stays attributed."""
    if not user.is_active:
        return user
    _ensure_another_admin(user)
    user.is_active = False
    user.save(update_fields=["is_active"])
    account_event_record(action=Action.DEACTIVATED, actor=actor, subject=user, ip=ip)
    return user


@transaction.atomic
def user_reactivate(*, actor: User, user: User, ip: str | None = None) -> User:
    if user.is_active:
        return user
    user.is_active = True
    user.save(update_fields=["is_active"])
    account_event_record(action=Action.REACTIVATED, actor=actor, subject=user, ip=ip)
    return user


@transaction.atomic
def user_update_details(
    *, actor: User, user: User, first_name: str, last_name: str, email: str, ip: str | None = None
) -> User:
    user.first_name, user.last_name, user.email = first_name, last_name, email
    user.full_clean(exclude=["password"])
    user.save(update_fields=["first_name", "last_name", "email"])
    account_event_record(action=Action.DETAILS_CHANGED, actor=actor, subject=user, ip=ip)
    return user


# --- invitations -------------------------------------------------------------


@dataclass(frozen=True)
class InviteResult:
    user: User | None  # None when the address already had an account
    link: str | None


def email_taken(email: str) -> bool:
    return User.objects.filter(email__iexact=email.strip()).exists()


@transaction.atomic
def user_invite(
    *,
    actor: User,
    username: str,
    email: str,
    role: Role,
    first_name: str = "",
    last_name: str = "",
    ip: str | None = None,
) -> InviteResult:
    """Create the account (no usable password yet) and e-mail a link to set one.

    An address that already has an account gets a note pointing to password
    reset instead, and the caller answers the same either way."""
    if email_taken(email):
        account_event_record(
            action=Action.INVITED, actor=actor, username=username, ip=ip,
            detail=f"not created: {email} already has an account",
        )  # fmt: skip
        _mail_existing_account(email)
        return InviteResult(user=None, link=None)
    user = user_create(
        username=username, email=email, role=role, first_name=first_name, last_name=last_name
    )
    link = invitation_send(actor=actor, user=user, ip=ip)
    return InviteResult(user=user, link=link)


def _mail_existing_account(email: str) -> None:
    send_templated_mail(
        to=email,
        subject=f"{settings.VERIFY_DESK_NAME}: you already have an account",
        template="accounts/email/invitation_existing.txt",
        context={"reset_url": absolute_url(reverse("accounts:password-reset"))},
    )


@transaction.atomic
def invitation_send(*, actor: User, user: User, ip: str | None = None) -> str:
    """A new invitation link for ``user`` (older, unused ones stop working)."""
    now = timezone.now()
    user.invitations.filter(accepted_at__isnull=True, withdrawn_at__isnull=True).update(
        withdrawn_at=now
    )
    key = key_generate()
    Invitation.objects.create(
        user=user, invited_by=actor, key_hash=key_hash(key),
        expires_at=now + dt.timedelta(hours=settings.VERIFY_INVITATION_HOURS),
    )  # fmt: skip
    link = absolute_url(reverse("accounts:invitation-accept", kwargs={"key": key}))
    send_templated_mail(
        to=user.email,
        subject=f"You are invited to {settings.VERIFY_DESK_NAME}",
        template="accounts/email/invitation.txt",
        context={"user": user, "link": link, "hours": settings.VERIFY_INVITATION_HOURS},
    )
    account_event_record(action=Action.INVITED, actor=actor, subject=user, ip=ip)
    return link


class InvitationUnusable(Exception):
    """The link is unknown, expired, already used or replaced; the message says which."""


def invitation_check(invitation: Invitation | None, *, now: dt.datetime | None = None) -> None:
    now = now or timezone.now()
    if invitation is None:
        raise InvitationUnusable("This invitation link is not valid. Ask an admin for a new one.")
    if invitation.accepted_at is not None:
        raise InvitationUnusable(
            "This invitation has already been used. Sign in, or reset your password."
        )
    if invitation.withdrawn_at is not None:
        raise InvitationUnusable("A newer invitation replaced this one: use the latest e-mail.")
    if invitation.expires_at <= now or not invitation.user.is_active:
        raise InvitationUnusable("This invitation has expired. Ask an admin for a new one.")


@transaction.atomic
def invitation_accept(*, invitation: Invitation, password: str, ip: str | None = None) -> User:
    invitation = Invitation.objects.select_for_update().select_related("user").get(pk=invitation.pk)
    invitation_check(invitation)  # again, under the lock: a link works once
    user = invitation.user
    user.set_password(password)
    user.save(update_fields=["password"])
    invitation.accepted_at = timezone.now()
    invitation.save(update_fields=["accepted_at"])
    account_event_record(action=Action.INVITATION_ACCEPTED, actor=user, subject=user, ip=ip)
    return user


# --- passwords ---------------------------------------------------------------


def _reset_users(email: str) -> list[User]:
    """Active accounts with this address that may reset: those with a password, and
    those whose password an admin withdrew. Invited users who never signed in
    use their invitation instead (so a reset cannot outlive an expired invitation)."""
    users = User.objects.filter(email__iexact=email.strip(), is_active=True)
    return [u for u in users if u.has_usable_password() or u.last_login is not None]


def password_reset_link(user: User) -> str:
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    path = reverse("accounts:password-reset-confirm", kwargs={"uidb64": uid, "token": token})
    return absolute_url(path)


def _mail_reset_link(user: User) -> None:
    send_templated_mail(
        to=user.email,
        subject=f"{settings.VERIFY_DESK_NAME}: reset your password",
        template="accounts/email/password_reset.txt",
        context={
            "user": user,
            "link": password_reset_link(user),
            "minutes": settings.PASSWORD_RESET_TIMEOUT // 60,
        },
    )


def password_reset_request(*, email: str, ip: str | None = None) -> None:
    """E-mail a reset link if the address has an account; the caller answers the same
    either way."""
    for user in _reset_users(email):
        _mail_reset_link(user)
        account_event_record(action=Action.PASSWORD_RESET_REQUESTED, subject=user, ip=ip)


@transaction.atomic
def user_force_password_reset(*, actor: User, user: User, ip: str | None = None) -> None:
    """The current password stops working (and with it every session, whose hash
    no longer matches); the user gets a reset link by e-mail."""
    user.set_unusable_password()
    user.save(update_fields=["password"])
    if user.last_login is None:  # still invited: send a fresh invitation instead
        invitation_send(actor=actor, user=user, ip=ip)
    else:
        _mail_reset_link(user)
    account_event_record(action=Action.PASSWORD_RESET_FORCED, actor=actor, subject=user, ip=ip)


# --- sign-in locks -----------------------------------------------------------


@transaction.atomic
def throttle_lift(*, actor: User, throttle: SignInThrottle, ip: str | None = None) -> None:
    subject = (
        User.objects.filter(username__iexact=throttle.key).first()
        if throttle.scope == SignInThrottle.Scope.ACCOUNT
        else None
    )
    account_event_record(
        action=Action.LOCK_LIFTED, actor=actor, subject=subject, ip=ip,
        username=throttle.key if subject is None else "",
        detail=f"{throttle.get_scope_display()} {throttle.key}",
    )  # fmt: skip
    throttle.delete()


# --- API tokens --------------------------------------------------------------


@transaction.atomic
def api_token_create(
    *, user: User, name: str, read_only: bool = False, ip: str | None = None
) -> tuple[ApiToken, str]:
    """A new token and its plain key: the only time the key is known."""
    key = key_generate()
    token = ApiToken(
        user=user, name=name.strip(), prefix=key_prefix(key), key_hash=key_hash(key),
        read_only=read_only,
    )  # fmt: skip
    token.full_clean()
    token.save()
    account_event_record(
        action=Action.TOKEN_CREATED, actor=user, subject=user, ip=ip,
        detail=f"{token}{' read-only' if read_only else ''}",
    )  # fmt: skip
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
def api_token_revoke(
    *, token: ApiToken, actor: User | None = None, ip: str | None = None
) -> ApiToken:
    if token.revoked_at is None:
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at"])
        account_event_record(
            action=Action.TOKEN_REVOKED, actor=actor, subject=token.user, ip=ip, detail=str(token)
        )
    return token
