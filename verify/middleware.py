"""When the database goes away: a clear 503 instead of a 500, and back on its own.

Django turns an exception into a 500 response inside each middleware layer, so an
outer middleware never sees the exception itself. The ``got_request_exception``
signal does (it fires while the exception is being handled): it marks the request,
and the outermost middleware swaps the 500 for a 503 page, or a JSON 503 under
``/api/``. Nothing here touches the database: the 503 page is rendered without a
request context. Django's own ``close_old_connections`` drops the broken connection
at the end of the request, so the next request reconnects once the database is back.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import Any

from django.core.signals import got_request_exception
from django.db import InterfaceError, OperationalError
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template.loader import render_to_string

logger = logging.getLogger(__name__)

RETRY_AFTER_SECONDS = 30
MESSAGE = "The database is unavailable at the moment. Please try again in a minute."
_MARK = "_verify_database_unavailable"


@receiver(got_request_exception)
def _mark_database_errors(sender: Any, request: HttpRequest | None = None, **kwargs: Any) -> None:
    if request is not None and isinstance(sys.exception(), OperationalError | InterfaceError):
        setattr(request, _MARK, True)


def database_unavailable_response(request: HttpRequest) -> HttpResponse:
    response: HttpResponse
    if request.path.startswith("/api/"):
        error = {"code": "database_unavailable", "message": MESSAGE}
        response = JsonResponse({"error": error}, status=503)
    else:
        response = HttpResponse(render_to_string("503.html", {"message": MESSAGE}), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


class DatabaseUnavailableMiddleware:
    """Outermost middleware: a 500 caused by a lost database becomes a 503."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if response.status_code == 500 and getattr(request, _MARK, False):
            logger.warning("database unavailable: answered 503 for %s", request.path)
            return database_unavailable_response(request)
        return response
