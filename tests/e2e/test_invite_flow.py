"""An admin invites an editor; the editor sets a password from the e-mailed link and signs in."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import pytest
from django.core import mail

from accounts.models import User
from accounts.permissions import Role, user_role
from accounts.services import user_create

if TYPE_CHECKING:  # at run time Playwright may be absent: the e2e conftest then skips
    from playwright.sync_api import Page

ADMIN_PASSWORD = "an admin passphrase that is long"
EDITOR_PASSWORD = "the editor's own long passphrase"

pytestmark = [
    pytest.mark.e2e,
    # Groups (roles) come from a data migration: restore them after the flush.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]
# The browser fixtures (``page``, skips without Chromium) are in tests/e2e/conftest.py.


def _sign_in(page: Page, base: str, username: str, password: str) -> None:
    page.goto(f"{base}/accounts/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("button[type=submit]")


def test_admin_invites_an_editor_who_sets_a_password_and_signs_in(
    live_server: Any, page: Page
) -> None:
    base = live_server.url
    user_create(username="ada", email="ada@example.org", role=Role.ADMIN, password=ADMIN_PASSWORD)
    _sign_in(page, base, "ada", ADMIN_PASSWORD)
    page.click("text=Users")
    page.click("text=Invite a user")
    page.fill("#id_username", "nina")
    page.fill("#id_email", "nina@example.org")
    page.select_option("#id_role", "editor")
    page.click("button:has-text('Send invitation')")
    assert "Invitation sent to nina@example.org" in page.inner_text(".messages")
    page.click("button:has-text('Sign out')")

    link = re.search(r"https?://\S+?(/accounts/invitation/\S+)", str(mail.outbox[-1].body))
    assert link is not None
    page.goto(base + link.group(1))
    page.fill("#id_new_password1", EDITOR_PASSWORD)
    page.fill("#id_new_password2", EDITOR_PASSWORD)
    page.click("button:has-text('Set password')")
    assert "Your password is set" in page.inner_text(".messages")

    _sign_in(page, base, "nina", EDITOR_PASSWORD)
    page.wait_for_url(f"{base}/")
    assert "Ingest" in page.inner_text("nav")  # an editor's menu
    assert user_role(User.objects.get(username="nina")) == Role.EDITOR
