"""A large batch ingested in the background while the queue is in use.

    python bench/background.py [--articles 10000] [--workers 1]

Queues one batch of new articles the way ``manage.py ingest --background`` does, on
django-tasks-db (the production backend), starts ``--workers`` ``db_worker`` processes,
and while they work, requests the queue page over and over in this process: the
figures are the batch's throughput and the queue's server time during the ingest.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import common, texts

QUEUE_URL = "verify:claim-list"
DATABASE_TASKS = "django_tasks_db.DatabaseBackend"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    os.environ["TASKS_BACKEND"] = DATABASE_TASKS
    common.setup()
    batch, queued_seconds = _queue(args.articles)
    workers = [_worker() for _ in range(args.workers)]
    try:
        figures = _watch(batch, args.articles)
        cpu_seconds = sum(_cpu_seconds(worker.pid) for worker in workers)
    finally:
        for worker in workers:
            worker.terminate()
        for worker in workers:
            worker.wait(timeout=60)
    figures["worker_cpu_ms_per_article"] = round(1000 * cpu_seconds / args.articles, 1)
    common.write(
        "background",
        {"workers": args.workers, "queue_seconds": round(queued_seconds, 1), **figures},
    )


def _queue(count: int) -> tuple[Any, float]:
    from verify.services.batches import BatchFile, batch_create_files

    run = uuid.uuid4().hex[:12]
    rng = random.Random(run)
    files = (
        BatchFile(name=f"wire-{n}.txt", text=f"{texts.article(rng, n).body}Run {run}.\n")
        for n in range(count)
    )
    started = time.perf_counter()
    batch = batch_create_files(files=files, label=f"Benchmark {count:,} articles")
    return batch, time.perf_counter() - started


def _worker() -> subprocess.Popen[bytes]:
    env = {**os.environ, **common.bench_env(), "TASKS_BACKEND": DATABASE_TASKS}
    command = [sys.executable, "manage.py", "db_worker", "--no-reload", "--interval", "0.2"]
    return subprocess.Popen([*command, "-v", "0"], cwd=common.ROOT, env=env)


def _cpu_seconds(pid: int) -> float:
    """User + system CPU time of a running process (Linux), 0 where /proc is missing."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _watch(batch: Any, count: int) -> dict[str, Any]:
    from django.test import Client
    from django.urls import reverse

    from accounts.models import User
    from verify.batch_selectors import batch_progress

    client = Client()
    client.force_login(User.objects.get(username="bench_editor0"))
    url = reverse(QUEUE_URL) + "?status=new"
    queue_seconds: list[float] = []
    progress_seconds: list[float] = []
    started = time.perf_counter()
    while True:
        began = time.perf_counter()
        progress = batch_progress(batch=batch)  # what the batch page polls every 2 s
        progress_seconds.append(time.perf_counter() - began)
        if progress.finished:
            break
        began = time.perf_counter()
        if client.get(url).status_code != 200:
            raise SystemExit(f"{url} failed during the ingest")
        queue_seconds.append(time.perf_counter() - began)
        width = 30 * (progress.done + progress.failed) // progress.total
        print(f"\r[{'#' * width}{'-' * (30 - width)}] {progress.done + progress.failed:,}/"
              f"{progress.total:,}", end="", flush=True)  # fmt: skip
        time.sleep(0.5)
    seconds = time.perf_counter() - started
    print()
    return {
        "articles": count,
        "done": progress.done,
        "failed": progress.failed,
        "seconds": round(seconds, 1),
        "articles_per_second": round(progress.done / seconds, 1),
        "queue_page_during_ingest": common.summary_ms(queue_seconds),
        "batch_progress_query": common.summary_ms(progress_seconds),
        "database": common.database(),
    }


if __name__ == "__main__":
    main()
