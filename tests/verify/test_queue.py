"""The review queue: filters that combine, keyset pages, counts, next item,
bulk actions, saved views, and a bounded number of SQL queries."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from accounts.models import User
from tests.conftest import client_for
from tests.factories import make_article, make_claim, make_source
from verify.models import Claim, SavedView
from verify.services import review
from verify.services.ingest import article_ingest

pytestmark = pytest.mark.django_db

QUEUE = reverse("verify:claim-list")


def _shown(client: Any, query: str = "") -> list[Claim]:
    response = client.get(f"{QUEUE}?{query}")
    assert response.status_code == 200
    return list(response.context["page"].object_list)


def test_queue_is_sorted_by_check_worthiness_by_default(viewer: User) -> None:
    scores = [0.3, 0.9, 0.6]
    for score in scores:
        make_claim(checkworthiness=score)
    assert [c.checkworthiness for c in _shown(client_for(viewer))] == sorted(scores, reverse=True)


def test_filters_combine(viewer: User, editor: User) -> None:
    peskov = make_source(name="Dmitry Peskov")
    article = make_article(outlet="Kyiv Post")
    flags = ["unsubstantiated"]
    match = make_claim(article=article, source=peskov, checkworthiness=0.7, flags=flags)
    make_claim(article=article, source=peskov, checkworthiness=0.2, flags=flags, start=1)
    make_claim(article=article, checkworthiness=0.8, flags=flags, start=2)
    make_claim(article=article, source=peskov, checkworthiness=0.8, start=3)
    make_claim(article=article, source=peskov, checkworthiness=0.8, flags=flags, kind="quote")
    make_claim(source=peskov, checkworthiness=0.9, flags=flags)
    query = (
        f"source={peskov.pk}&outlet=Kyiv+Post&flag=unsubstantiated&score_min=0.5&kind=claim"
        f"&status=new&article={article.pk}"
    )
    assert _shown(client_for(viewer), query) == [match]


def test_assignee_filter_knows_mine_and_unassigned(editor: User, other_editor: User) -> None:
    mine = review.claim_take(user=editor, pk=make_claim().pk)
    theirs = review.claim_take(user=other_editor, pk=make_claim().pk)
    free = make_claim()
    client = client_for(editor)
    assert _shown(client, "assignee=mine") == [mine]
    assert _shown(client, "assignee=unassigned") == [free]
    assert _shown(client, f"assignee={other_editor.pk}") == [theirs]


def test_search_finds_claims_by_their_words(viewer: User, seed_text: str) -> None:
    article_ingest(text=seed_text)
    shown = _shown(client_for(viewer), "q=staging+area&kind=claim")
    assert shown
    assert all("staging area" in claim.text for claim in shown)


def test_an_invalid_filter_is_ignored_not_fatal(viewer: User) -> None:
    claim = make_claim()
    assert _shown(client_for(viewer), "score_min=lots&kind=claim") == [claim]


def test_counts_per_status_ignore_the_status_filter(editor: User) -> None:
    make_claim()
    make_claim()
    review.claim_dismiss(user=editor, pk=make_claim().pk, reason="duplicate")
    response = client_for(editor).get(f"{QUEUE}?status=dismissed")
    counts = {status: n for status, _label, n, _link in response.context["status_rows"]}
    assert counts["new"] == "2"
    assert counts["dismissed"] == "1"
    assert len(response.context["page"].object_list) == 1


def test_keyset_pages_cover_every_item_once(viewer: User, monkeypatch: Any) -> None:
    monkeypatch.setattr("verify.selectors.QUEUE_PAGE_SIZE", 4)
    article = make_article()
    for index in range(10):
        make_claim(article=article, checkworthiness=(index % 3) / 3, kind="claim",
                   start=index, end=index + 5)  # fmt: skip
    client = client_for(viewer)
    for sort in ("score", "-date", "date", "status"):
        seen: list[int] = []
        query = f"sort={sort}"
        while True:
            response = client.get(f"{QUEUE}?{query}")
            seen += [claim.pk for claim in response.context["page"].object_list]
            cursor = response.context["page"].next_cursor
            if cursor is None:
                break
            query = f"sort={sort}&after={cursor}"
        assert sorted(seen) == sorted(Claim.objects.values_list("pk", flat=True)), sort
        assert len(seen) == 10, sort


def test_a_mangled_cursor_shows_the_first_page(viewer: User) -> None:
    claim = make_claim()
    assert _shown(client_for(viewer), "after=not-a-cursor!!") == [claim]


def test_queue_runs_the_same_number_of_queries_for_few_and_many_items(editor: User) -> None:
    def count() -> int:
        client = client_for(editor)
        client.get(QUEUE)  # the first view after signing in stamps the session (idle timeout)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(f"{QUEUE}?status=new&q=minister").status_code == 200
        return len(queries)

    for _ in range(3):
        make_claim(source=make_source())
    few = count()
    for _ in range(40):
        make_claim(source=make_source(), checkworthiness=0.5)
    many = count()
    assert few == many
    # 5 for the session, user and role, 10 for the page (items, a count per status, verdicts,
    # outlets, editors, saved views); the session is not re-saved on every view.
    assert many <= 15


def test_next_item_leases_the_best_free_item_under_the_filters(
    editor: User, other_editor: User
) -> None:
    quote = make_claim(kind="quote", checkworthiness=0.95)
    best = make_claim(checkworthiness=0.9)
    review.claim_take(user=other_editor, pk=make_claim(checkworthiness=0.99).pk)
    response = client_for(editor).post(reverse("verify:queue-next"), {"query": "kind=claim"})
    assert response.status_code == 302
    assert response["Location"] == best.get_absolute_url()
    best.refresh_from_db()
    quote.refresh_from_db()
    assert best.assignee == editor
    assert quote.assignee is None


def test_next_item_with_nothing_left_says_so(editor: User) -> None:
    client = client_for(editor)
    response = client.post(reverse("verify:queue-next"), {"query": "kind=quote"}, follow=True)
    assert "Nothing left to take" in response.content.decode()


def test_viewer_cannot_take_next_or_use_bulk_actions(viewer: User) -> None:
    claim = make_claim()
    client = client_for(viewer)
    assert client.post(reverse("verify:queue-next"), {"query": ""}).status_code == 403
    bulk = {"action": "dismiss", "items": [claim.pk], "reason": "dup"}
    assert client.post(reverse("verify:queue-bulk"), bulk).status_code == 403
    claim.refresh_from_db()
    assert claim.status == Claim.Status.NEW


def test_bulk_assign_dismiss_unassign_and_reset(editor: User, other_editor: User) -> None:
    one, two = make_claim(), make_claim()
    client = client_for(editor)
    url = reverse("verify:queue-bulk")
    items = [one.pk, two.pk]
    client.post(url, {"action": "assign", "items": items, "assignee": other_editor.pk})
    assert set(Claim.objects.values_list("assignee", flat=True)) == {other_editor.pk}
    client.post(url, {"action": "unassign", "items": items})  # someone else's leases: refused
    assert set(Claim.objects.values_list("assignee", flat=True)) == {other_editor.pk}
    client_for(other_editor).post(url, {"action": "unassign", "items": items})
    assert set(Claim.objects.values_list("assignee", flat=True)) == {None}
    client.post(url, {"action": "dismiss", "items": items, "reason": "duplicate"})
    assert set(Claim.objects.values_list("status", flat=True)) == {"dismissed"}
    response = client.post(url, {"action": "reset", "items": items}, follow=True)
    assert "Only a reviewer may undo a dismissal" in response.content.decode()


def test_bulk_dismiss_without_a_reason_changes_nothing(editor: User) -> None:
    claim = make_claim()
    client_for(editor).post(
        reverse("verify:queue-bulk"), {"action": "dismiss", "items": [claim.pk]}
    )
    claim.refresh_from_db()
    assert claim.status == Claim.Status.NEW


def test_saved_views_round_trip_through_the_url(editor: User, other_editor: User) -> None:
    client = client_for(editor)
    response = client.post(
        reverse("verify:saved-view-save"), {"name": "Quote desk", "query": "kind=quote&after=x"}
    )
    assert response.status_code == 302
    assert response["Location"] == f"{QUEUE}?kind=quote"
    assert "Quote desk" in client.get(QUEUE).content.decode()
    assert "Quote desk" not in client_for(other_editor).get(QUEUE).content.decode()
    view = SavedView.objects.get()
    client_for(other_editor).post(reverse("verify:saved-view-delete", args=[view.pk]))
    assert SavedView.objects.exists()  # only its owner deletes it
    client.post(reverse("verify:saved-view-delete", args=[view.pk]))
    assert not SavedView.objects.exists()


def test_htmx_filtering_returns_only_the_results_fragment(viewer: User) -> None:
    make_claim()
    response = client_for(viewer).get(
        f"{QUEUE}?kind=claim", headers={"HX-Request": "true", "HX-Target": "queue-results"}
    )
    html = response.content.decode()
    assert 'id="queue-counts"' in html
    assert "<html" not in html


def test_queue_shows_who_holds_a_lease_and_until_when(editor: User, other_editor: User) -> None:
    claim = review.claim_take(user=other_editor, pk=make_claim().pk)
    html = client_for(editor).get(QUEUE).content.decode()
    assert claim.lease_expires_at is not None
    assert (
        f'erin<span class="meta"> until <time datetime="{claim.lease_expires_at.isoformat()}'
        in html
    )


def test_counts_stop_at_the_cap(viewer: User, monkeypatch: Any) -> None:
    monkeypatch.setattr("verify.selectors.COUNT_CAP", 2)
    for start in range(4):
        make_claim(article=make_article(), start=start)
    response = client_for(viewer).get(QUEUE)
    counts = {status: n for status, _label, n, _link in response.context["status_rows"]}
    assert counts["new"] == "2+"
    assert counts["published"] == "0"


def test_counts_under_an_outlet_filter_count_only_that_outlets_items(
    editor: User, monkeypatch: Any
) -> None:
    monkeypatch.setattr("verify.selectors.COUNT_CAP", 2)
    kyiv = make_article(outlet="Kyiv Post")
    make_claim(article=kyiv, start=0)
    review.claim_dismiss(user=editor, pk=make_claim(article=kyiv, start=10).pk, reason="dup")
    # Another outlet's items, over the cap in both statuses if the filter were ignored.
    for start in range(4):
        make_claim(article=make_article(outlet="BBC"), start=start)
    for _ in range(2):
        claim = make_claim(article=make_article(outlet="BBC"))
        review.claim_dismiss(user=editor, pk=claim.pk, reason="dup")
    response = client_for(editor).get(f"{QUEUE}?outlet=Kyiv+Post&status=dismissed")
    counts = {status: n for status, _label, n, _link in response.context["status_rows"]}
    zero = {"in_review": "0", "proposed": "0", "published": "0"}
    assert counts == {"new": "1", "dismissed": "1", **zero}
    assert len(response.context["page"].object_list) == 1
    everywhere = client_for(editor).get(f"{QUEUE}?status=dismissed").context["status_rows"]
    assert {status: n for status, _label, n, _link in everywhere} == {
        "new": "2+",
        "dismissed": "2+",
        **zero,
    }


def test_the_outlet_filter_lists_each_outlet_once_in_order(viewer: User) -> None:
    for outlet in ["Kyiv Post", "", "BBC", "Kyiv Post", "Reuters", "BBC"]:
        make_article(outlet=outlet)
    response = client_for(viewer).get(QUEUE)
    assert response.context["outlets"] == ["BBC", "Kyiv Post", "Reuters"]


def test_a_page_shows_each_row_with_its_article_lease_and_match(editor: User) -> None:
    article = make_article(outlet="Kyiv Post", title="Talks resume")
    claim = make_claim(article=article, text="Talks resumed on Monday.", checkworthiness=0.87)
    review.claim_take(user=editor, pk=claim.pk)
    html = client_for(editor).get(f"{QUEUE}?assignee=mine").content.decode()
    row = html[html.index(f'id="item-{claim.pk}"') :]
    row = row[: row.index("</tr>")]
    assert "Talks resumed on Monday." in row
    assert "Talks resume</span>" in row
    assert "Kyiv Post" in row
    assert "0.87" in row
    assert 'class="lease mine"' in row
