"""OpenAPI pieces shared by the API's views: the error shape and the common error answers."""

from __future__ import annotations

from typing import Any

from drf_spectacular.extensions import OpenApiAuthenticationExtension
from drf_spectacular.utils import OpenApiResponse, inline_serializer
from rest_framework import serializers

# schema.org Rating as Verify exports it (ClaimReview.reviewRating, the rating scale's values).
RATING_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["@type", "alternateName"],
    "properties": {
        "@type": {"type": "string", "enum": ["Rating"]},
        "alternateName": {"type": "string"},
        "ratingValue": {"type": "integer"},
        "bestRating": {"type": "integer"},
        "worstRating": {"type": "integer"},
    },
}

ERROR = inline_serializer(
    name="Error",
    fields={
        "error": inline_serializer(
            name="ErrorDetail",
            fields={
                "code": serializers.CharField(help_text="Machine-readable, e.g. not_found."),
                "message": serializers.CharField(help_text="For people."),
                "fields": serializers.DictField(
                    child=serializers.ListField(child=serializers.CharField()),
                    required=False,
                    help_text="Per parameter or field: what is wrong with it.",
                ),
            },
        )
    },
)

_MEANING = {
    400: "Invalid parameters or body (code ``invalid``, or a specific refusal).",
    401: "No credentials, or credentials not valid (code ``not_authenticated``).",
    403: "The role or token does not allow this (code ``permission_denied``).",
    404: "No such item, or one the caller may not see (code ``not_found``).",
    406: "No format the client accepts (code ``not_acceptable``).",
    413: "The request body is too large (code ``payload_too_large``).",
    415: "The body is not JSON (code ``unsupported_media_type``).",
    429: "Too many requests; see the Retry-After header (code ``throttled``).",
}


def errors(*codes: int) -> dict[tuple[int, str], Any]:
    """Responses for the given error statuses, plus the ones every endpoint may answer.
    Errors are JSON whatever format was asked for (the CSV export's too)."""
    wanted = sorted({400, 401, 403, 406, 429, *codes})
    return {
        (code, "application/json"): OpenApiResponse(ERROR, description=_MEANING[code])
        for code in wanted
    }


_THING = {
    "type": "object",
    "required": ["@type", "name"],
    "properties": {
        "@type": {"type": "string", "enum": ["Person", "Organization"]},
        "name": {"type": "string"},
        "url": {"type": "string"},
        "jobTitle": {"type": "string"},
        "sameAs": {"type": "string"},
    },
}
_APPEARANCE = {
    "type": "object",
    "required": ["@type", "url"],
    "properties": {
        "@type": {"type": "string", "enum": ["CreativeWork"]},
        "url": {"type": "string"},
        "headline": {"type": "string"},
        "publisher": _THING,
    },
}
CLAIM_REVIEW: dict[str, Any] = {
    "type": "object",
    "description": "A schema.org ClaimReview (JSON-LD) of one published claim.",
    "required": [
        "@context",
        "@type",
        "url",
        "claimReviewed",
        "datePublished",
        "author",
        "reviewRating",
        "itemReviewed",
    ],
    "properties": {
        "@context": {"type": "string", "enum": ["https://schema.org"]},
        "@type": {"type": "string", "enum": ["ClaimReview"]},
        "url": {"type": "string", "description": "The claim's permalink on the desk's site."},
        "claimReviewed": {"type": "string"},
        "datePublished": {"type": "string", "format": "date"},
        "author": _THING,
        "reviewBody": {"type": "string"},
        "reviewRating": RATING_SCHEMA,
        "itemReviewed": {
            "type": "object",
            "required": ["@type", "appearance", "firstAppearance"],
            "properties": {
                "@type": {"type": "string", "enum": ["Claim"]},
                "author": _THING,
                "datePublished": {"type": "string", "format": "date"},
                "appearance": _APPEARANCE,
                "firstAppearance": _APPEARANCE,
            },
        },
    },
}


class ApiTokenScheme(OpenApiAuthenticationExtension):  # type: ignore[no-untyped-call]
    """Documents the desk's API tokens: ``Authorization: Token <key>`` (or ``Bearer <key>``)."""

    target_class = "accounts.authentication.ApiTokenAuthentication"
    name = "tokenAuth"

    def get_security_definition(self, auto_schema: Any) -> dict[str, Any]:
        return {
            "type": "apiKey",
            "in": "header",
            "name": "Authorization",
            "description": "`Token <key>` or `Bearer <key>`; keys are made on the account page.",
        }


def require_text_or_url(result: dict[str, Any], **_: Any) -> dict[str, Any]:
    """A postprocessing hook: the ingest body needs a text with a character that is not
    whitespace, or a url. Serializer fields cannot say "one of the two", so the schema would
    otherwise promise that an empty body is fine; clients and schema-driven test tools read
    this to build bodies the API takes."""
    body = result["components"]["schemas"].get("ArticleIngestRequest")
    if body is not None:
        body["anyOf"] = [
            {"required": ["text"], "properties": {"text": {"pattern": r"\S"}}},
            {"required": ["url"], "properties": {"url": {"minLength": 1}}},
        ]
    return result
