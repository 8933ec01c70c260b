"""API test helpers: clients per persona, published claims set up through the ORM (the
review branch owns the real publish service), and the stored JSON files that pin shapes."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from pathlib import Path
from typing import Any

from django.utils import timezone
from rest_framework.test import APIClient

from accounts.models import User
from tests.factories import make_claim
from verify.models import Claim, Verdict

GOLDEN = Path(__file__).resolve().parent / "golden"
_ID_IN_URL = re.compile(r"/(claims|articles|sources)/\d+/")
_VOLATILE = {"created_at", "updated_at", "added_at"}


def api_client_for(user: User | None) -> APIClient:
    client = APIClient()
    if user is not None:
        client.force_login(user)
    return client


def publish(
    claim: Claim, *, label: str = "False", at: dt.datetime | None = None, **fields: Any
) -> Claim:
    """Mark a claim published with a verdict of the default scale (by default 5 minutes ago,
    outside the export's settle window)."""
    claim.verdict = Verdict.objects.get(label=label)
    claim.status = Claim.Status.PUBLISHED
    claim.published_at = at or timezone.now() - dt.timedelta(minutes=5)
    for name, value in fields.items():
        setattr(claim, name, value)
    claim.save()
    return claim


def published_claim(*, label: str = "False", at: dt.datetime | None = None, **fields: Any) -> Claim:
    return publish(make_claim(**fields), label=label, at=at)


def row_of(claim: Claim) -> dict[str, Any]:
    """The claim as the exports read it: one plain row."""
    from verify.exports import ROW_FIELDS

    row: dict[str, Any] = Claim.objects.filter(pk=claim.pk).values(*ROW_FIELDS).get()
    return row


def body(response: Any) -> bytes:
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content)
    content: bytes = response.content
    return content


def normalized(value: Any) -> Any:
    """The document with what differs between runs (ids, creation times) replaced by
    placeholders, so a stored file can pin its shape and every other value."""
    if isinstance(value, dict):
        return {key: _normalized_item(key, item) for key, item in value.items()}
    if isinstance(value, list):
        return [normalized(item) for item in value]
    if isinstance(value, str):
        return _ID_IN_URL.sub(r"/\1/<id>/", value)
    return value


def _normalized_item(key: str, value: Any) -> Any:
    if (key == "id" or key.endswith("_id")) and isinstance(value, int):
        return "<id>"
    if key in _VOLATILE and value:
        return "<datetime>"
    return normalized(value)


def assert_matches_golden(name: str, document: Any) -> None:
    """Compare with tests/api/golden/<name>.json; UPDATE_GOLDEN=1 rewrites the file."""
    path = GOLDEN / f"{name}.json"
    actual = normalized(document)
    if os.environ.get("UPDATE_GOLDEN") == "1":
        path.write_text(json.dumps(actual, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    expected = json.loads(path.read_text(encoding="utf-8"))
    assert actual == expected


ARTICLE_BODY = (
    "Officials in Eastport said the new bridge cost 40 million euros. "
    "The Harbour Gazette claimed the site was a former army depot, but provided no proof."
)
CLAIM_TEXT = "The Harbour Gazette claimed the site was a former army depot, but provided no proof."
PUBLISHED_AT = dt.datetime(2026, 4, 14, 9, 30, tzinfo=dt.UTC)


def depot_claim(*, reviewer: User, label: str = "Unproven") -> Claim:
    """A fully described published claim, the same in every run: what the stored files pin."""
    from tests.factories import make_article, make_source
    from verify.models import Evidence, Source

    article = make_article(
        title="Eastport bridge opens",
        body=ARTICLE_BODY,
        url="https://news.example.org/eastport-bridge",
        outlet="Example Times",
        published_on=dt.date(2026, 4, 13),
    )
    start = ARTICLE_BODY.index(CLAIM_TEXT)
    claim = make_claim(
        article=article,
        start=start,
        end=start + len(CLAIM_TEXT),
        text=CLAIM_TEXT,
        prefix=ARTICLE_BODY[max(0, start - 32) : start],
        suffix="",
        source=make_source(name="Harbour Gazette", kind=Source.Kind.ORGANIZATION),
        speaker_mention="The Harbour Gazette",
        cue="claimed",
        checkworthiness=0.9,
        flags=["unsubstantiated"],
    )
    Evidence.objects.create(
        claim=claim,
        url="https://records.example.org/depot",
        title="Land registry entry for the bridge site",
        publisher="Eastport land registry",
        excerpt="No military use is recorded for the site.",
        stance=Evidence.Stance.CONTEXT,
        added_by=reviewer,
    )
    conclusion = "No record supports or refutes the claim; the Gazette gave no source."
    return publish(claim, label=label, at=PUBLISHED_AT, conclusion=conclusion)
