from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from config.env import database_from_url, envbool

ROOT = Path(__file__).resolve().parent.parent


def _settings_in_subprocess(**env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if k not in ("DEBUG", "SECRET_KEY")}
    return subprocess.run(
        [sys.executable, "-c", "import config.settings"],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        check=False,
    )


def test_secret_key_is_required_when_debug_is_off() -> None:
    result = _settings_in_subprocess(DEBUG="false")
    assert result.returncode != 0
    assert "SECRET_KEY must be set when DEBUG is off" in result.stderr


def test_production_settings_load_with_a_secret_key() -> None:
    result = _settings_in_subprocess(DEBUG="false", SECRET_KEY="x" * 50)
    assert result.returncode == 0, result.stderr


def test_postgres_url_selects_psycopg_with_persistent_connections() -> None:
    db = database_from_url("postgres://u:p%40ss@db.local:6543/verify", base_dir=ROOT,
                           conn_max_age=600)  # fmt: skip
    assert db["ENGINE"] == "django.db.backends.postgresql"
    assert (db["USER"], db["PASSWORD"], db["HOST"], db["PORT"], db["NAME"]) == (
        "u", "p@ss", "db.local", "6543", "verify",
    )  # fmt: skip
    assert db["CONN_MAX_AGE"] == 600
    assert db["CONN_HEALTH_CHECKS"] is True


def test_sqlite_url_is_relative_to_the_project() -> None:
    db = database_from_url("sqlite:///var/x.db", base_dir=ROOT, conn_max_age=0)
    assert db["NAME"] == ROOT / "var" / "x.db"


def test_unknown_database_scheme_is_a_clear_error() -> None:
    with pytest.raises(ImproperlyConfigured, match="must start with sqlite"):
        database_from_url("mysql://x/y", base_dir=ROOT, conn_max_age=0)


def test_booleans_are_strict(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DEBUG", "maybe")
    with pytest.raises(ImproperlyConfigured, match="DEBUG must be a boolean"):
        envbool("DEBUG", False)
