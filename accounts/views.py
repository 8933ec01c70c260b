"""Self-service pages: sign-in and out, passwords, invitations, one's own API tokens."""

from __future__ import annotations

from typing import Any, cast

from django.contrib import messages
from django.contrib.auth import update_session_auth_hash
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.contrib.auth.forms import PasswordChangeForm, SetPasswordForm
from django.forms import Form
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBase, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse, reverse_lazy
from django.utils.decorators import method_decorator
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_POST

from accounts import selectors
from accounts.clientip import client_ip
from accounts.decorators import role_required
from accounts.forms import PasswordResetRequestForm, SignInForm, TokenCreateForm
from accounts.models import AccountEvent, ApiToken, User
from accounts.permissions import user_can_manage_users, user_can_view
from accounts.services import (
    InvitationUnusable,
    account_event_record,
    api_token_create,
    api_token_revoke,
    invitation_accept,
    invitation_check,
    password_reset_request,
)
from accounts.throttle import throttle_clear_account


def _me(request: HttpRequest) -> User:
    # LoginRequiredMiddleware lets only signed-in users reach views not marked public.
    return cast(User, request.user)


def _status(form: Form) -> int:
    return 400 if form.errors else 200


@login_not_required
def login_view(request: HttpRequest) -> HttpResponseBase:
    return auth_views.LoginView.as_view(
        template_name="accounts/login.html",
        authentication_form=SignInForm,
        redirect_authenticated_user=True,
    )(request)


@require_POST
def logout_view(request: HttpRequest) -> HttpResponseBase:
    # LogoutView flushes the session on the server, not only the cookie.
    return auth_views.LogoutView.as_view()(request)


@sensitive_post_parameters()
@never_cache
def password_change(request: HttpRequest) -> HttpResponse:
    form = PasswordChangeForm(_me(request), request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        update_session_auth_hash(request, user)  # stay signed in here; other sessions end
        account_event_record(
            action=AccountEvent.Action.PASSWORD_CHANGED, actor=user, subject=user,
            ip=client_ip(request),
        )  # fmt: skip
        messages.success(request, "Your password has been changed.")
        return redirect("accounts:password-change")
    return render(request, "accounts/password_change.html", {"form": form}, status=_status(form))


@login_not_required
def password_reset(request: HttpRequest) -> HttpResponse:
    form = PasswordResetRequestForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        password_reset_request(email=form.cleaned_data["email"], ip=client_ip(request))
        # The same answer whether or not the address has an account.
        return redirect("accounts:password-reset-sent")
    return render(request, "accounts/password_reset.html", {"form": form}, status=_status(form))


@login_not_required
def password_reset_sent(request: HttpRequest) -> HttpResponse:
    return render(request, "accounts/password_reset_sent.html")


@method_decorator(login_not_required, name="dispatch")
class PasswordResetConfirm(auth_views.PasswordResetConfirmView):
    """Django's one-time, expiring reset link (PASSWORD_RESET_TIMEOUT); the token
    is moved out of the URL into the session before the form is shown."""

    template_name = "registration/password_reset_confirm.html"
    success_url = reverse_lazy("accounts:login")

    def form_valid(self, form: Any) -> HttpResponse:
        response = super().form_valid(form)
        user: User = form.user
        throttle_clear_account(username=user.username)  # the mailbox owner proved it is them
        account_event_record(
            action=AccountEvent.Action.PASSWORD_RESET_DONE, actor=user, subject=user,
            ip=client_ip(self.request),
        )  # fmt: skip
        messages.success(self.request, "Your password has been set: sign in with it.")
        return response


@login_not_required
@sensitive_post_parameters()
@never_cache
def invitation_accept_view(request: HttpRequest, key: str) -> HttpResponse:
    invitation = selectors.invitation_for_key(key=key)
    try:
        invitation_check(invitation)
    except InvitationUnusable as error:
        return render(request, "accounts/invitation_invalid.html", {"message": error}, status=410)
    assert invitation is not None  # invitation_check refuses None
    form = SetPasswordForm(invitation.user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        password = form.cleaned_data["new_password1"]
        invitation_accept(invitation=invitation, password=password, ip=client_ip(request))
        messages.success(request, "Your password is set: sign in with it.")
        return redirect("accounts:login")
    context = {"form": form, "invited": invitation.user}
    return render(request, "accounts/invitation_accept.html", context, status=_status(form))


@role_required(user_can_view)
def token_list(request: HttpRequest) -> HttpResponse:
    user = _me(request)
    form = TokenCreateForm(request.POST or None, user=user)
    context: dict[str, Any] = {"tokens": selectors.user_tokens(user=user)}
    if request.method == "POST" and form.is_valid():
        token, key = api_token_create(
            user=user, name=form.cleaned_data["name"], read_only=form.cleaned_data["read_only"],
            ip=client_ip(request),
        )  # fmt: skip
        context.update(new_token=token, new_key=key, form=TokenCreateForm(user=user))
        response = render(request, "accounts/token_list.html", context, status=201)
        response["Cache-Control"] = "no-store"  # the key is in this page, and only in this one
        return response
    context["form"] = form
    return render(request, "accounts/token_list.html", context, status=_status(form))


@require_POST
@role_required(user_can_view)
def token_revoke(request: HttpRequest, pk: int) -> HttpResponseRedirect:
    token = get_object_or_404(ApiToken.objects.select_related("user"), pk=pk)
    if token.user_id != request.user.pk and not user_can_manage_users(request.user):
        raise Http404  # someone else's token: answer as if it did not exist
    api_token_revoke(token=token, actor=_me(request), ip=client_ip(request))
    messages.success(request, f"Token “{token.name}” revoked: it no longer works.")
    return redirect(_safe_next(request, reverse("accounts:token-list")))


def _safe_next(request: HttpRequest, default: str) -> str:
    target = request.POST.get("next", "")
    allowed = url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return target if allowed else default
