"""Forms for signing in, passwords, invitations, roles and tokens."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth.forms import AuthenticationForm, UsernameField
from django.contrib.auth.validators import UnicodeUsernameValidator
from django.http import HttpRequest

from accounts.clientip import client_ip
from accounts.models import AccountEvent, User
from accounts.permissions import Role
from accounts.services import account_event_record, email_taken
from accounts.throttle import throttle_clear_account, throttle_record_failure, throttle_refusal

ROLE_CHOICES = [(role.value, role.value.capitalize()) for role in Role]


class ThrottledSignIn(AuthenticationForm):
    """Django's sign-in form behind the guessing protection of accounts/throttle.py."""

    request: HttpRequest | None

    def clean(self) -> dict[str, Any]:
        username = str(self.data.get("username", ""))
        ip = client_ip(self.request)
        refusal = throttle_refusal(username=username, ip=ip)
        if refusal:
            account_event_record(
                action=AccountEvent.Action.SIGN_IN_LOCKED, username=username, ip=ip
            )
            raise forms.ValidationError(refusal, code="throttled")
        try:
            cleaned = super().clean()
        except forms.ValidationError:
            throttle_record_failure(username=username, ip=ip)
            raise
        throttle_clear_account(username=username)
        return cleaned


class SignInForm(ThrottledSignIn):
    pass


class AdminSignInForm(ThrottledSignIn, AdminAuthenticationForm):
    """The Django admin's own sign-in page must not bypass the guessing protection."""


class PasswordResetRequestForm(forms.Form):
    email = forms.EmailField(
        max_length=254, widget=forms.EmailInput(attrs={"autocomplete": "email"})
    )


class InviteForm(forms.Form):
    username = UsernameField(
        max_length=150,
        validators=[UnicodeUsernameValidator()],
        help_text="What they will sign in with: letters, digits and @ . + - _",
    )
    email = forms.EmailField(max_length=254)
    first_name = forms.CharField(max_length=150, required=False)
    last_name = forms.CharField(max_length=150, required=False)
    role = forms.ChoiceField(choices=ROLE_CHOICES, initial=Role.EDITOR.value)

    def clean_username(self) -> str:
        username = str(self.cleaned_data["username"])
        if User.objects.filter(username__iexact=username).exists():
            raise forms.ValidationError("This username is taken: choose another.")
        return username


class RoleForm(forms.Form):
    role = forms.ChoiceField(choices=ROLE_CHOICES)


class UserDetailsForm(forms.Form):
    first_name = forms.CharField(max_length=150, required=False)
    last_name = forms.CharField(max_length=150, required=False)
    email = forms.EmailField(max_length=254)

    def __init__(self, *args: Any, user: User, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_email(self) -> str:
        email = str(self.cleaned_data["email"])
        # Only admins see this form; they can list every user, so saying so leaks nothing.
        if email.lower() != self.user.email.lower() and email_taken(email):
            raise forms.ValidationError("A user with this e-mail address already exists.")
        return email


class UserFilterForm(forms.Form):
    q = forms.CharField(required=False, label="Search")
    role = forms.ChoiceField(choices=[("", "Any role"), *ROLE_CHOICES], required=False)
    status = forms.ChoiceField(
        choices=[
            ("", "Any status"),
            ("active", "Active"),
            ("pending", "Invited / reset pending"),
            ("deactivated", "Deactivated"),
        ],
        required=False,
    )


class TokenCreateForm(forms.Form):
    name = forms.CharField(max_length=100, help_text="What uses it, e.g. “CMS export”.")
    read_only = forms.BooleanField(
        required=False, initial=True, help_text="Read-only tokens cannot change anything."
    )

    def __init__(self, *args: Any, user: User, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_name(self) -> str:
        name = str(self.cleaned_data["name"]).strip()
        live = self.user.api_tokens.filter(revoked_at__isnull=True)
        if live.filter(name__iexact=name).exists():
            raise forms.ValidationError("You already have a token with this name.")
        return name


class EventFilterForm(forms.Form):
    q = forms.CharField(required=False, label="User or address")
    action = forms.ChoiceField(
        choices=[("", "Any event"), *AccountEvent.Action.choices], required=False
    )
