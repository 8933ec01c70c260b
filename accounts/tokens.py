"""API token keys: how they are made and hashed (no database access here)."""

from __future__ import annotations

import hashlib
import secrets

KEY_PREFIX = "vfy_"
PREFIX_LENGTH = 12  # "vfy_" and 8 random characters: enough to tell tokens apart


def key_generate() -> str:
    # 32 random bytes: far beyond guessing, so a fast unsalted hash is enough to store it.
    return KEY_PREFIX + secrets.token_urlsafe(32)


def key_hash(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def key_prefix(key: str) -> str:
    return key[:PREFIX_LENGTH]
