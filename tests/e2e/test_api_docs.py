"""The API reference page in a real browser: it renders the schema under the site's strict
Content Security Policy (the ``page`` fixture fails on any console error, a CSP violation
among them), from local files only."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest

from accounts.models import User
from tests.conftest import PASSWORD

if TYPE_CHECKING:  # at run time Playwright may be absent: the e2e conftest then skips
    from playwright.sync_api import Page

pytestmark = [
    pytest.mark.e2e,
    # Groups (roles) come from a data migration: restore them after the flush.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_reference_page_renders_the_schema_from_local_files(
    live_server: Any, page: Page, viewer: User
) -> None:
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(f"{live_server.url}/api/docs/")  # signed out: to the login page first
    page.fill("#id_username", viewer.username)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")

    page.wait_for_selector("text=Export verified claims", timeout=20_000)

    assert page.locator(".swagger-ui .info .title").inner_text().startswith("Verify API")
    assert requests
    assert all(url.startswith(live_server.url) for url in requests), requests  # no CDN
