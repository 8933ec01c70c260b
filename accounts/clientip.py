"""The client's address, for the audit trail and guessing protection."""

from __future__ import annotations

import ipaddress

from django.conf import settings
from django.http import HttpRequest


def client_ip(request: HttpRequest | None) -> str | None:
    """REMOTE_ADDR, or the header a trusted reverse proxy sets (VERIFY_CLIENT_IP_HEADER);
    None when absent or not an IP address."""
    if request is None:
        return None
    header = settings.VERIFY_CLIENT_IP_HEADER
    raw = request.META.get(header, "") if header else ""
    # X-Forwarded-For style lists: the proxy appends the address it saw last.
    candidate = raw.split(",")[-1].strip() if raw else request.META.get("REMOTE_ADDR", "")
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return None
