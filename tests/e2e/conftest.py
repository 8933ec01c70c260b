"""Browser tests: Playwright driving Debian's Chromium against pytest-django's live server.

They skip, saying why, where Chromium or Playwright is missing (``make test`` prints
that too). No browser is ever downloaded: Playwright launches /usr/bin/chromium.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.db import connection, connections

# pytest-django's live_server runs Django in a thread next to Playwright's event
# loop; Django's async-safety check would refuse its ORM calls. Only here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = Path(os.environ.get("VERIFY_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SCREENSHOTS = Path(__file__).resolve().parent / "screenshots"

try:
    from playwright.sync_api import Browser, Page, sync_playwright

    HAVE_PLAYWRIGHT = True
except ImportError:  # the skip below says so
    HAVE_PLAYWRIGHT = False


def missing() -> str | None:
    if not HAVE_PLAYWRIGHT:
        return "Playwright is not installed (pip install -r requirements-dev.txt)"
    if not CHROMIUM.exists():
        return f"no Chromium at {CHROMIUM} (apt-get install -y chromium)"
    return None


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    reason = missing()
    if reason is None:
        return
    for item in items:
        if item.get_closest_marker("e2e"):
            item.add_marker(pytest.mark.skip(reason=f"e2e skipped: {reason}"))


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    before = {alias: connections[alias] for alias in connections}
    with sync_playwright() as playwright:
        _keep_test_database_snapshot(before)
        launched = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield launched
        launched.close()


def _keep_test_database_snapshot(before: dict[str, Any]) -> None:
    """Playwright's event loop gives this thread a new context, and with it new
    Django connection objects, which lack the snapshot of the test database
    (migration data: roles, the verdict scale) that ``serialized_rollback``
    restores after each live-server test's flush. Hand it over."""
    for alias, old in before.items():
        new = connections[alias]
        snapshot = getattr(old, "_test_serialized_contents", None)
        if new is not old and snapshot is not None:
            vars(new)["_test_serialized_contents"] = snapshot


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    context.set_default_timeout(10_000)
    tab = context.new_page()
    errors: list[str] = []
    # A CSP violation or a script error is a failure, not noise.
    tab.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    tab.on("pageerror", lambda error: errors.append(str(error)))
    yield tab
    context.close()
    assert not errors, errors


@pytest.fixture
def screenshot(page: Page) -> Any:
    SCREENSHOTS.mkdir(exist_ok=True)

    def take(name: str) -> None:
        page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)

    return take


@pytest.fixture(autouse=True)
def _history_flushable_on_sqlite(
    django_db_serialized_rollback: None, transactional_db: None
) -> Iterator[None]:
    """A live-server test ends by flushing the database. PostgreSQL truncates
    (no row trigger fires); SQLite deletes, which the append-only history's
    trigger refuses: lift that one trigger for the flush and put it back."""
    yield
    if connection.vendor != "sqlite":
        return
    rules = importlib.import_module("verify.migrations.0003_database_rules")
    trigger = next(sql for sql in rules.SQLITE_FORWARD if "verify_claimevent_no_delete" in sql)
    with connection.cursor() as cursor:
        cursor.execute("DROP TRIGGER IF EXISTS verify_claimevent_no_delete")
        cursor.execute("DELETE FROM verify_claimevent")
        cursor.execute(trigger)
