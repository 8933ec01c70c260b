"""The database going away: a clear 503 page, a JSON 503 under /api/, and service that
resumes on its own when the database is back."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from django.db import InterfaceError, OperationalError
from django.test import Client
from django.urls import reverse

from accounts.models import User
from tests.conftest import client_for
from tests.hardening import pgcluster
from verify import selectors

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]


def _failing(error: type[Exception]) -> Any:
    def fail(*args: Any, **kwargs: Any) -> None:
        raise error("server closed the connection unexpectedly")

    return fail


def _client(user: User) -> Client:
    client = client_for(user)
    client.raise_request_exception = False
    return client


@pytest.mark.parametrize("error", [OperationalError, InterfaceError])
def test_a_lost_database_in_a_view_is_a_503_page(
    viewer: User, monkeypatch: pytest.MonkeyPatch, error: type[Exception]
) -> None:
    client = _client(viewer)
    monkeypatch.setattr(selectors, "article_list", _failing(error))
    response = client.get(reverse("verify:article-list"))
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "The database is unavailable" in response.content.decode()
    assert "Content-Security-Policy" in response  # the security headers stay on


def test_a_lost_database_before_the_view_is_a_json_503_under_the_api(
    viewer: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    client = _client(viewer)
    # The session is read from the database before any view runs.
    monkeypatch.setattr(
        "django.contrib.sessions.backends.db.SessionStore.load", _failing(OperationalError)
    )
    response = client.get("/api/v1/articles/")
    assert response.status_code == 503
    assert response.json() == {
        "error": {"code": "database_unavailable", "message": response.json()["error"]["message"]}
    }
    assert "unavailable" in response.json()["error"]["message"]


def test_other_errors_stay_500s(viewer: User, monkeypatch: pytest.MonkeyPatch) -> None:
    client = _client(viewer)
    monkeypatch.setattr(selectors, "article_list", _failing(ZeroDivisionError))
    assert client.get(reverse("verify:article-list")).status_code == 500


@pytest.mark.postgres
def test_a_stopped_postgresql_answers_503_and_service_resumes_when_it_starts() -> None:
    reason = pgcluster.unavailable_reason()
    if reason:
        pytest.skip(reason)
    with pgcluster.throwaway_cluster() as cluster:
        seen = _probe(cluster)
    assert seen["up"]["page_status"] == 200
    down = seen["down"]
    assert down["page_status"] == 503
    assert "The database is unavailable" in down["page_text"]
    assert down["retry_after"] == "30"
    assert down["api_status"] == 503
    assert down["api_type"] == "application/json"
    assert json.loads(down["api_body"])["error"]["code"] == "database_unavailable"
    assert seen["back"]["page_status"] == 200  # same process, no restart


def _probe(cluster: pgcluster.Cluster) -> dict[str, Any]:
    env = {
        **os.environ,
        "DATABASE_URL": cluster.database_url("postgres"),
        "DEBUG": "false",
        "SECRET_KEY": "outage-test-" + "k" * 40,
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_COOKIES": "false",
        "ALLOWED_HOSTS": "testserver",
        "CONN_MAX_AGE": "600",
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "VERIFY_TEST_PG_ROOT": str(cluster.root),
        "VERIFY_TEST_PG_PORT": str(cluster.port),
        "LOG_LEVEL": "CRITICAL",
    }
    result = subprocess.run(
        [sys.executable, "-m", "tests.hardening.outage_probe"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    seen: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return seen
