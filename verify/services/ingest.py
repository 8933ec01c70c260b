"""Ingest: text in, an Article with its extracted items and their Sources out."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db import IntegrityError, connection, transaction
from django.tasks import task_backends
from django.utils import timezone
from django_tasks_db.backend import DatabaseBackend

from verify.extraction import Extraction, extract
from verify.models import Article, Claim, ClaimEvent, Source
from verify.services.sources import sources_find_or_create
from verify.textio import UnreadableText, check_text, clean_line

CONTEXT_CHARS = 32
# Up to the first full stop that ends a sentence at least 40 characters in ("U.S. " is not one).
_FIRST_SENTENCE = re.compile(r"(.{40,}?[.!?])(?=\s+[A-Z\u201c\"])|(.*)", re.DOTALL)


class IngestRefused(ValueError):
    """The input cannot become an article; the message says why."""


@dataclass(frozen=True, slots=True)
class IngestResult:
    article: Article
    created: bool


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def article_ingest(
    *,
    text: str,
    title: str = "",
    url: str = "",
    outlet: str = "",
    published_on: dt.date | None = None,
    language: str = "en",
    user: Any = None,
    find_matches: bool = True,
    on_stored: Callable[[IngestResult], None] | None = None,
) -> IngestResult:
    """Store an article and everything extracted from it, in one transaction.

    The same text ingested again returns the article already stored. With ``find_matches``,
    each new item is then matched against the archive (after the transaction: a failed match
    never loses an article). ``on_stored`` is called with the result inside that transaction
    (in a transaction of its own when the article was there already), so what the caller
    records about the ingest commits with the article or not at all."""
    try:
        text = check_text(text, max_bytes=settings.VERIFY_MAX_ARTICLE_BYTES)
    except UnreadableText as error:
        raise IngestRefused(str(error)) from None
    digest = content_hash(text)
    existing = Article.objects.filter(content_hash=digest).first()
    if existing is not None:
        return _already_stored(existing, on_stored)
    # Extraction is pure CPU work: done before the transaction so it holds no locks.
    extraction = extract(text)
    article = Article(
        title=_title(title, text),
        body=text,
        url=url[:2000],
        outlet=clean_line(outlet)[:200],
        published_on=published_on,
        language=language[:16] or "en",
        content_hash=digest,
        ingested_by=user if getattr(user, "is_authenticated", False) else None,
    )
    # With django-tasks-db the matching task is a row written in the article's own
    # transaction (one commit, and no article without its task); with any other backend
    # it is queued after the commit, so a failed match never loses an article.
    match_inside = find_matches and _tasks_share_the_database()
    result = IngestResult(article, created=True)
    try:
        with transaction.atomic():
            _store(article, extraction)
            if match_inside:
                _match_items(article)
            if on_stored is not None:
                on_stored(result)
    except IntegrityError:
        # Someone stored the same text a moment ago: theirs is the article.
        winner = Article.objects.filter(content_hash=digest).first()
        if winner is None:
            raise
        return _already_stored(winner, on_stored)
    if find_matches and not match_inside:
        _match_items(article)
    return result


def _already_stored(
    article: Article, on_stored: Callable[[IngestResult], None] | None
) -> IngestResult:
    result = IngestResult(article, created=False)
    if on_stored is not None:
        with transaction.atomic():
            on_stored(result)
    return result


def _match_items(article: Article) -> None:
    # A background task: matching ~40 items against a large archive takes seconds, which
    # neither the person ingesting nor a batch worker's throughput should wait for. The
    # immediate backend (demo, tests) runs it at once. Imported here: the tasks build on
    # the services, which build on this module.
    from verify.tasks import article_matches_find

    article_matches_find.enqueue(article.pk)


def _tasks_share_the_database() -> bool:
    from verify.tasks import article_matches_find

    return isinstance(task_backends[article_matches_find.backend], DatabaseBackend)


def _title(title: str, text: str) -> str:
    """The given title, else the first line; a first line that is a whole
    paragraph (no headline) gives its first sentence. Control characters and
    lone surrogates never reach a title."""
    title = clean_line(title)
    if not title:
        title = next((clean_line(line) for line in text.splitlines() if clean_line(line)), "")
        title = title or "Untitled"
        if len(title) > 120:
            first = _FIRST_SENTENCE.match(title)
            title = (first.group(1) or title) if first else title
    return title if len(title) <= 200 else title[:199].rstrip() + "\u2026"


def _store(article: Article, extraction: Extraction) -> None:
    article.save()
    names = [q.speaker for q in extraction.quotes] + [c.claimant for c in extraction.claims]
    sources = sources_find_or_create(
        names=[name for name in names if name], entities=extraction.entities
    )
    _items_store(article, _items(article.body, extraction, sources), sources)


def _items_store(article: Article, rows: list[dict[str, Any]], sources: dict[str, Source]) -> None:
    """The items and their "extracted" history entries: on PostgreSQL one statement for
    both (arrays unnested server-side, no ids travel back); elsewhere two bulk inserts."""
    if not rows:
        return
    actor = article.ingested_by_id
    if connection.vendor == "postgresql":
        now = timezone.now()
        # One JSON document for all the rows: quoting a dozen arrays element by element was
        # most of the statement's cost on this side.
        document = json.dumps(
            [{name: row[name] for name in _ITEM_COLUMNS} for row in rows], ensure_ascii=False
        )
        with connection.cursor() as cursor:
            cursor.execute(_ITEMS_INSERT, [article.pk, now, now, document, actor, now])
        return
    source_names: dict[int | None, str] = {source.pk: source.name for source in sources.values()}
    claims = Claim.objects.bulk_create(Claim(article=article, **row) for row in rows)
    ClaimEvent.objects.bulk_create(
        ClaimEvent(claim=claim, actor_id=actor, action=ClaimEvent.Action.EXTRACTED,
                   after=_state(claim, source_names.get(claim.source_id)))
        for claim in claims
    )  # fmt: skip


# The values each extracted item brings: the keys of _ITEMS_INSERT's JSON rows.
_ITEM_COLUMNS = ("kind", "quote_kind", "start", "end", "text", "prefix", "suffix", "source_id",
                 "speaker_mention", "cue", "checkworthiness", "flags")  # fmt: skip
_ITEMS_INSERT = """
WITH item AS (
  INSERT INTO verify_claim (article_id, status, conclusion, dismissed_reason, version,
    created_at, updated_at, kind, quote_kind, start, "end", text, prefix, suffix, source_id,
    speaker_mention, cue, checkworthiness, flags)
  SELECT %s, 'new', '', '', 1, %s, %s, kind, quote_kind, start, "end", text, prefix, suffix,
    source_id, speaker_mention, cue, checkworthiness, flags
  FROM ROWS FROM (jsonb_to_recordset(%s::jsonb)
      AS (kind text, quote_kind text, start integer, "end" integer, text text, prefix text,
          suffix text, source_id bigint, speaker_mention text, cue text,
          checkworthiness float8, flags jsonb))
    WITH ORDINALITY AS given(kind, quote_kind, start, "end", text, prefix, suffix, source_id,
                             speaker_mention, cue, checkworthiness, flags, position)
  ORDER BY position  -- ids in the extractor's order, as bulk_create gives them elsewhere
  RETURNING id, kind, status, start, "end", source_id
)
INSERT INTO verify_claimevent (claim_id, actor_id, created_at, action, before, after, note)
SELECT item.id, %s, %s, 'extracted', '{}',
  jsonb_build_object('kind', item.kind, 'status', item.status, 'start', item.start,
                     'end', item."end", 'source', source.name), ''
FROM item LEFT JOIN verify_source source ON source.id = item.source_id
"""


def _items(body: str, extraction: Extraction, sources: dict[str, Source]) -> list[dict[str, Any]]:
    """One row (column → value) per distinct item: a quote, or a claim, per span."""
    score_of_quote: dict[int, float] = {}
    for claim in extraction.claims:
        for index in claim.quotes:
            score_of_quote[index] = max(score_of_quote.get(index, 0.0), claim.checkworthiness)
    items: dict[tuple[str, int, int], dict[str, Any]] = {}
    for index, quote in enumerate(extraction.quotes):
        items.setdefault(
            (Claim.Kind.QUOTE, quote.start, quote.end),
            _item(
                body, quote.start, quote.end,
                kind=Claim.Kind.QUOTE,
                quote_kind=quote.kind,
                source=sources.get(quote.speaker or ""),
                speaker_mention=quote.speaker_mention or "",
                cue=quote.cue or "",
                checkworthiness=score_of_quote.get(index, 0.0),
                flags=[],
            ),
        )  # fmt: skip
    for claim in extraction.claims:
        items.setdefault(
            (Claim.Kind.CLAIM, claim.start, claim.end),
            _item(
                body, claim.start, claim.end,
                kind=Claim.Kind.CLAIM,
                quote_kind="",
                source=sources.get(claim.claimant or ""),
                speaker_mention=claim.claimant_mention or claim.claimant or "",
                cue=claim.cue or "",
                checkworthiness=claim.checkworthiness,
                flags=list(claim.flags),
            ),
        )  # fmt: skip
    return list(items.values())


def _item(
    body: str, start: int, end: int, *, source: Source | None, **fields: Any
) -> dict[str, Any]:
    return {
        **fields,
        "start": start,
        "end": end,
        "text": body[start:end],
        "prefix": body[max(0, start - CONTEXT_CHARS) : start],
        "suffix": body[end : end + CONTEXT_CHARS],
        "source_id": source.pk if source else None,
        "speaker_mention": fields["speaker_mention"][:300],
        "cue": fields["cue"][:100],
        "checkworthiness": min(1.0, max(0.0, float(fields["checkworthiness"]))),
    }


def _state(claim: Claim, source: str | None) -> dict[str, Any]:
    return {
        "kind": claim.kind,
        "status": claim.status,
        "start": claim.start,
        "end": claim.end,
        "source": source,
    }
