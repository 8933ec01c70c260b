from __future__ import annotations

from django.contrib.auth.models import AbstractUser
from django.db import models
from django.db.models.functions import Lower


class User(AbstractUser):
    """A member of the desk. What they may do comes from their role (a group);
    see accounts/permissions.py."""

    class Meta(AbstractUser.Meta):
        swappable = "AUTH_USER_MODEL"
        constraints = [
            models.UniqueConstraint(
                Lower("email"),
                condition=~models.Q(email=""),
                name="accounts_user_email_unique_ci",
                violation_error_message="A user with this e-mail address already exists.",
            )
        ]
        permissions = [("manage_users", "Can manage users, roles and tokens")]

    def __str__(self) -> str:
        return self.get_full_name() or self.username

    @property
    def display_name(self) -> str:
        return str(self)


class ApiToken(models.Model):
    """A named key for the REST API. Only the SHA-256 of the key is stored; the
    plain key is shown once, at creation. ``prefix`` (the key's first characters)
    lets the owner tell their tokens apart without the key."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField(max_length=100)
    prefix = models.CharField(max_length=16)
    key_hash = models.CharField(max_length=64, unique=True)
    read_only = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                "user",
                Lower("name"),
                condition=models.Q(revoked_at__isnull=True),
                name="accounts_apitoken_live_name_unique",
                violation_error_message="You already have a token with this name.",
            )
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None


class AccountEvent(models.Model):
    """The audit trail of account events: who did what to which account, when,
    from which address. Rows are only ever added."""

    class Action(models.TextChoices):
        SIGNED_IN = "signed_in", "Signed in"
        SIGN_IN_FAILED = "sign_in_failed", "Failed sign-in"
        SIGN_IN_LOCKED = "sign_in_locked", "Sign-in refused (locked)"
        SIGNED_OUT = "signed_out", "Signed out"
        PASSWORD_CHANGED = "password_changed", "Password changed"
        PASSWORD_RESET_REQUESTED = "password_reset_requested", "Password reset requested"
        PASSWORD_RESET_FORCED = "password_reset_forced", "Password reset forced"
        PASSWORD_RESET_DONE = "password_reset_done", "Password reset by link"
        INVITED = "invited", "Invited"
        INVITATION_ACCEPTED = "invitation_accepted", "Invitation accepted"
        ROLE_CHANGED = "role_changed", "Role changed"
        DETAILS_CHANGED = "details_changed", "Details changed"
        DEACTIVATED = "deactivated", "Deactivated"
        REACTIVATED = "reactivated", "Reactivated"
        TOKEN_CREATED = "token_created", "API token created"
        TOKEN_REVOKED = "token_revoked", "API token revoked"
        LOCK_LIFTED = "lock_lifted", "Sign-in lock lifted"

    action = models.CharField(max_length=32, choices=Action.choices)
    actor = models.ForeignKey(
        User, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    subject = models.ForeignKey(
        User, null=True, blank=True, on_delete=models.PROTECT, related_name="account_events"
    )
    # What was typed at a failed sign-in (there may be no such user).
    username = models.CharField(max_length=150, blank=True)
    ip_address = models.GenericIPAddressField(null=True, blank=True)
    detail = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["subject", "-created_at"])]

    def __str__(self) -> str:
        return f"{self.get_action_display()} {self.username or self.subject_id}"


class Invitation(models.Model):
    """A one-time, expiring link with which an invited user sets their password.
    Only the SHA-256 of the link's key is stored."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="invitations")
    invited_by = models.ForeignKey(User, null=True, on_delete=models.PROTECT, related_name="+")
    key_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    accepted_at = models.DateTimeField(null=True, blank=True)
    # Set when a newer invitation replaces this one.
    withdrawn_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"Invitation for {self.user}"


class SignInThrottle(models.Model):
    """Failed sign-ins counted per account name and per client address: after a
    few, each further attempt must wait longer; after more, the key is locked
    for a while (or until an admin lifts it). See README.md ("Accounts and production settings")."""

    class Scope(models.TextChoices):
        ACCOUNT = "account", "Account"
        ADDRESS = "address", "Address"

    scope = models.CharField(max_length=8, choices=Scope.choices)
    key = models.CharField(max_length=150)
    failures = models.PositiveIntegerField(default=0)
    first_failure_at = models.DateTimeField()
    last_failure_at = models.DateTimeField()
    locked_until = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-last_failure_at"]
        constraints = [
            models.UniqueConstraint(fields=["scope", "key"], name="accounts_throttle_unique_key")
        ]

    def __str__(self) -> str:
        return f"{self.scope} {self.key}: {self.failures} failures"
