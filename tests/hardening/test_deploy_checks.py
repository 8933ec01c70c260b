"""Production settings: Django's deploy checks pass at WARNING level, and the security
settings hold what the issue asks (HSTS, secure cookies, X-Frame-Options DENY, a strict
Content Security Policy), in the settings and on the wire."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from accounts.models import User
from tests.conftest import client_for

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION = {
    "DEBUG": "false",
    "SECRET_KEY": "deploy-check-" + "s3cr3t-" * 8,
    "ALLOWED_HOSTS": "verify.example.org",
    "DATABASE_URL": "postgres://verify@db.example.org:5432/verify",
}
SHOW_SETTINGS = """
import json, django
from django.conf import settings
django.setup()
names = ["SECURE_HSTS_SECONDS", "SECURE_HSTS_INCLUDE_SUBDOMAINS", "SESSION_COOKIE_SECURE",
         "CSRF_COOKIE_SECURE", "SECURE_SSL_REDIRECT", "X_FRAME_OPTIONS", "SECURE_CSP",
         "SESSION_COOKIE_HTTPONLY", "SECURE_CONTENT_TYPE_NOSNIFF", "DEBUG"]
print(json.dumps({name: getattr(settings, name) for name in names}))
"""


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    # The e2e conftest allows async-unsafe calls in this process; a deployment never does.
    test_only = ("DEBUG", "SECRET_KEY", "DJANGO_ALLOW_ASYNC_UNSAFE")
    clean = {k: v for k, v in os.environ.items() if k not in test_only}
    env = {**clean, **PRODUCTION, "DJANGO_SETTINGS_MODULE": "config.settings"}
    return subprocess.run(  # noqa: S603
        [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True,
        timeout=120, check=False,
    )  # fmt: skip


def test_production_settings_pass_the_deploy_checks_at_warning_level() -> None:
    result = _run("manage.py", "check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_settings_are_strict() -> None:
    result = _run("-c", SHOW_SETTINGS)
    assert result.returncode == 0, result.stderr
    values: dict[str, Any] = json.loads(result.stdout)
    assert values["DEBUG"] is False
    assert values["SECURE_HSTS_SECONDS"] >= 31_536_000
    assert values["SECURE_HSTS_INCLUDE_SUBDOMAINS"] is True
    assert values["SESSION_COOKIE_SECURE"]
    assert values["CSRF_COOKIE_SECURE"]
    assert values["SESSION_COOKIE_HTTPONLY"]
    assert values["SECURE_CONTENT_TYPE_NOSNIFF"]
    assert values["SECURE_SSL_REDIRECT"] is True
    assert values["X_FRAME_OPTIONS"] == "DENY"
    _assert_strict_csp(values["SECURE_CSP"])


def _assert_strict_csp(policy: dict[str, list[str]]) -> None:
    sources = " ".join(" ".join(values) for values in policy.values())
    assert "unsafe-inline" not in sources
    assert "unsafe-eval" not in sources
    assert policy["script-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'none'"]


@pytest.mark.django_db
def test_every_page_is_sent_with_the_security_headers(viewer: User) -> None:
    client = client_for(viewer)
    for url in (reverse("verify:article-list"), reverse("verify:claim-list")):
        _assert_security_headers(client.get(url))
    _assert_security_headers(Client().get(reverse("accounts:login")))


def _assert_security_headers(response: Any) -> None:
    policy = response["Content-Security-Policy"]
    assert "unsafe-inline" not in policy
    assert "unsafe-eval" not in policy
    assert "script-src 'self'" in policy
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"


# Shapes of credentials that must never be committed.
_SECRETS = re.compile(
    r"-----BEGIN [A-Z ]*PRIVATE KEY-----|AKIA[0-9A-Z]{16}|gh[pousr]_[A-Za-z0-9]{36}"
    r"|xox[abpr]-[A-Za-z0-9-]{10,}|sk_live_[A-Za-z0-9]{20,}"
)


def test_no_credentials_are_committed() -> None:
    listed = subprocess.run(
        ["/usr/bin/env", "git", "ls-files", "-z"],
        cwd=ROOT,
        capture_output=True,
        check=False,
    )
    if listed.returncode != 0:
        pytest.skip("not a git checkout")
    found = []
    for name in filter(None, listed.stdout.decode().split("\0")):
        path = ROOT / name
        small = path.is_file() and path.stat().st_size < 5_000_000
        if small and _SECRETS.search(path.read_text(encoding="utf-8", errors="ignore")):
            found.append(name)
    assert found == []
