"""Ingest throughput: articles per second through ``article_ingest`` in one process.

    python bench/ingest.py [--articles 500]

Each article is new (a run-unique reference line), so every call extracts and stores:
decoding checks, extraction, sources, items and their history, in one transaction each.
The split between extraction and storage is measured on the same texts.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import uuid
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import common, texts

TARGET = 50.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=500)
    args = parser.parse_args()
    common.setup()
    from django.db import connection

    from verify.extraction import extract
    from verify.models import Claim
    from verify.services.ingest import article_ingest

    run = uuid.uuid4().hex[:12]
    rng = random.Random(run)
    bodies = [f"{texts.article(rng, n).body}Run {run}.\n" for n in range(args.articles)]
    started = time.perf_counter()
    for body in bodies[: args.articles // 2]:
        extract(body)
    extraction_only = (time.perf_counter() - started) / (args.articles // 2)

    before = Claim.objects.count()
    statements: list[str] = []

    def count(execute: Any, sql: str, *rest: Any) -> Any:
        statements.append(sql)
        return execute(sql, *rest)

    started, cpu_started = time.perf_counter(), time.process_time()
    with connection.execute_wrapper(count):
        created = sum(article_ingest(text=body, outlet="Bench Wire").created for body in bodies)
    seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu_started
    rate = created / seconds
    common.write(
        "ingest",
        {
            "articles": created,
            "items_stored": Claim.objects.count() - before,
            "mean_chars": round(sum(map(len, bodies)) / len(bodies)),
            "seconds": round(seconds, 2),
            "articles_per_second": round(rate, 1),
            "ms_per_article": round(1000 * seconds / created, 2),
            "extraction_ms_per_article": round(1000 * extraction_only, 2),
            # CPU of this process (extraction, ORM, driver): steadier than time on a busy machine.
            "process_cpu_ms_per_article": round(1000 * cpu_seconds / created, 2),
            # Statements sent (BEGIN/COMMIT not counted), the round trips of the storage.
            "sql_statements_per_article": round(len(statements) / created, 2),
            "database": common.database(),
            "target_articles_per_second": TARGET,
            "meets_target": rate >= TARGET,
        },
    )


if __name__ == "__main__":
    main()
