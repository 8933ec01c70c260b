"""Run by test_database_outage.py in a child process with production-like settings
(DEBUG off, persistent connections with health checks) against a throwaway cluster:
asks for pages while the database is up, down, and up again; prints what it saw as JSON.

The child stops and starts the cluster itself, so the same process (and its pooled
connection) lives through the outage, as a real server would. Requests go through Django's
WSGI handler, not the test client: the test client switches off the closing of broken
connections at the end of a request, which is what lets a real server recover.
"""

from __future__ import annotations

import io
import json
import os
from pathlib import Path
from typing import Any
from wsgiref.util import setup_testing_defaults

import django


def main() -> None:
    django.setup()
    from django.core.handlers.wsgi import WSGIHandler
    from django.core.management import call_command
    from django.test import Client

    from tests.hardening.pgcluster import Cluster

    cluster = Cluster(
        Path(os.environ["VERIFY_TEST_PG_ROOT"]), int(os.environ["VERIFY_TEST_PG_PORT"])
    )
    call_command("migrate", verbosity=0)
    client = Client()
    client.force_login(_viewer())
    cookie = f"sessionid={client.cookies['sessionid'].value}"
    app = WSGIHandler()
    seen: dict[str, Any] = {"up": _visit(app, cookie)}
    cluster.stop()
    seen["down"] = _visit(app, cookie)
    cluster.start()
    seen["back"] = _visit(app, cookie)
    print(json.dumps(seen))


def _viewer() -> Any:
    from accounts.permissions import Role
    from accounts.services import user_create

    return user_create(username="vera", email="vera@example.org", role=Role.VIEWER)


def _visit(app: Any, cookie: str) -> dict[str, Any]:
    page, api = _get(app, "/", cookie), _get(app, "/api/v1/articles/", cookie)
    return {
        "page_status": page["status"],
        "page_text": page["body"],
        "retry_after": page["headers"].get("Retry-After"),
        "api_status": api["status"],
        "api_type": api["headers"].get("Content-Type", ""),
        "api_body": api["body"],
    }


def _get(app: Any, path: str, cookie: str) -> dict[str, Any]:
    environ: dict[str, Any] = {
        "PATH_INFO": path,
        "HTTP_HOST": "testserver",
        "HTTP_COOKIE": cookie,
        "wsgi.input": io.BytesIO(),
        "wsgi.errors": io.StringIO(),
    }
    setup_testing_defaults(environ)
    started: dict[str, Any] = {}

    def start_response(status: str, headers: list[tuple[str, str]], *exc: Any) -> None:
        started.update(status=int(status.split()[0]), headers=dict(headers))

    response = app(environ, start_response)
    try:
        body = b"".join(response).decode(errors="replace")
    finally:
        response.close()  # fires request_finished: broken connections are dropped here
    return {**started, "body": body}


if __name__ == "__main__":
    main()
