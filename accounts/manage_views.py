"""The admins' pages: users, invitations, roles, every user's tokens, sign-in locks,
the audit trail. Every view here needs user_can_manage_users (others get 403)."""

from __future__ import annotations

from typing import Any, cast

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from accounts import selectors
from accounts.clientip import client_ip
from accounts.decorators import role_required
from accounts.forms import EventFilterForm, InviteForm, RoleForm, UserDetailsForm, UserFilterForm
from accounts.models import SignInThrottle, User
from accounts.permissions import Role, user_can_manage_users
from accounts.services import (
    throttle_lift,
    user_change_role,
    user_deactivate,
    user_force_password_reset,
    user_invite,
    user_reactivate,
    user_update_details,
)
from accounts.throttle import normalize_username, throttle_locks

PAGE_SIZE = 50
admin_only = role_required(user_can_manage_users)


def _actor(request: HttpRequest) -> User:
    return cast(User, request.user)  # admin_only let them in


@admin_only
def user_list(request: HttpRequest) -> HttpResponse:
    form = UserFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    users = selectors.user_list(
        query=filters.get("q", ""), role=filters.get("role", ""), status=filters.get("status", "")
    )
    page = Paginator(users, PAGE_SIZE).get_page(request.GET.get("page"))
    locked = {lock.key for lock in throttle_locks() if lock.locked_until}
    rows = [
        (
            u,
            selectors.role_of(u),
            selectors.user_status(u),
            normalize_username(u.username) in locked,
        )
        for u in page
    ]
    context = {"form": form, "page": page, "rows": rows, "tab": "users"}
    return render(request, "accounts/user_list.html", context)


@admin_only
def user_invite_view(request: HttpRequest) -> HttpResponse:
    form = InviteForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        user_invite(
            actor=_actor(request), username=data["username"], email=data["email"],
            role=Role(data["role"]), first_name=data["first_name"], last_name=data["last_name"],
            ip=client_ip(request),
        )  # fmt: skip
        # The same answer whether or not the address already had an account.
        messages.success(request, f"Invitation sent to {data['email']}.")
        return redirect("accounts:user-list")
    status = 400 if form.errors else 200
    return render(
        request, "accounts/user_invite.html", {"form": form, "tab": "invite"}, status=status
    )


def _detail(request: HttpRequest, user: User, status: int = 200, **forms: Any) -> HttpResponse:
    context = {
        "subject": user,
        "role": selectors.role_of(user),
        "status": selectors.user_status(user),
        "details_form": forms.get("details_form")
        or UserDetailsForm(user=user, initial=_details_initial(user)),
        "role_form": RoleForm(initial={"role": selectors.role_of(user)}),
        "tokens": selectors.user_tokens(user=user),
        "invitation": selectors.user_pending_invitation(user=user),
        "events": selectors.user_recent_events(user=user),
        "tab": "users",
    }
    return render(request, "accounts/user_detail.html", context, status=status)


def _details_initial(user: User) -> dict[str, str]:
    return {"first_name": user.first_name, "last_name": user.last_name, "email": user.email}


def _user(pk: int) -> User:
    return get_object_or_404(User.objects.prefetch_related("groups"), pk=pk)


@admin_only
def user_detail(request: HttpRequest, pk: int) -> HttpResponse:
    return _detail(request, _user(pk))


@admin_only
@require_POST
def user_edit(request: HttpRequest, pk: int) -> HttpResponse:
    user = _user(pk)
    form = UserDetailsForm(request.POST, user=user)
    if not form.is_valid():
        return _detail(request, user, status=400, details_form=form)
    user_update_details(
        actor=_actor(request), user=user, ip=client_ip(request), **form.cleaned_data
    )
    messages.success(request, "Details saved.")
    return redirect("accounts:user-detail", pk=user.pk)


def _act(request: HttpRequest, user: User, done: str, action: Any, **kwargs: Any) -> HttpResponse:
    """Run a service on ``user``; a refusal (e.g. the last admin) becomes a message."""
    try:
        action(actor=_actor(request), user=user, ip=client_ip(request), **kwargs)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, done)
    return redirect("accounts:user-detail", pk=user.pk)


@admin_only
@require_POST
def user_role(request: HttpRequest, pk: int) -> HttpResponse:
    user = _user(pk)
    form = RoleForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Choose one of the roles.")
        return redirect("accounts:user-detail", pk=user.pk)
    role = Role(form.cleaned_data["role"])
    return _act(request, user, f"{user} is now {role}.", user_change_role, role=role)


@admin_only
@require_POST
def user_deactivate_view(request: HttpRequest, pk: int) -> HttpResponse:
    user = _user(pk)
    done = f"{user} is deactivated: they can no longer sign in or use their tokens."
    return _act(request, user, done, user_deactivate)


@admin_only
@require_POST
def user_reactivate_view(request: HttpRequest, pk: int) -> HttpResponse:
    user = _user(pk)
    return _act(request, user, f"{user} is active again.", user_reactivate)


@admin_only
@require_POST
def user_force_reset(request: HttpRequest, pk: int) -> HttpResponse:
    user = _user(pk)
    done = f"{user}'s password no longer works; a link to set a new one was e-mailed to them."
    return _act(request, user, done, user_force_password_reset)


@admin_only
def token_admin_list(request: HttpRequest) -> HttpResponse:
    show_revoked = request.GET.get("revoked") == "1"
    tokens = selectors.token_list(live_only=not show_revoked)
    page = Paginator(tokens, PAGE_SIZE).get_page(request.GET.get("page"))
    context = {"page": page, "show_revoked": show_revoked, "tab": "tokens"}
    return render(request, "accounts/token_admin_list.html", context)


@admin_only
def lock_list(request: HttpRequest) -> HttpResponse:
    return render(request, "accounts/lock_list.html", {"locks": throttle_locks(), "tab": "locks"})


@admin_only
@require_POST
def lock_lift(request: HttpRequest, pk: int) -> HttpResponseRedirect:
    lock = get_object_or_404(SignInThrottle, pk=pk)
    throttle_lift(actor=_actor(request), throttle=lock, ip=client_ip(request))
    messages.success(request, f"Lifted the lock on {lock.get_scope_display().lower()} {lock.key}.")
    return redirect("accounts:lock-list")


@admin_only
def event_list(request: HttpRequest) -> HttpResponse:
    form = EventFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    events = selectors.event_list(query=filters.get("q", ""), action=filters.get("action", ""))
    page = Paginator(events, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request, "accounts/event_list.html", {"form": form, "page": page, "tab": "events"}
    )
