"""The API reference page in a real browser: it renders the schema under the site's strict
Content Security Policy, from local files only."""

from __future__ import annotations

import shutil
from typing import Any

import pytest
from django.test import Client

from accounts.models import User

# serialized_rollback: the flush after a live-server test must give back the roles (groups)
# that a data migration created, or every later test runs without them.
pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--no-first-run",
]  # fmt: skip


def _sync_playwright() -> Any:
    if shutil.which(CHROMIUM) is None:
        pytest.skip(f"no Chromium at {CHROMIUM}")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("playwright is not installed")
    return sync_playwright


def test_reference_page_renders_the_schema_without_csp_violations(
    live_server: Any, viewer: User
) -> None:
    sync_playwright = _sync_playwright()
    # The session is made before the browser's event loop starts: no ORM call runs inside it.
    client = Client()
    client.force_login(viewer)
    session = client.cookies["sessionid"].value
    messages: list[str] = []
    requests: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        context = browser.new_context()
        context.add_cookies([{"name": "sessionid", "value": session, "url": live_server.url}])
        page = context.new_page()
        page.on("console", lambda message: messages.append(message.text))
        page.on("request", lambda request: requests.append(request.url))
        page.goto(f"{live_server.url}/api/docs/")
        page.wait_for_selector("text=Export verified claims", timeout=20_000)
        title = page.locator(".swagger-ui .info .title").inner_text()
        browser.close()

    assert title.startswith("Verify API")
    assert not [m for m in messages if "Content Security Policy" in m or "Refused" in m]
    assert requests
    assert all(url.startswith(live_server.url) for url in requests)  # no CDN
