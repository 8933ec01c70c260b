"""Request rates per API token (per user for a browser session), by scope."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ImproperlyConfigured
from rest_framework.request import Request
from rest_framework.settings import api_settings
from rest_framework.throttling import ScopedRateThrottle


class TokenRateThrottle(ScopedRateThrottle):
    """Each view names its scope (``read``, ``export``, ``write``); the rates live in settings.

    Two tokens of one user are counted apart, so a researcher's bulk pull never starves
    the same person's CMS integration."""

    default_scope = "read"

    def allow_request(self, request: Request, view: Any) -> bool:
        if not getattr(view, "throttle_scope", None):
            view.throttle_scope = self.default_scope
        return super().allow_request(request, view)

    def get_rate(self) -> str | None:
        # Read at request time (DRF reads them once at import), so settings changes apply.
        rates: dict[str, Any] = api_settings.DEFAULT_THROTTLE_RATES
        if self.scope not in rates:
            raise ImproperlyConfigured(f"No API rate set for scope {self.scope!r}.")
        rate: str | None = rates[self.scope]
        return rate

    def get_cache_key(self, request: Request, view: Any) -> str | None:
        token_pk = getattr(request.auth, "pk", None)
        if token_pk is not None:
            ident = f"token-{token_pk}"
        elif request.user and request.user.is_authenticated:
            ident = f"user-{request.user.pk}"
        else:
            ident = f"ip-{self.get_ident(request)}"
        return self.cache_format % {"scope": self.scope, "ident": ident}
