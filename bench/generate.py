"""Fill the benchmark database with a desk's worth of data, with bulk inserts.

    python bench/generate.py [--articles 10000] [--seed 1] [--reset]

Default: 10,000 articles and about 100,000 items, ~2,000 sources with aliases, evidence on
items under review, history events for every step, comments, and a status mix like a
working desk's: most items new, some in review, proposed, published or dismissed.
Dates are spread over two years so sorting and "since" filters see realistic spreads.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import random
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import common, texts

BATCH = 5000
# Share of items per status on a working desk (sums to 1).
STATUS_MIX = (
    ("new", 0.68),
    ("in_review", 0.10),
    ("proposed", 0.06),
    ("published", 0.10),
    ("dismissed", 0.06),
)
CONTEXT = 32


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--reset", action="store_true", help="drop and recreate the database")
    args = parser.parse_args()
    if args.reset:
        _recreate_database()
    common.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    started = time.perf_counter()
    counts = Generator(random.Random(args.seed)).run(args.articles)
    seconds = time.perf_counter() - started
    common.write("generate", {"seconds": round(seconds, 1), "rows": counts, **_db()})


def _db() -> dict[str, Any]:
    return {"database": common.database()}


def _recreate_database() -> None:
    import psycopg

    url = common.bench_env()["DATABASE_URL"]
    name = url.rsplit("/", 1)[1]
    with psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')


class Generator:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.now = dt.datetime.now(dt.UTC)

    def run(self, article_count: int) -> dict[str, int]:
        from django.db import connection

        _keep_given_timestamps()
        self.users = _users()
        self.verdicts = _verdicts()
        self.sources = self._sources()
        counts: dict[str, int] = {"articles": 0, "claims": 0, "evidence": 0, "events": 0}
        for first in range(0, article_count, 1000):
            for key, value in self._chunk(first, min(first + 1000, article_count)).items():
                counts[key] += value
            print(f"  {first + 1000:,} articles: {counts['claims']:,} items", flush=True)
        with connection.cursor() as cursor:
            # What autovacuum does on a live desk: statistics, and the visibility map
            # that lets counts use index-only scans.
            cursor.execute("VACUUM ANALYZE")
        counts["sources"] = len(self.sources)
        return counts

    def _sources(self) -> dict[str, Any]:
        from verify.models import Source, SourceAlias

        if Source.objects.exists():  # a second run adds articles to the same sources
            return {s.name: s for s in Source.objects.all()}
        names = sorted({f"{f} {last}" for f in texts.FIRST for last in texts.LAST})
        people = [
            Source(name=n, role_title=self.rng.choice(texts.ROLES), created_at=self.now)
            for n in names
        ]
        orgs = [Source(name=o, kind="organization", created_at=self.now) for o in texts.ORGS]
        stored = Source.objects.bulk_create(people + orgs, batch_size=BATCH)
        SourceAlias.objects.bulk_create(
            (SourceAlias(source=s, name=s.name.split()[-1], normalized=s.name.split()[-1].lower())
             for s in stored if s.kind == "person"),
            batch_size=BATCH,
        )  # fmt: skip
        return {s.name: s for s in stored}

    def _chunk(self, first: int, last: int) -> dict[str, int]:
        from django.db import transaction

        from verify.models import Article, Claim

        generated = [texts.article(self.rng, n) for n in range(first, last)]
        with transaction.atomic():
            articles = Article.objects.bulk_create(
                [self._article(g, n) for n, g in zip(range(first, last), generated, strict=True)],
                batch_size=BATCH,
            )
            claims = [
                self._claim(article, g, item)
                for article, g in zip(articles, generated, strict=True)
                for item in g.items
            ]
            Claim.objects.bulk_create(claims, batch_size=BATCH)
            return {"articles": len(articles), "claims": len(claims), **self._review(claims)}

    def _article(self, g: texts.Generated, n: int) -> Any:
        from verify.models import Article

        created = self.now - dt.timedelta(minutes=(10_000_000 - n * 97) % 1_000_000)
        return Article(
            title=g.title, body=g.body, outlet=g.outlet, published_on=g.published_on,
            url=f"https://news.example/{g.outlet.split()[0].lower()}/{n}",
            content_hash=hashlib.sha256(g.body.encode()).hexdigest(),
            created_at=created, ingested_by=self.rng.choice(self.users["editor"]),
        )  # fmt: skip

    def _claim(self, article: Any, g: texts.Generated, item: texts.Item) -> Any:
        from verify.models import Claim

        status = self._status()
        body = g.body
        claim = Claim(
            article=article, kind=item.kind, start=item.start, end=item.end,
            quote_kind="direct" if item.kind == "quote" else "",
            text=body[item.start : item.end],
            prefix=body[max(0, item.start - CONTEXT) : item.start],
            suffix=body[item.end : item.end + CONTEXT],
            source=self.sources.get(item.speaker), speaker_mention=item.speaker, cue="said",
            checkworthiness=round(self.rng.betavariate(2, 3), 3), status=status,
            created_at=article.created_at, updated_at=article.created_at,
        )  # fmt: skip
        self._review_fields(claim, status)
        return claim

    def _status(self) -> str:
        roll, total = self.rng.random(), 0.0
        for status, share in STATUS_MIX:
            total += share
            if roll < total:
                return status
        return "new"

    def _review_fields(self, claim: Any, status: str) -> None:
        editor = self.rng.choice(self.users["editor"])
        later = claim.created_at + dt.timedelta(hours=self.rng.randint(1, 200))
        if status == "in_review":
            claim.assignee, claim.lease_expires_at = editor, self.now + dt.timedelta(minutes=20)
        if status in ("proposed", "published"):
            claim.verdict = self.rng.choice(self.verdicts)
            claim.conclusion = "The figure matches the published accounts for that year."
            claim.proposed_by, claim.proposed_at = editor, later
            claim.version = 3
        if status == "published":
            claim.published_by = self.rng.choice(self.users["reviewer"])
            claim.published_at = later + dt.timedelta(hours=self.rng.randint(1, 48))
            claim.version = 4
        if status == "dismissed":
            claim.dismissed_reason = "Not checkable: an opinion."
            claim.version = 2
        claim.updated_at = max(claim.created_at, claim.published_at or later)

    def _review(self, claims: list[Any]) -> dict[str, int]:
        from verify.models import ClaimEvent, Comment, Evidence

        evidence, events, comments = [], [], []
        for claim in claims:
            events.append(self._event(claim, "extracted", None, claim.created_at))
            if claim.status == "new":
                continue
            editor = claim.assignee or claim.proposed_by or self.users["editor"][0]
            events.append(self._event(claim, "assigned", editor, claim.updated_at))
            if claim.status in ("in_review", "proposed", "published"):
                for n in range(self.rng.randint(1, 3)):
                    evidence.append(self._evidence(claim, editor, n))
                    events.append(self._event(claim, "evidence_added", editor, claim.updated_at))
            if self.rng.random() < 0.3:
                comments.append(Comment(claim=claim, author=editor, body="Checked the ledger.",
                                        created_at=claim.updated_at))  # fmt: skip
            for action in {"proposed": ["proposed"], "published": ["proposed", "published"],
                           "dismissed": ["dismissed"]}.get(claim.status, []):  # fmt: skip
                events.append(self._event(claim, action, editor, claim.updated_at))
        Evidence.objects.bulk_create(evidence, batch_size=BATCH)
        ClaimEvent.objects.bulk_create(events, batch_size=BATCH)
        Comment.objects.bulk_create(comments, batch_size=BATCH)
        return {"evidence": len(evidence), "events": len(events)}

    def _event(self, claim: Any, action: str, actor: Any, when: dt.datetime) -> Any:
        from verify.models import ClaimEvent

        after = {"status": claim.status} if action != "extracted" else {"kind": claim.kind}
        return ClaimEvent(claim=claim, actor=actor, action=action, after=after, created_at=when)

    def _evidence(self, claim: Any, editor: Any, n: int) -> Any:
        from verify.models import Evidence

        return Evidence(
            claim=claim, url=f"https://records.example/doc/{claim.article_id}-{n}",
            title="Annual accounts", publisher="Statistics office",
            excerpt="Table 4 gives the total for the year.", added_by=editor,
            stance=self.rng.choice(["supports", "refutes", "context"]), added_at=claim.updated_at,
        )  # fmt: skip


def _keep_given_timestamps() -> None:
    """Let bulk inserts keep the spread-out dates set here instead of "now"."""
    from django.apps import apps

    for model in apps.get_app_config("verify").get_models():
        for field in model._meta.concrete_fields:
            if getattr(field, "auto_now_add", False) or getattr(field, "auto_now", False):
                field.auto_now_add = field.auto_now = False  # type: ignore[attr-defined]


def _users() -> dict[str, list[Any]]:
    from accounts.models import User
    from accounts.permissions import Role
    from accounts.services import user_create

    roles = {"editor": Role.EDITOR, "reviewer": Role.REVIEWER, "viewer": Role.VIEWER}
    counts = {"editor": 8, "reviewer": 3, "viewer": 2}
    users: dict[str, list[Any]] = {}
    for kind, role in roles.items():
        users[kind] = []
        for n in range(counts[kind]):
            name = f"bench_{kind}{n}"
            existing = User.objects.filter(username=name).first()
            users[kind].append(existing or user_create(
                username=name, email=f"{name}@example.org", role=role,
                password="bench-password-not-secret",  # noqa: S106
            ))  # fmt: skip
    return users


def _verdicts() -> list[Any]:
    from verify.models import Verdict

    return list(Verdict.objects.filter(is_active=True))


if __name__ == "__main__":
    main()
