"""The queue at 100,000 items (PostgreSQL): a bounded number of queries per page,
and timings printed for the record. The rows are made in SQL with ``generate_series``
so the set-up takes seconds, but the whole test takes ~30 s, so it runs on request:

    VERIFY_QUEUE_SCALE=1 DATABASE_URL=postgres://… pytest tests/verify/test_queue_scale.py -s

(The query count is also asserted, at small scale, in every run: test_queue.py.)"""

from __future__ import annotations

import os
import statistics
import time

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from accounts.models import User
from tests.conftest import client_for

pytestmark = pytest.mark.postgres

ARTICLES, PER_ARTICLE = 1_000, 100
SENTENCE = "Officials said the bridge cost 40 million euros to build. "
QUERIES = [
    "",
    "status=new",
    "status=in_review&kind=claim&score_min=0.5",
    "q=bridge",
    "q=ferry+crossing",
    "sort=-date",
    "assignee=unassigned&outlet=Outlet+3",
]


def _fill() -> None:
    with connection.cursor() as cursor:
        cursor.execute(
            """INSERT INTO verify_article
                 (title, body, url, outlet, language, content_hash, created_at)
               SELECT 'Article ' || i, repeat(%s, 100), '', 'Outlet ' || (i %% 20), 'en',
                      md5(i::text) || md5((-i)::text), now() - (i || ' minutes')::interval
               FROM generate_series(1, %s) AS i""",
            [SENTENCE, ARTICLES],
        )
        cursor.execute(
            """INSERT INTO verify_claim
                 (article_id, kind, quote_kind, start, "end", text, prefix, suffix,
                  speaker_mention, cue, checkworthiness, flags, status, conclusion,
                  dismissed_reason, version, created_at, updated_at)
               SELECT a.id, 'claim', '', j * 58, j * 58 + 57,
                      CASE WHEN j %% 97 = 0 THEN 'A ferry crossing was closed ' || j
                           ELSE 'Officials said the bridge cost ' || j || ' million' END,
                      '', '', '', '', random(), '[]'::jsonb,
                      (ARRAY['new', 'in_review', 'dismissed'])[1 + j %% 3], '', '', 1,
                      now() - (j || ' seconds')::interval, now()
               FROM verify_article AS a, generate_series(0, %s) AS j""",
            [PER_ARTICLE - 1],
        )
        cursor.execute("ANALYZE verify_claim")
        cursor.execute("ANALYZE verify_article")


def test_a_queue_page_over_100k_items_is_fast_and_its_queries_bounded(editor: User) -> None:
    if connection.vendor != "postgresql":
        pytest.skip("the 100,000-item queue is measured on PostgreSQL")
    if os.environ.get("VERIFY_QUEUE_SCALE") != "1":
        pytest.skip("the 100,000-item queue runs with VERIFY_QUEUE_SCALE=1 (~30 s)")
    _fill()
    client = client_for(editor)
    for query in QUERIES:
        client.get(f"{reverse('verify:claim-list')}?{query}")  # warm the caches
        timings = []
        for _ in range(5):
            with CaptureQueriesContext(connection) as queries:
                began = time.perf_counter()
                response = client.get(f"{reverse('verify:claim-list')}?{query}")
                timings.append((time.perf_counter() - began) * 1000)
            assert response.status_code == 200
            assert len(queries) <= 18, query
        page = response.context["page"]
        sql_ms = sum(float(q["time"]) for q in queries.captured_queries) * 1000
        print(f"    sql {sql_ms:.1f} ms: " + ", ".join(q["time"] for q in queries.captured_queries))
        print(f"\n{query or '(no filter)':45} median {statistics.median(timings):6.1f} ms, "
              f"{len(queries)} queries, {len(page.object_list)} rows")  # fmt: skip
        # Generous against a busy CI machine; the printed medians are the figure to watch.
        assert statistics.median(timings) < 1000, query
