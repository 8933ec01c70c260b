"""Typed access to django-htmx's ``request.htmx`` (set by its middleware)."""

from __future__ import annotations

from django.http import HttpRequest
from django_htmx.middleware import HtmxDetails


def htmx(request: HttpRequest) -> HtmxDetails | None:
    details = getattr(request, "htmx", None)
    return details if isinstance(details, HtmxDetails) and details else None
