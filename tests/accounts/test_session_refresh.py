"""The idle timeout renews a session at most every VERIFY_SESSION_REFRESH_SECONDS, so a page
view does not write the session each time."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.contrib.sessions.models import Session
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from accounts.models import User
from tests.conftest import client_for

pytestmark = pytest.mark.django_db


def _session_writes(client: Any) -> int:
    with CaptureQueriesContext(connection) as context:
        assert client.get(reverse("verify:article-list")).status_code == 200
    return sum(
        "django_session" in q["sql"] and not q["sql"].lstrip().upper().startswith("SELECT")
        for q in context.captured_queries
    )


def test_page_views_within_the_interval_do_not_write_the_session(
    editor: User, settings: Any
) -> None:
    settings.VERIFY_SESSION_REFRESH_SECONDS = 300
    client = client_for(editor)
    _session_writes(client)  # the first view stamps the session
    assert _session_writes(client) == 0


def test_a_view_after_the_interval_pushes_the_expiry_forward(editor: User, settings: Any) -> None:
    settings.SESSION_COOKIE_AGE = 600
    settings.VERIFY_SESSION_REFRESH_SECONDS = 0
    client = client_for(editor)
    key = client.session.session_key
    Session.objects.filter(session_key=key).update(
        expire_date=timezone.now() + dt.timedelta(seconds=30)
    )
    assert _session_writes(client) >= 1
    assert Session.objects.get(session_key=key).expire_date > timezone.now() + dt.timedelta(
        seconds=590
    )
