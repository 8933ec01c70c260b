"""The desk's day in a real browser: an editor filters the queue, takes the next
item, attaches evidence and proposes "Unproven" for the seed article's
"military staging area" claim; a reviewer publishes it; the history shows both.

The item is found by its text, never by id, so the test holds whatever the
extractor makes of the rest of the article."""

from __future__ import annotations

import re
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from accounts.permissions import Role
from accounts.services import user_create
from tests.conftest import PASSWORD, SEED
from verify.models import Claim
from verify.services.ingest import article_ingest

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

STAGING = "military staging area"


@pytest.fixture
def desk(live_server: Any) -> str:
    for username, role in (("eddie", Role.EDITOR), ("rosa", Role.REVIEWER)):
        user_create(
            username=username, email=f"{username}@example.org", role=role, password=PASSWORD
        )
    article_ingest(text=SEED.read_text(encoding="utf-8"), outlet="Seed Wire")
    return str(live_server.url)


def _sign_in(page: Page, base: str, username: str) -> None:
    page.goto(f"{base}/accounts/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.locator(".who")).to_have_text(username)


def _sign_out(page: Page) -> None:
    page.get_by_role("button", name="Sign out").click()
    expect(page.get_by_role("heading", name="Sign in to Verify")).to_be_visible()


def test_editor_proposes_and_reviewer_publishes_the_staging_area_claim(
    page: Page, desk: str, screenshot: Any
) -> None:
    _sign_in(page, desk, "eddie")
    page.get_by_role("link", name="Queue").click()
    expect(page.get_by_role("heading", name="Review queue")).to_be_visible()

    # Filter: the search box (htmx swaps the results and pushes the URL), then the kind.
    page.get_by_label("Search text").fill("staging area")
    page.get_by_label("Search text").press("Enter")
    expect(page).to_have_url(re.compile(r"q=staging"))
    page.get_by_label("Kind").select_option("claim")
    expect(page).to_have_url(re.compile(r"kind=claim"))
    rows = page.locator("[data-queue] [data-row]")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text(STAGING)
    screenshot("queue-filtered")

    # "n" takes the next item under these filters (keyboard, outside any field).
    page.get_by_role("heading", name="Review queue").click()
    page.keyboard.press("n")
    expect(page.locator("blockquote.item-text")).to_contain_text(STAGING)
    expect(page.locator("#lease-box")).to_contain_text("eddie")
    expect(page.locator("h1 .status")).to_have_text("In review")

    # Evidence, then the verdict.
    page.get_by_label("URL", exact=True).fill("https://example.org/sumy-strike-factcheck")
    page.get_by_label("Title", exact=True).fill("No sign of troops at the Sumy strike site")
    page.get_by_label("Publisher").fill("Example Fact Check")
    page.get_by_label("Stance", exact=True).select_option("context")
    page.get_by_role("button", name="Add evidence").click()
    expect(page.locator(".message.success")).to_have_text("Evidence added.")
    expect(page.locator("ul.evidence")).to_contain_text("added by eddie")

    page.get_by_role("combobox", name="Verdict").select_option(label="Unproven")
    page.get_by_label("Conclusion").fill("Russian state media gave no evidence for the claim.")
    page.get_by_role("button", name="Propose verdict").click()
    expect(page.locator("h1 .status")).to_have_text("Proposed")
    expect(page.get_by_role("button", name="Publish")).to_have_count(0)  # not by its proposer
    screenshot("claim-proposed")
    claim_url = page.url
    _sign_out(page)

    # The reviewer publishes.
    _sign_in(page, desk, "rosa")
    page.goto(claim_url)
    page.get_by_role("button", name="Publish").click()
    expect(page.locator("h1 .status")).to_have_text("Published")
    expect(page.locator("h1 .verdict")).to_have_text("Unproven")
    history = page.locator("ol.history")
    expect(history).to_contain_text("Verdict proposed")
    expect(history.locator("li").filter(has_text="Published")).to_contain_text("rosa")
    expect(history.locator("li").filter(has_text="Evidence added")).to_contain_text("eddie")
    screenshot("claim-published")

    published = Claim.objects.get(kind="claim", text__contains=STAGING)
    assert published.status == Claim.Status.PUBLISHED
    assert published.verdict is not None
    assert published.verdict.label == "Unproven"


def test_queue_keyboard_shortcuts(page: Page, desk: str, screenshot: Any) -> None:
    _sign_in(page, desk, "eddie")
    page.goto(f"{desk}/claims/")
    rows = page.locator("[data-queue] [data-row]")
    expect(rows.nth(2)).to_be_visible()
    page.keyboard.press("j")
    expect(rows.nth(0)).to_have_class(re.compile("current"))
    page.keyboard.press("j")
    page.keyboard.press("j")
    page.keyboard.press("k")
    expect(rows.nth(1)).to_have_class(re.compile("current"))
    page.keyboard.press("x")
    expect(rows.nth(1).locator("[data-select]")).to_be_checked()
    screenshot("queue")

    page.keyboard.press("?")
    dialog = page.get_by_role("dialog", name="Keyboard shortcuts")
    expect(dialog).to_be_visible()
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()

    page.keyboard.press("/")
    expect(page.get_by_label("Search text")).to_be_focused()
    page.keyboard.press("Escape")

    href = rows.nth(1).locator("[data-open]").get_attribute("href")
    page.keyboard.press("Enter")  # opens the current row's item, focus or not
    expect(page).to_have_url(f"{desk}{href}")
    expect(page.locator("blockquote.item-text")).to_be_visible()
