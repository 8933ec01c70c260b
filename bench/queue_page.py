"""Server time and SQL queries of the queue page and the claim page.

    python bench/queue_page.py [--repeat 30]

Each request goes through the whole Django stack in-process (middleware, view, queries,
template) with DEBUG off; the time is the server's time, without network or browser.
Queries are counted on one extra request per case. The pages and their filters are the
CASES below: point them at other URL names or parameters as the queue grows.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import common

QUEUE_URL = "verify:claim-list"
CLAIM_URL = "verify:claim-detail"
# (label, query string): the filters and sorts a desk uses most.
CASES = (
    ("default", ""),
    ("status=new", "status=new"),
    ("status=new, claims only", "status=new&kind=claim"),
    ("in review, mine", "status=in_review&assignee=mine"),
    ("newest first", "sort=-date"),
    ("published, newest", "status=published&sort=-date"),
    ("one outlet", "outlet=Harbour+Times"),
    ("text search", "q=harbour+bridge"),
    ("score 0.8 and up", "score_min=0.8&status=new"),
)
TARGETS = {"queue_p95_ms": 150, "queue_queries": 15, "claim_p95_ms": 100}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    common.setup()
    from django.test import Client
    from django.urls import reverse

    from accounts.models import User
    from verify.models import Claim

    client = Client()
    client.force_login(User.objects.get(username="bench_editor0"))
    queue = {
        label: _measure(client, f"{reverse(QUEUE_URL)}?{query}", args.repeat)
        for label, query in CASES
    }
    claim_ids = list(Claim.objects.values_list("pk", flat=True).order_by("?")[: args.repeat])
    claim = _measure_many(client, [reverse(CLAIM_URL, args=[pk]) for pk in claim_ids])
    common.write("queue", _figures(queue, claim))


def _measure(client: Any, url: str, repeat: int) -> dict[str, Any]:
    return _measure_many(client, [url] * repeat)


def _measure_many(client: Any, urls: list[str]) -> dict[str, Any]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for url in urls[:3]:  # warm the caches, as a running server's are
        _get(client, url)
    seconds = []
    for url in urls:
        started = time.perf_counter()
        _get(client, url)
        seconds.append(time.perf_counter() - started)
    with CaptureQueriesContext(connection) as queries:
        _get(client, random.choice(urls))
    return {**common.summary_ms(seconds), "queries": len(queries)}


def _get(client: Any, url: str) -> None:
    response = client.get(url)
    if response.status_code != 200:
        raise SystemExit(f"{url} answered {response.status_code}")


def _figures(queue: dict[str, dict[str, Any]], claim: dict[str, Any]) -> dict[str, Any]:
    from verify.models import Claim

    worst_p95 = max(case["p95_ms"] for case in queue.values())
    most_queries = max(case["queries"] for case in queue.values())
    return {
        "claims": Claim.objects.count(),
        "database": common.database(),
        "queue": queue,
        "claim_page": claim,
        "queue_worst_p95_ms": worst_p95,
        "queue_most_queries": most_queries,
        "targets": TARGETS,
        "meets_targets": worst_p95 <= TARGETS["queue_p95_ms"]
        and most_queries <= TARGETS["queue_queries"]
        and claim["p95_ms"] <= TARGETS["claim_p95_ms"],
    }


if __name__ == "__main__":
    main()
