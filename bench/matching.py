"""Time claim matching against a large archive on PostgreSQL.

Fills a benchmark database (never the desk's) with synthetic claims, then times finding the
matches of new claims: the full-text candidate query on the GIN index, the re-ranker in Python,
and both together. Texts are generated (Zipf-distributed words, numbers): timings, not accuracy.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/verify_matching_bench \\
        python -m bench.matching --claims 100000 --queries 200
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import os
import random
import statistics
import time
from collections.abc import Callable, Iterator
from typing import Any

PER_ARTICLE = 10
_SYLLABLE_TEXT = "ba ko ri ta ne mu sol ver an del pri cas tor lin gra mon fe zu ha pel"
SYLLABLES = tuple(_SYLLABLE_TEXT.split())


def vocabulary(size: int, rng: random.Random) -> list[str]:
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


def sentence(words: list[str], cum_weights: list[float], rng: random.Random) -> str:
    picked = rng.choices(words, cum_weights=cum_weights, k=rng.randint(10, 24))
    picked.insert(rng.randrange(len(picked)), str(rng.randint(2, 2000)))
    return " ".join(picked).capitalize() + "."


def ensure_database(url: str) -> None:
    import psycopg

    name = url.rsplit("/", 1)[1]
    with psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if not exists:
            conn.execute(f'CREATE DATABASE "{name}"')


def setup_django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    os.environ.setdefault("DEBUG", "true")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def articles(n_claims: int, rng: random.Random) -> Iterator[list[str]]:
    words = vocabulary(20000, rng)
    cum = list(itertools.accumulate(1.0 / (rank + 1) for rank in range(len(words))))
    for _ in range(0, n_claims, PER_ARTICLE):
        yield [sentence(words, cum, rng) for _ in range(PER_ARTICLE)]


def fill(n_claims: int, seed: int) -> None:
    from django.db import connection

    from verify.models import Article, Claim

    have = Claim.objects.count()
    if have >= n_claims:
        print(f"archive: {have} claims already stored")
        return
    rng = random.Random(seed)
    start = time.perf_counter()
    batch: list[tuple[Article, list[str]]] = []
    for i, sentences in enumerate(articles(n_claims - have, rng)):
        body = " ".join(sentences)
        digest = hashlib.sha256(f"{seed}-{have}-{i}-{body}".encode()).hexdigest()
        batch.append((Article(title=f"Bench {i}", body=body, content_hash=digest), sentences))
        if len(batch) == 500:
            _store(batch)
            batch = []
    _store(batch)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE verify_claim")
    print(f"archive: stored {n_claims - have} claims in {time.perf_counter() - start:.0f} s")


def _store(batch: list[tuple[Any, list[str]]]) -> None:
    from verify.models import Article, Claim

    if not batch:
        return
    stored = Article.objects.bulk_create([a for a, _ in batch])
    claims = []
    for article, (_, sentences) in zip(stored, batch, strict=True):
        offset = 0
        for text in sentences:
            claims.append(
                Claim(
                    article=article,
                    kind=Claim.Kind.CLAIM,
                    start=offset,
                    end=offset + len(text),
                    text=text,
                    status=Claim.Status.PUBLISHED if offset == 0 else Claim.Status.NEW,
                    verdict_id=_verdict_id() if offset == 0 else None,
                )
            )
            offset += len(text) + 1
    Claim.objects.bulk_create(claims)


def _verdict_id() -> int:
    from verify.models import Verdict

    first = Verdict.objects.order_by("pk").values_list("pk", flat=True).first()
    assert first is not None
    return first


def query_claims(n: int, seed: int) -> list[tuple[Any, int]]:
    """New claims that reword stored ones: half their words kept, in a new article."""
    from verify.models import Article, Claim

    rng = random.Random(seed + 1)
    top = Claim.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    picks = Claim.objects.filter(pk__in=[rng.randint(1, top) for _ in range(n * 2)])[:n]
    texts, sources = [], []
    for claim in picks:
        sources.append(claim.pk)
        words = claim.text.rstrip(".").split()
        kept = [w for w in words if rng.random() < 0.6] or words[:3]
        texts.append(" ".join(kept).capitalize() + ".")
    body = " ".join(texts)
    digest = hashlib.sha256(f"query-{seed}-{body}".encode()).hexdigest()
    article, _ = Article.objects.get_or_create(
        content_hash=digest, defaults={"title": "Bench queries", "body": body}
    )
    out, offset = [], 0
    for text, source in zip(texts, sources, strict=True):
        claim, _ = Claim.objects.get_or_create(
            article=article,
            kind=Claim.Kind.CLAIM,
            start=offset,
            end=offset + len(text),
            defaults={"text": text},
        )
        out.append((claim, source))
        offset += len(text) + 1
    return out


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return 1000 * (time.perf_counter() - start)


def report(label: str, ms: list[float]) -> None:
    ms = sorted(ms)
    p95 = ms[int(0.95 * (len(ms) - 1))]
    print(f"  {label:<28} median {statistics.median(ms):6.1f} ms   p95 {p95:6.1f} ms")


def explain(claim: Any, stats: Any) -> str:
    from django.db import connection

    from verify.services import matching

    terms = matching._search_terms(claim.text, stats)
    tsquery = " | ".join(matching._surface_words(claim.text, terms))
    sql = matching.POSTGRES_CANDIDATES
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN " + sql, [tsquery, claim.article_id, matching.POOL])
        plan = [row[0] for row in cursor.fetchall()]
    return next((line.strip() for line in plan if "Index" in line), "no index in the plan")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--claims", type=int, default=100_000)
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres") or "matching_bench" not in url:
        # it adds tables and rows: never point it at a database someone else uses
        raise SystemExit("set DATABASE_URL to a PostgreSQL database named *matching_bench*")
    ensure_database(url)
    setup_django()
    from verify.services import matching

    fill(args.claims, args.seed)
    matching.archive_stats_reset()
    cold = timed(matching.archive_stats)
    stats = matching.archive_stats()
    print(f"archive statistics (built once per process): {cold / 1000:.1f} s, {stats.n} claims")
    queries = query_claims(args.queries, args.seed)
    print(f"plan: {explain(queries[0][0], stats)}")
    fetch, total, hits = [], [], 0
    for claim, source in queries:
        start = time.perf_counter()
        matching.candidate_ids(claim, stats)
        fetch.append(1000 * (time.perf_counter() - start))
        start = time.perf_counter()
        found = matching.claim_candidates_score(claim, stats=stats)
        total.append(1000 * (time.perf_counter() - start))
        hits += bool(found) and found[0].candidate.pk == source
    print(f"{len(queries)} new claims matched against {stats.n} stored claims:")
    report("candidates (SQL, GIN index)", fetch)
    report("candidates + re-ranking", total)
    print(f"  top match is the claim the query rewords: {hits}/{len(queries)}")


if __name__ == "__main__":
    main()
