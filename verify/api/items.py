"""Claims as the API shows them, built from plain database rows.

Lists and export pages are built here, not by ``ClaimSerializer``: DRF's per-field machinery
over 50 nested items took ≈28 ms of CPU a request, the whole budget of a two-core server at
150 requests a second. The shape is ``ClaimSerializer``'s, key for key and value for value
(``tests/api/test_items.py`` compares the two); the serializer still serves one claim and
describes the shape in the OpenAPI schema.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.utils import timezone

from verify.exports import RatingBounds, permalinks
from verify.models import Claim, Evidence

_EVIDENCE_FIELDS = ("id", "url", "title", "publisher", "excerpt", "stance", "added_at")


def datetime_writer() -> Callable[[dt.datetime | None], str | None]:
    """Writes a date-time as DRF does: in the current time zone, ``Z`` for UTC. The zone is
    looked up once for a whole page, not once a value."""
    zone = timezone.get_current_timezone()

    def write(value: dt.datetime | None) -> str | None:
        if value is None:
            return None
        text = value.astimezone(zone).isoformat()
        return text[:-6] + "Z" if text.endswith("+00:00") else text

    return write


def claim_items(rows: Iterable[dict[str, Any]], *, bounds: RatingBounds) -> list[dict[str, Any]]:
    """The API items of claim rows (``verify.exports.ROW_FIELDS``); their evidence in one query."""
    rows = list(rows)
    write = _Writers(
        datetime=datetime_writer(),
        ui_url=permalinks("verify:claim-detail", settings.SITE_URL),
        bounds=bounds,
    )
    evidence = _evidence_by_claim([row["id"] for row in rows], write.datetime)
    return [_item(row, evidence.get(row["id"], []), write) for row in rows]


@dataclass(frozen=True, slots=True)
class _Writers:
    """What turns a row's values into the API's, set up once per page."""

    datetime: Callable[[dt.datetime | None], str | None]
    ui_url: Callable[[int], str]
    bounds: RatingBounds


def _item(row: dict[str, Any], evidence: list[dict[str, Any]], write: _Writers) -> dict[str, Any]:
    published = row["status"] == Claim.Status.PUBLISHED
    return {
        "id": row["id"],
        "kind": row["kind"],
        "quote_kind": row["quote_kind"],
        "article": {
            "id": row["article_id"],
            "title": row["article__title"],
            "url": row["article__url"],
        },
        "start": row["start"],
        "end": row["end"],
        "text": row["text"],
        "prefix": row["prefix"],
        "suffix": row["suffix"],
        "source": _source(row),
        "speaker_mention": row["speaker_mention"],
        "cue": row["cue"],
        "checkworthiness": row["checkworthiness"],
        "flags": [str(flag) for flag in row["flags"]],
        "status": row["status"],
        "verdict": _verdict(row, write.bounds) if published else None,
        "conclusion": row["conclusion"] if published else "",
        "evidence": evidence,
        "linked_to": row["linked_to_id"],
        "created_at": write.datetime(row["created_at"]),
        "updated_at": write.datetime(row["updated_at"]),
        "published_at": write.datetime(row["published_at"]),
        "ui_url": write.ui_url(row["id"]),
    }


def _source(row: dict[str, Any]) -> dict[str, Any] | None:
    if row["source_id"] is None:
        return None
    return {
        "id": row["source_id"],
        "name": row["source__name"],
        "kind": row["source__kind"],
        "role_title": row["source__role_title"],
        "wikidata_id": row["source__wikidata_id"],
    }


def _verdict(row: dict[str, Any], bounds: RatingBounds) -> dict[str, Any] | None:
    if row["verdict_id"] is None:
        return None
    rated = row["verdict__rating_value"] is not None
    return {
        "id": row["verdict_id"],
        "label": row["verdict__label"],
        "rating_value": row["verdict__rating_value"],
        "best_rating": bounds.best if rated else None,
        "worst_rating": bounds.worst if rated else None,
    }


def _evidence_by_claim(
    ids: list[int], write_datetime: Callable[[dt.datetime | None], str | None]
) -> dict[int, list[dict[str, Any]]]:
    found: dict[int, list[dict[str, Any]]] = {}
    if not ids:
        return found
    rows = Evidence.objects.filter(claim_id__in=ids).order_by("added_at", "id")
    for row in rows.values("claim_id", *_EVIDENCE_FIELDS):
        claim_id = row.pop("claim_id")
        row["added_at"] = write_datetime(row["added_at"])
        found.setdefault(claim_id, []).append(row)
    return found
