"""An idle timeout for sessions without a database write on every request.

Django's SESSION_SAVE_EVERY_REQUEST pushes the expiry forward on each request at the cost
of an UPDATE per page view. Here a signed-in session is re-saved (and so its expiry pushed
forward) at most every VERIFY_SESSION_REFRESH_SECONDS: the idle timeout is
SESSION_COOKIE_AGE, give or take that interval.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.http import HttpRequest, HttpResponseBase

REFRESHED_AT = "_verify_refreshed_at"


class SessionIdleRefreshMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        response = self.get_response(request)
        session = getattr(request, "session", None)
        if session is not None and SESSION_KEY in session:
            now = int(time.time())
            due = now - int(session.get(REFRESHED_AT, 0)) >= settings.VERIFY_SESSION_REFRESH_SECONDS
            # A session saved anyway (a sign-in, a message) is stamped at no extra cost.
            if due or session.modified:
                session[REFRESHED_AT] = now  # marks the session modified: saved, expiry renewed
        return response
