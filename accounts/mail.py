"""E-mails with a one-time link, through Django's mailer settings."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string


def absolute_url(path: str) -> str:
    # SITE_URL, not the request's Host header: a forged Host must not redirect reset links.
    return settings.SITE_URL + path


def send_templated_mail(*, to: str, subject: str, template: str, context: dict[str, Any]) -> None:
    body = render_to_string(
        template, {"desk_name": settings.VERIFY_DESK_NAME, "site_url": settings.SITE_URL, **context}
    )
    send_mail(subject, body, None, [to])
