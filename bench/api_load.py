"""The API under load: requests per second and latency of ``GET /api/v1/claims/``.

    python bench/api_load.py [--seconds 20] [--concurrency 8] [--workers 3]

Starts gunicorn on 127.0.0.1 (a free port, DEBUG off, the benchmark database), then a
small asyncio client (standard library only) keeps ``--concurrency`` requests in flight
with an API token for a bounded time, after a short warm-up. Nothing leaves the machine.
The token's rate limit is lifted for the run (VERIFY_API_RATE_READ), or it would be
measuring the throttle. Any non-200 answer counts as an error.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import common

PATH = "/api/v1/claims/"
TARGETS = {"requests_per_second": 150, "p99_ms": 500}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--warmup", type=float, default=3)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--workers", type=int, default=3)
    args = parser.parse_args()
    common.setup()
    key = _token()
    port = _free_port()
    server = _start_gunicorn(port, args.workers)
    try:
        _wait_until_up(port, key)
        asyncio.run(_load(port, key, args.warmup, args.concurrency))
        cpu_before = _cpu_seconds(server.pid)
        latencies, errors, seconds = asyncio.run(_load(port, key, args.seconds, args.concurrency))
        cpu_used = _cpu_seconds(server.pid) - cpu_before
    finally:
        server.terminate()
        server.wait(timeout=30)
    figures = _figures(latencies, errors, seconds, args)
    # On a busy machine the rate says more about the neighbours than about Verify: the
    # server's own CPU time per request does not depend on them (the database's is apart).
    figures["gunicorn_cpu_ms_per_request"] = round(1000 * cpu_used / max(1, len(latencies)), 1)
    common.write("api_load", figures)


def _cpu_seconds(master: int) -> float:
    """User + system CPU time of the gunicorn master and its workers (Linux /proc)."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid, ppid = int(stat.parent.name), int(fields[1])
        if master in (pid, ppid):
            total += int(fields[11]) + int(fields[12])
    return total / ticks


def _token() -> str:
    from accounts.models import User

    # Tokens come with the accounts work; looked up at run time so this file
    # type-checks on builds without them.
    api_token_create = importlib.import_module("accounts.services").api_token_create
    user = User.objects.get(username="bench_viewer0")
    _token, key = api_token_create(user=user, name=f"bench load {time.time()}", read_only=True)
    return str(key)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _start_gunicorn(port: int, workers: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, **common.bench_env(), "VERIFY_API_RATE_READ": "100000000/hour"}
    command = [
        sys.executable, "-m", "gunicorn", "config.wsgi:application",
        "--bind", f"127.0.0.1:{port}", "--workers", str(workers),
        "--log-level", "warning",
    ]  # fmt: skip
    return subprocess.Popen(command, cwd=common.ROOT, env=env)


def _wait_until_up(port: int, key: str) -> None:
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}{PATH}", headers={"Authorization": f"Token {key}"}
    )
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
                if response.status == 200:
                    return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.5)


async def _load(
    port: int, key: str, seconds: float, concurrency: int
) -> tuple[list[float], int, float]:
    request = (
        f"GET {PATH} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nAuthorization: Token {key}\r\n"
        "Accept: application/json\r\nConnection: close\r\n\r\n"
    ).encode()
    latencies: list[float] = []
    errors = [0]
    started = time.perf_counter()
    deadline = started + seconds

    async def user() -> None:
        while time.perf_counter() < deadline:
            begun = time.perf_counter()
            ok = await _one(port, request)
            latencies.append(time.perf_counter() - begun)
            errors[0] += not ok

    await asyncio.gather(*(user() for _ in range(concurrency)))
    return latencies, errors[0], time.perf_counter() - started


async def _one(port: int, request: bytes) -> bool:
    try:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(request)
        await writer.drain()
        status_line = await reader.readline()
        await reader.read()  # the server closes after the answer
        writer.close()
        return status_line.split(b" ")[1:2] == [b"200"]
    except OSError:
        return False


def _figures(latencies: list[float], errors: int, seconds: float, args: Any) -> dict[str, Any]:
    ms = [s * 1000 for s in latencies]
    rate = len(ms) / seconds
    p99 = common.percentile(ms, 0.99)
    return {
        "path": PATH,
        "database": common.database(),
        "gunicorn_workers": args.workers,
        "concurrency": args.concurrency,
        "seconds": round(seconds, 1),
        "requests": len(ms),
        "errors": errors,
        "requests_per_second": round(rate, 1),
        "latency_ms": {
            "p50": round(common.percentile(ms, 0.50), 1),
            "p95": round(common.percentile(ms, 0.95), 1),
            "p99": round(p99, 1),
            "max": round(max(ms), 1),
        },
        "targets": TARGETS,
        "meets_targets": errors == 0
        and rate >= TARGETS["requests_per_second"]
        and p99 <= TARGETS["p99_ms"],
    }


if __name__ == "__main__":
    main()
