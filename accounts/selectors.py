"""Reads for accounts."""

from __future__ import annotations

from accounts.models import ApiToken
from accounts.tokens import key_hash


def api_token_for_key(*, key: str) -> ApiToken | None:
    """The live token with this key, with its user, or None."""
    return (
        ApiToken.objects.select_related("user")
        .filter(key_hash=key_hash(key), revoked_at__isnull=True)
        .first()
    )
