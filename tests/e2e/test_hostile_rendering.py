"""Hostile text in a real browser: markup in titles, bodies, source names, evidence and
comments is shown as text and never runs; highlights over emoji, right-to-left text and
combining characters land on exactly the item's words (browsers count UTF-16 units,
Verify counts code points)."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Dialog, Page, expect

from accounts.permissions import Role
from accounts.services import user_create
from tests.conftest import PASSWORD
from tests.hostile.corpus import COMBINING, EMOJI, IMG, RTL, SCRIPT, SVG, ZERO_WIDTH
from verify.models import Article, Claim, Comment, Evidence, Source
from verify.services.ingest import article_ingest

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

TITLE = f"Minister {SCRIPT}{IMG} says"
BODY = (
    f"The minister said \u201cwe will {SCRIPT} build {IMG} it\u201d on Monday.\n"
    f"Critics said \u201c{SVG} never\u201d and left."
)
UNICODE_BODY = f"{EMOJI}\n{RTL}\n{COMBINING}\n{ZERO_WIDTH}\nThe end said \u201c\U0001f642 ok\u201d."


@pytest.fixture
def signed_in(page: Page, live_server: Any) -> str:
    user_create(username="eddie", email="e@example.org", role=Role.EDITOR, password=PASSWORD)
    base = str(live_server.url)
    page.goto(f"{base}/accounts/login/")
    page.get_by_label("Username").fill("eddie")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.locator(".who")).to_have_text("eddie")
    return base


def _watch_dialogs(page: Page) -> list[str]:
    fired: list[str] = []

    def record(dialog: Dialog) -> None:
        fired.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", record)
    return fired


def _hostile_claim() -> Claim:
    article = article_ingest(text=BODY, title=TITLE).article
    claim = Claim.objects.filter(article=article).order_by("start").first()
    assert claim is not None
    claim.source = Source.objects.create(name=f"Source {IMG}")
    claim.save(update_fields=["source"])
    author = article.ingested_by or user_create(username="x", email="x@example.org",
                                                role=Role.EDITOR)  # fmt: skip
    Evidence.objects.create(claim=claim, url="https://example.org/?q=%3Cscript%3E",
                            title=f"Evidence {SCRIPT}", excerpt=SVG, added_by=author)  # fmt: skip
    Comment.objects.create(claim=claim, author=author, body=f"Comment {IMG} {SCRIPT}")
    return claim


def _assert_inert(page: Page, fired: list[str]) -> None:
    page.wait_for_load_state("load")
    assert fired == []  # no alert() ran
    assert page.locator("img[src='x']").count() == 0  # no element came from the text
    assert page.locator("main svg").count() == 0
    assert page.locator("main script").count() == 0


def test_markup_in_titles_bodies_sources_evidence_and_comments_is_only_text(
    page: Page, signed_in: str
) -> None:
    claim = _hostile_claim()
    fired = _watch_dialogs(page)
    page.goto(f"{signed_in}{claim.article.get_absolute_url()}")
    _assert_inert(page, fired)
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)
    body = page.locator(".article-body").inner_text()
    assert SCRIPT in body
    assert IMG in body
    page.goto(f"{signed_in}{claim.get_absolute_url()}")
    _assert_inert(page, fired)
    text = page.locator("main").inner_text()
    for shown in (f"Source {IMG}", f"Evidence {SCRIPT}", f"Comment {IMG} {SCRIPT}"):
        assert shown in text, shown
    for listing in ("/", "/claims/"):
        page.goto(f"{signed_in}{listing}")
        _assert_inert(page, fired)


def test_highlights_cover_exactly_each_items_words_in_the_browser(
    page: Page, signed_in: str
) -> None:
    article = article_ingest(text=UNICODE_BODY).article
    items = list(Claim.objects.filter(article=article))
    assert any(item.kind == Claim.Kind.QUOTE for item in items)
    page.goto(f"{signed_in}{article.get_absolute_url()}")
    marks: list[dict[str, str]] = page.eval_on_selector_all(
        ".article-body mark",
        "marks => marks.map(m => ({items: m.dataset.items, text: m.textContent}))",
    )
    for item in items:
        covered = "".join(m["text"] for m in marks if str(item.pk) in m["items"].split())
        assert covered == item.text, (item.kind, item.start, item.end)
    # The whole body reads back unchanged, marks and all.
    whole = page.eval_on_selector(".article-body", "body => body.textContent")
    assert whole == Article.objects.get(pk=article.pk).body
