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

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import common, texts

TARGET = 50.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=500)
    args = parser.parse_args()
    common.setup()
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
    started = time.perf_counter()
    created = sum(article_ingest(text=body, outlet="Bench Wire").created for body in bodies)
    seconds = time.perf_counter() - started
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
            "database": common.database(),
            "target_articles_per_second": TARGET,
            "meets_target": rate >= TARGET,
        },
    )


if __name__ == "__main__":
    main()
