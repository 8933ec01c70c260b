"""Test-run defaults, loaded as a pytest plugin (-p) so they are set before
Django reads its settings: a local, non-TLS site (the suite talks plain http)."""

import os

os.environ.setdefault("DEBUG", "true")
os.environ.setdefault("SECRET_KEY", "test-only-secret-key")
os.environ.setdefault(
    "VERIFY_DATA_DIR", os.path.join(os.path.dirname(os.path.dirname(__file__)), "var", "test")
)
