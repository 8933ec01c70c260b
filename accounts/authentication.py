"""REST API authentication by token: ``Authorization: Token <key>`` or ``Bearer <key>``.

``request.auth`` is the ApiToken, so API permissions can refuse writes with a
read-only token (``request.auth.read_only``).
"""

from __future__ import annotations

from typing import Any

from rest_framework.authentication import BaseAuthentication, get_authorization_header
from rest_framework.exceptions import AuthenticationFailed
from rest_framework.request import Request

from accounts.models import ApiToken, User
from accounts.permissions import prime_access
from accounts.selectors import api_token_for_key, user_access
from accounts.services import api_token_touch

KEYWORDS = (b"token", b"bearer")


class ApiTokenAuthentication(BaseAuthentication):
    def authenticate(self, request: Request) -> tuple[User, ApiToken] | None:
        parts = get_authorization_header(request).split()
        if not parts or parts[0].lower() not in KEYWORDS:
            return None  # not ours: let another authenticator (or anonymity) answer
        if len(parts) != 2:
            raise AuthenticationFailed("Malformed Authorization header: use 'Token <key>'.")
        try:
            key = parts[1].decode("ascii")
        except UnicodeDecodeError:
            raise AuthenticationFailed("Invalid token.") from None
        return self._check(key)

    def _check(self, key: str) -> tuple[User, ApiToken]:
        token = api_token_for_key(key=key)
        # One message for unknown, revoked and deactivated: no hint which it was.
        if token is None or not token.user.is_active:
            raise AuthenticationFailed("Invalid or revoked token.")
        api_token_touch(token=token)
        # Role and permissions now, in one query, rather than three on first use.
        prime_access(token.user, user_access(user_id=token.user_id))
        return token.user, token

    def authenticate_header(self, request: Any) -> str:
        return 'Token realm="api"'
