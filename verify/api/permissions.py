"""Who may call what: the role predicates of accounts.permissions, plus the token's scope."""

from __future__ import annotations

from typing import Any

from rest_framework.permissions import SAFE_METHODS, BasePermission
from rest_framework.request import Request

from accounts.permissions import user_can_ingest, user_can_view


def token_is_read_only(request: Request) -> bool:
    """A read-only API token never writes, whatever its user's role."""
    return bool(getattr(request.auth, "read_only", False))


class CanRead(BasePermission):
    """Any role may read; a request that writes also needs a token allowed to write."""

    message = "Your role or token does not allow this."

    def has_permission(self, request: Request, view: Any) -> bool:
        if request.method not in SAFE_METHODS and token_is_read_only(request):
            return False
        return user_can_view(request.user)


class CanIngest(CanRead):
    message = "Only editors, reviewers and admins may ingest articles, with a token that may write."

    def has_permission(self, request: Request, view: Any) -> bool:
        if request.method in SAFE_METHODS:
            return super().has_permission(request, view)
        return not token_is_read_only(request) and user_can_ingest(request.user)
