"""One JSON shape for every API error: {"error": {"code", "message", "fields"}}."""

from __future__ import annotations

import logging
from typing import Any

from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.http import Http404
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

logger = logging.getLogger(__name__)


class PayloadTooLarge(exceptions.APIException):
    status_code = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
    default_detail = "The request body is too large."
    default_code = "payload_too_large"


class BadRequest(exceptions.APIException):
    """A refusal with its own machine-readable code (e.g. ``ingest_refused``)."""

    status_code = status.HTTP_400_BAD_REQUEST
    default_detail = "The request cannot be served."
    default_code = "bad_request"


def exception_handler(exc: Exception, context: dict[str, Any]) -> Response:
    if isinstance(exc, Http404):
        exc = exceptions.NotFound()
    elif isinstance(exc, DjangoPermissionDenied):
        exc = exceptions.PermissionDenied()
    response = drf_exception_handler(exc, context)
    if response is None:
        # An unexpected error: logged in full, answered in the same shape without details.
        logger.exception("API error", exc_info=exc)
        body = error_body("server_error", "Something went wrong on our side.")
        return Response(body, status=status.HTTP_500_INTERNAL_SERVER_ERROR)
    response.data = _reshape(exc, response.data)
    return response


def error_body(code: str, message: str, fields: dict[str, Any] | None = None) -> dict[str, Any]:
    error: dict[str, Any] = {"code": code, "message": message}
    if fields:
        error["fields"] = fields
    return {"error": error}


def _reshape(exc: Exception, data: Any) -> dict[str, Any]:
    if isinstance(exc, exceptions.ValidationError) and isinstance(exc.detail, dict):
        fields = {name: _messages(detail) for name, detail in exc.detail.items()}
        general = fields.pop("non_field_errors", None)
        message = " ".join(general) if general else "Some of the values sent are not valid."
        return error_body("invalid", message, fields)
    assert isinstance(exc, exceptions.APIException)  # DRF answers nothing else
    code = exc.get_codes()
    return error_body(code if isinstance(code, str) else "invalid", _text(exc.detail))


def _messages(detail: Any) -> list[str]:
    if isinstance(detail, list):
        return [message for item in detail for message in _messages(item)]
    if isinstance(detail, dict):
        return [f"{key}: {m}" for key, value in detail.items() for m in _messages(value)]
    return [str(detail)]


def _text(detail: Any) -> str:
    return " ".join(_messages(detail))
