"""The production settings the README documents ("Accounts and production settings") pass
Django's deployment checks."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# The production environment the README documents (with stand-in values).
PRODUCTION_ENV = {
    "DEBUG": "false",
    "SECRET_KEY": "x9-production-like-secret-key-with-enough-length-and-variety-1234",
    "ALLOWED_HOSTS": "verify.example.org",
    "SITE_URL": "https://verify.example.org",
    "SECURE_HSTS_PRELOAD": "true",
    # An absolute path that exists on any machine (a fresh clone has no var/ yet).
    "DATABASE_URL": f"sqlite:///{Path(tempfile.gettempdir()) / 'verify-deploy-check.sqlite3'}",
}

COOKIE_PROBE = (
    "import django; django.setup(); from django.conf import settings as s; "
    "print(s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SESSION_COOKIE_HTTPONLY, "
    "s.SESSION_COOKIE_SAMESITE, s.CSRF_COOKIE_SAMESITE)"
)


def _in_production(*args: str) -> subprocess.CompletedProcess[str]:
    # The e2e tests' DJANGO_ALLOW_ASYNC_UNSAFE is exactly what the check must not see.
    env = {k: v for k, v in os.environ.items() if k not in PRODUCTION_ENV and "ASYNC" not in k}
    env.update(PRODUCTION_ENV, DJANGO_SETTINGS_MODULE="config.settings")
    return subprocess.run(  # noqa: S603  (our own interpreter on our own code)
        [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )


def test_deploy_check_passes_with_the_documented_production_settings() -> None:
    result = _in_production("manage.py", "check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stdout + result.stderr


def test_production_cookies_are_secure_httponly_and_samesite() -> None:
    result = _in_production("-c", COOKIE_PROBE)
    assert result.stdout.split() == ["True", "True", "True", "Lax", "Lax"], result.stderr
