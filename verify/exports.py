"""Verified claims as they leave the desk: the export query, CSV rows, ClaimReview JSON-LD.

Plain functions of a claim, shared by the API, the tests that pin the formats, and the benchmark.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db.models import Max, Min, QuerySet
from django.urls import reverse
from django.utils import timezone

from verify.models import Claim, Source, Verdict

SCHEMA_ORG = "https://schema.org"
CSV_CHUNK = 2000
CSV_LINES_PER_WRITE = 200


@dataclass(frozen=True, slots=True)
class RatingBounds:
    """The ends of the desk's scale (ClaimReview bestRating and worstRating)."""

    worst: int
    best: int


@dataclass(frozen=True, slots=True)
class Desk:
    """The desk as the author of its reviews."""

    name: str
    url: str
    site_url: str


def desk_from_settings() -> Desk:
    return Desk(settings.VERIFY_DESK_NAME, settings.VERIFY_DESK_URL, settings.SITE_URL)


def rating_bounds() -> RatingBounds:
    values = Verdict.objects.filter(rating_value__isnull=False).aggregate(
        worst=Min("rating_value"), best=Max("rating_value")
    )
    return RatingBounds(worst=values["worst"] or 1, best=values["best"] or 5)


def verified_claims(*, since: dt.datetime | None = None) -> QuerySet[Claim]:
    """Published claims only: a proposed or draft verdict never leaves the desk.

    Items published in the last few seconds wait, so a publication still committing when a
    consumer reads cannot land behind the consumer's cursor and be missed."""
    settled = timezone.now() - dt.timedelta(seconds=settings.VERIFY_EXPORT_SETTLE_SECONDS)
    claims = Claim.objects.filter(
        status=Claim.Status.PUBLISHED, verdict__isnull=False, published_at__lte=settled
    )
    if since is not None:
        claims = claims.filter(published_at__gte=since)
    return claims.order_by("published_at", "id")


ROW_FIELDS = (
    "id", "kind", "quote_kind", "article_id", "article__title", "article__url",
    "article__outlet", "article__published_on", "start", "end", "text", "prefix", "suffix",
    "source_id", "source__name", "source__kind", "source__role_title", "source__wikidata_id",
    "speaker_mention", "cue", "checkworthiness", "flags", "status", "verdict_id",
    "verdict__label", "verdict__rating_value", "conclusion", "linked_to_id", "created_at",
    "updated_at", "published_at",
)  # fmt: skip
"""One claim as a plain row (``QuerySet.values``): the item's fields and those of its article,
source and verdict. The API's items, ClaimReview and CSV are all made from such rows: no
model instances, no article bodies, no query per claim."""


def permalinks(view_name: str, site_url: str = "") -> Callable[[int], str]:
    """``site_url`` + the page of the object with a given id, without a reverse() per row
    (on a 100,000-row export the lookups took two thirds of the time)."""
    marker = 987654321
    head, tail = (site_url + reverse(view_name, args=[marker])).split(str(marker))
    return lambda pk: f"{head}{pk}{tail}"


@dataclass(frozen=True, slots=True)
class _Links:
    claim: Callable[[int], str]
    article: Callable[[int], str]


def claim_reviews(
    rows: Iterable[dict[str, Any]], *, desk: Desk, bounds: RatingBounds
) -> list[dict[str, Any]]:
    """The ClaimReview documents of published claims' rows (``ROW_FIELDS``)."""
    links = _Links(
        permalinks("verify:claim-detail", desk.site_url),
        permalinks("verify:article-detail", desk.site_url),
    )
    return [_claim_review(row, desk, bounds, links) for row in rows]


def claim_review(row: dict[str, Any], *, desk: Desk, bounds: RatingBounds) -> dict[str, Any]:
    """The schema.org ClaimReview of a published claim (PRODUCT.md, "Exchange formats")."""
    return claim_reviews([row], desk=desk, bounds=bounds)[0]


def _claim_review(
    row: dict[str, Any], desk: Desk, bounds: RatingBounds, links: _Links
) -> dict[str, Any]:
    assert row["verdict_id"] is not None
    assert row["published_at"] is not None
    review: dict[str, Any] = {
        "@context": SCHEMA_ORG,
        "@type": "ClaimReview",
        "url": links.claim(row["id"]),
        "claimReviewed": row["text"],
        "datePublished": timezone.localdate(row["published_at"]).isoformat(),
        "author": {"@type": "Organization", "name": desk.name, "url": desk.url},
        "reviewRating": review_rating(row["verdict__label"], row["verdict__rating_value"], bounds),
        "itemReviewed": _item_reviewed(row, links),
    }
    if row["conclusion"]:
        review["reviewBody"] = row["conclusion"]
    return review


def review_rating(label: str, rating_value: int | None, bounds: RatingBounds) -> dict[str, Any]:
    rating: dict[str, Any] = {"@type": "Rating", "alternateName": label}
    if rating_value is not None:
        rating["ratingValue"] = rating_value
        rating["bestRating"] = bounds.best
        rating["worstRating"] = bounds.worst
    return rating


def _item_reviewed(row: dict[str, Any], links: _Links) -> dict[str, Any]:
    # Where the claim appeared: the article's own URL, else its page on the desk.
    url = row["article__url"] or links.article(row["article_id"])
    appearance: dict[str, Any] = {"@type": "CreativeWork", "url": url}
    if row["article__title"]:
        appearance["headline"] = row["article__title"]
    if row["article__outlet"]:
        appearance["publisher"] = {"@type": "Organization", "name": row["article__outlet"]}
    item: dict[str, Any] = {"@type": "Claim"}
    author = _claim_author(row)
    if author is not None:
        item["author"] = author
    if row["article__published_on"] is not None:
        item["datePublished"] = row["article__published_on"].isoformat()
    item["appearance"] = appearance
    item["firstAppearance"] = appearance
    return item


def _claim_author(row: dict[str, Any]) -> dict[str, Any] | None:
    """The Source as a Person or Organization; for an unattributed claim, the outlet."""
    if row["source_id"] is None:
        if row["article__outlet"]:
            return {"@type": "Organization", "name": row["article__outlet"]}
        return None
    is_person = row["source__kind"] == Source.Kind.PERSON
    author: dict[str, Any] = {"@type": "Person" if is_person else "Organization"}
    author["name"] = row["source__name"]
    if row["source__role_title"] and is_person:
        author["jobTitle"] = row["source__role_title"]
    if row["source__wikidata_id"]:
        author["sameAs"] = f"https://www.wikidata.org/wiki/{row['source__wikidata_id']}"
    return author


# --- CSV -----------------------------------------------------------------------------------

CSV_COLUMNS = (
    ("id", "id"),
    ("url", None),
    ("kind", "kind"),
    ("text", "text"),
    ("start", "start"),
    ("end", "end"),
    ("article_id", "article_id"),
    ("article_title", "article__title"),
    ("article_url", "article__url"),
    ("source_id", "source_id"),
    ("source_name", "source__name"),
    ("source_kind", "source__kind"),
    ("speaker_mention", "speaker_mention"),
    ("verdict", "verdict__label"),
    ("rating_value", "verdict__rating_value"),
    ("conclusion", "conclusion"),
    ("flags", "flags"),
    ("checkworthiness", "checkworthiness"),
    ("published_at", "published_at"),
)
"""(column, field read from the database): the documented CSV column set, in order."""


class _Echo:
    """A write-only file that hands back what is written, so csv.writer can feed a stream."""

    def write(self, value: str) -> str:
        return value


def csv_lines(claims: QuerySet[Claim], *, desk: Desk) -> Iterator[str]:
    """The header line, then the claims' lines a few hundred at a time, read from the database
    in chunks: memory stays flat however many claims there are (plain values, no model
    instances, no article bodies)."""
    writer = csv.writer(_Echo())
    yield writer.writerow([column for column, _ in CSV_COLUMNS])
    fields = [field for _, field in CSV_COLUMNS if field is not None]
    permalink = permalinks("verify:claim-detail", desk.site_url)
    lines: list[str] = []
    for row in claims.values(*fields).iterator(chunk_size=CSV_CHUNK):
        lines.append(writer.writerow(_csv_row(row, permalink)))
        if len(lines) == CSV_LINES_PER_WRITE:
            yield "".join(lines)
            lines.clear()
    if lines:
        yield "".join(lines)


# A cell a spreadsheet would run as a formula: article text is outside input, and "=HYPERLINK(…)"
# quoted from a page must stay text when an editor opens the export.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: str) -> str:
    """``value`` with an apostrophe in front when it starts like a formula (what spreadsheets
    themselves do to keep such a cell text); every other value unchanged."""
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def _csv_row(row: dict[str, Any], permalink: Callable[[int], str]) -> Iterable[Any]:
    for column, field in CSV_COLUMNS:
        if field is None:
            yield permalink(row["id"])
        elif column == "flags":
            yield ";".join(str(flag) for flag in row[field] or [])
        elif column == "published_at":
            yield row[field].isoformat()
        else:
            value = row[field]
            if value is None:
                yield ""
            elif isinstance(value, str):
                yield spreadsheet_safe(value)
            else:
                yield value
