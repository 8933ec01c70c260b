"""Full export of the published claims: claims per second and peak memory, per format.

    python bench/export.py

Goes through the export endpoint in-process (Django's test client, DEBUG off): the CSV
as one streamed response, JSON and ClaimReview by following the ``next`` links of
their pages. A first pass measures speed, and the CPU time of this process (which other
work on the machine disturbs less than the rate); a second pass, under tracemalloc,
records the peak of Python memory after 10 %, 50 % and 100 % of the claims: flat memory
means the last two are no higher than the first.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import common

EXPORT_URL = "api:export-claims"
PAGE_SIZE = 500
TARGET = 5000.0
CHECKPOINTS = (0.1, 0.5, 1.0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.parse_args()
    # The token's export rate is lifted, or a large export would be measuring the throttle.
    os.environ["VERIFY_API_RATE_EXPORT"] = "100000000/hour"
    common.setup()
    from django.urls import NoReverseMatch, reverse

    try:
        url = reverse(EXPORT_URL)
    except NoReverseMatch:
        common.write("export", {"skipped": f"no {EXPORT_URL} URL in this build"})
        return
    expected = importlib.import_module("verify.exports").verified_claims().count()
    client = _client()
    formats = {fmt: _run(client, url, fmt, expected) for fmt in ("csv", "json", "claimreview")}
    slowest = min(figures["claims_per_second"] for figures in formats.values())
    common.write(
        "export",
        {
            "published_claims": expected,
            "database": common.database(),
            "formats": formats,
            "slowest_claims_per_second": slowest,
            "target_claims_per_second": TARGET,
            "meets_target": slowest >= TARGET and all(f["memory_flat"] for f in formats.values()),
        },
    )


def _client() -> Any:
    from django.test import Client

    from accounts.models import User

    # Tokens come with the accounts work; looked up at run time so this file
    # type-checks on builds without them.
    api_token_create = importlib.import_module("accounts.services").api_token_create
    user = User.objects.get(username="bench_viewer0")
    _token, key = api_token_create(user=user, name=f"bench export {time.time()}", read_only=True)
    return Client(headers={"Authorization": f"Token {key}"})


def _run(client: Any, url: str, fmt: str, expected: int) -> dict[str, Any]:
    started, cpu_started = time.perf_counter(), time.process_time()
    count = sum(1 for _ in _claims(client, url, fmt))
    seconds = time.perf_counter() - started
    # The rate depends on whatever else runs on the machine; this process's own CPU time
    # (Django and the client reading the answer, not PostgreSQL) much less.
    cpu_seconds = time.process_time() - cpu_started
    if count != expected:
        raise SystemExit(f"{fmt}: exported {count} claims, expected {expected}")
    peaks = _peaks(client, url, fmt, expected)
    return {
        "claims": count,
        "seconds": round(seconds, 2),
        "claims_per_second": round(count / seconds),
        "claims_per_cpu_second": round(count / cpu_seconds),
        "peak_python_kib_at": peaks,
        # Flat: the second half of the export adds (almost) nothing to the peak.
        "memory_flat": peaks["100%"] <= peaks["50%"] * 1.1 + 512,
    }


def _peaks(client: Any, url: str, fmt: str, expected: int) -> dict[str, int]:
    marks = {round(expected * share): f"{round(share * 100)}%" for share in CHECKPOINTS}
    peaks: dict[str, int] = {}
    tracemalloc.start()
    try:
        for n, _ in enumerate(_claims(client, url, fmt), start=1):
            if n in marks:
                peaks[marks[n]] = tracemalloc.get_traced_memory()[1] // 1024
    finally:
        tracemalloc.stop()
    return peaks


def _claims(client: Any, url: str, fmt: str) -> Iterator[object]:
    """One value per exported claim, read as a consumer would."""
    if fmt == "csv":
        yield from _csv_rows(client, url)
        return
    next_url: str | None = f"{url}?format={fmt}&page_size={PAGE_SIZE}"
    while next_url:
        response = client.get(next_url)
        _check(response, next_url)
        # The test client ties each response into a reference cycle (response.json holds
        # the response): the harness's garbage, not the export's, so it is not counted.
        del response.json
        body = json.loads(response.content)
        if fmt == "json":
            yield from body["results"]
            next_url = body["next"]
        else:
            yield from body
            next_url = _link_next(response.get("Link", ""))


def _csv_rows(client: Any, url: str) -> Iterator[object]:
    import csv

    response = client.get(f"{url}?format=csv")
    _check(response, url)
    lines = (chunk.decode("utf-8") for chunk in response.streaming_content)
    reader = csv.reader(_line_stream(lines))
    next(reader)  # the header
    yield from reader


def _line_stream(chunks: Iterator[str]) -> Iterator[str]:
    rest = ""
    for chunk in chunks:
        rest += chunk
        *lines, rest = rest.split("\n")
        for line in lines:
            yield line + "\n"
    if rest:
        yield rest


def _link_next(header: str) -> str | None:
    for part in header.split(","):
        if 'rel="next"' in part:
            return part.split(";")[0].strip().strip("<>")
    return None


def _check(response: Any, url: str) -> None:
    if response.status_code != 200:
        raise SystemExit(f"{url} answered {response.status_code}")


if __name__ == "__main__":
    main()
