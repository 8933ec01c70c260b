from __future__ import annotations

import csv
import datetime as dt
import io
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from accounts.models import User
from tests.api.helpers import (
    api_client_for,
    assert_matches_golden,
    body,
    depot_claim,
    publish,
    published_claim,
)
from tests.factories import make_article, make_claim
from verify.exports import CSV_COLUMNS
from verify.models import Claim, Verdict

pytestmark = pytest.mark.django_db

EXPORT = "/api/v1/export/claims/"
T0 = dt.datetime(2026, 1, 5, 8, 0, tzinfo=dt.UTC)


def _ids(page: dict[str, Any]) -> list[int]:
    return [item["id"] for item in page["results"]]


def test_export_holds_published_claims_only(viewer: User, editor: User) -> None:
    published = published_claim()
    make_claim()
    make_claim(
        status=Claim.Status.PROPOSED, verdict=Verdict.objects.get(label="True"), proposed_by=editor
    )
    make_claim(status=Claim.Status.DISMISSED, dismissed_reason="duplicate")

    page = api_client_for(viewer).get(EXPORT).json()

    assert _ids(page) == [published.pk]
    assert page["next"] is None


def test_export_page_shape_is_pinned_by_the_stored_file(viewer: User, reviewer: User) -> None:
    depot_claim(reviewer=reviewer)

    response = api_client_for(viewer).get(EXPORT, {"format": "json"})

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert_matches_golden("export", response.json())


def test_cursor_resumes_without_repeats_or_gaps_while_items_are_published(viewer: User) -> None:
    first = [published_claim(at=T0 + dt.timedelta(minutes=i)) for i in range(5)]
    # Two share a publication time: the id breaks the tie.
    tied = published_claim(at=T0 + dt.timedelta(minutes=2))
    client = api_client_for(viewer)

    page1 = client.get(EXPORT, {"page_size": "3"}).json()
    late = published_claim(at=timezone.now() - dt.timedelta(minutes=1))
    page2 = client.get(page1["next"]).json()
    page3 = client.get(page2["next"]).json()

    seen = _ids(page1) + _ids(page2) + _ids(page3)
    expected = [c.pk for c in first[:2]] + sorted([first[2].pk, tied.pk]) + [first[3].pk]
    assert seen == [*expected, first[4].pk, late.pk]
    assert page3["next"] is None


def test_item_just_published_waits_out_the_settle_window(viewer: User) -> None:
    publish(make_claim(), at=timezone.now())

    assert api_client_for(viewer).get(EXPORT).json()["results"] == []


def test_since_limits_the_export_to_later_publications(viewer: User) -> None:
    published_claim(at=T0)
    later = published_claim(at=T0 + dt.timedelta(days=1))

    page = api_client_for(viewer).get(EXPORT, {"since": "2026-01-05T12:00:00Z"}).json()

    assert _ids(page) == [later.pk]


@pytest.mark.parametrize(
    "params",
    [
        {"cursor": "not-a-cursor"},
        {"cursor": "MjAyNnw5OTk5OTk5OTk5OTk5OTk5OTk5OTk5OTk5"},
        {"cursor": "MDAwMS0wMS0wMVQwMDowMDowMCswMTowMHw1"},
        {"cursor": "OTk5OS0xMi0zMVQyMzo1OTo1OS0wMTowMHw1"},
        {"page_size": "0"},
        {"page_size": "100000"},
        {"since": "soon"},
        {"format": "pdf"},
    ],
)
def test_bad_export_parameters_answer_400_json(viewer: User, params: dict[str, str]) -> None:
    response = api_client_for(viewer).get(EXPORT, params)

    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert response.json()["error"]["code"] == "invalid"


def test_csv_export_streams_one_row_per_claim_with_the_documented_columns(
    viewer: User, reviewer: User
) -> None:
    claim = depot_claim(reviewer=reviewer)
    other = published_claim(label="False", at=T0)

    response = api_client_for(viewer).get(EXPORT, {"format": "csv"})

    assert response.status_code == 200
    assert response.streaming
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    rows = list(csv.DictReader(io.StringIO(body(response).decode("utf-8"))))
    assert list(rows[0]) == [column for column, _ in CSV_COLUMNS]
    assert [row["id"] for row in rows] == [str(other.pk), str(claim.pk)]
    depot = rows[1]
    assert depot["text"] == claim.text
    assert depot["url"] == f"http://127.0.0.1:8000/claims/{claim.pk}/"
    assert depot["source_name"] == "Harbour Gazette"
    assert depot["verdict"] == "Unproven"
    assert depot["rating_value"] == ""
    assert depot["flags"] == "unsubstantiated"
    assert depot["published_at"] == "2026-04-14T09:30:00+00:00"
    assert rows[0]["rating_value"] == "1"


def test_csv_cells_that_start_like_a_formula_stay_text_and_json_keeps_them_exact(
    viewer: User,
) -> None:
    formula = '=HYPERLINK("http://attacker.example/","Click")'
    article = make_article(title="@desk alert", body=f"{formula} The minister said so.")
    claim = make_claim(article=article, start=0, end=len(formula), text=formula)
    publish(claim, label="False", conclusion="-1 vote margin, not 12.")

    response = api_client_for(viewer).get(EXPORT, {"format": "csv"})

    (row,) = csv.DictReader(io.StringIO(body(response).decode("utf-8")))
    assert row["text"] == "'" + formula
    assert row["article_title"] == "'@desk alert"
    assert row["conclusion"] == "'-1 vote margin, not 12."
    assert row["start"] == "0"  # numbers are not text: never prefixed
    (item,) = api_client_for(viewer).get(EXPORT, {"format": "json"}).json()["results"]
    assert item["text"] == formula


def test_csv_is_chosen_by_the_accept_header_too(viewer: User) -> None:
    published_claim()

    response = api_client_for(viewer).get(EXPORT, HTTP_ACCEPT="text/csv")

    assert response["Content-Type"] == "text/csv; charset=utf-8"


def test_claimreview_pages_link_to_the_next_page(viewer: User) -> None:
    claims = [published_claim(at=T0 + dt.timedelta(minutes=i)) for i in range(3)]
    client = api_client_for(viewer)

    first = client.get(EXPORT, {"format": "claimreview", "page_size": "2"})
    next_url = first["Link"].removeprefix("<").split(">;")[0]
    second = client.get(next_url)

    assert first["Content-Type"] == "application/ld+json"
    assert first["Link"].endswith('; rel="next"')
    urls = [review["url"] for review in first.json() + second.json()]
    assert urls == [f"http://127.0.0.1:8000/claims/{c.pk}/" for c in claims]
    assert "Link" not in second


def test_claimreview_is_chosen_by_the_accept_header(viewer: User) -> None:
    published_claim()

    response = api_client_for(viewer).get(EXPORT, HTTP_ACCEPT="application/ld+json")

    assert response.json()[0]["@type"] == "ClaimReview"


def test_export_needs_a_role(no_role_user: User) -> None:
    published_claim()

    response = api_client_for(no_role_user).get(EXPORT, {"format": "csv"})

    assert response.status_code == 403
    assert response["Content-Type"] == "application/json"


def test_export_page_queries_do_not_grow_with_the_page(viewer: User) -> None:
    for minute in range(30):
        published_claim(at=T0 + dt.timedelta(minutes=minute))
    client = api_client_for(viewer)
    client.get(EXPORT)  # the first request after signing in stamps the session (idle timeout)

    def queries(size: str) -> int:
        with CaptureQueriesContext(connection) as captured:
            assert len(client.get(EXPORT, {"page_size": size}).json()["results"]) == int(size)
        return len(captured)

    assert queries("30") == queries("3")
