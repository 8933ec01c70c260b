"""Fetching an article from the web, without becoming a way into the internal network.

Plain Python: no Django. Every address is checked before it is connected to, and
again after every redirect; the connection goes to the very IP address that was
checked (so a second DNS answer cannot swap in an internal one). Refusals raise
``FetchRefused`` (the input is wrong: not worth retrying); network trouble raises
``FetchFailed`` (may work a moment later).
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import socket
import time
from dataclasses import dataclass
from urllib.parse import SplitResult, urljoin, urlsplit

import urllib3

from verify.textio import UnreadableText, decode_bytes, html_to_text

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
# Cloud metadata services: AWS/GCP/Azure/OpenStack (link-local anyway), AWS IPv6, Alibaba.
_METADATA = frozenset(
    ipaddress.ip_address(a) for a in ("169.254.169.254", "fd00:ec2::254", "100.100.100.200")
)
_CHUNK = 64 * 1024
USER_AGENT = "Verify/0.1 (newsroom verification desk)"


class FetchRefused(ValueError):
    """The address or the page is not something Verify fetches; the message says why."""


class FetchFailed(OSError):
    """The fetch did not work this time (network, timeout, server error)."""


@dataclass(frozen=True, slots=True)
class FetchPolicy:
    timeout: float = 10.0
    max_bytes: int = 5 * 1024 * 1024
    max_redirects: int = 5
    allow_loopback: bool = False


@dataclass(frozen=True, slots=True)
class Page:
    url: str
    body: bytes
    content_type: str
    charset: str | None


@dataclass(frozen=True, slots=True)
class PageArticle:
    url: str
    title: str
    text: str
    outlet: str
    published_on: dt.date | None


def fetch(url: str, policy: FetchPolicy) -> Page:
    """GET a page, following at most ``policy.max_redirects`` redirects."""
    deadline = time.monotonic() + policy.timeout
    for _ in range(policy.max_redirects + 1):
        parts = check_url(url)
        address = resolve_public(parts, policy)
        response = _request(parts, address, policy)
        if response.status not in _REDIRECTS:
            return _read(response, url, policy, deadline)
        location = response.headers.get("Location", "")
        response.release_conn()
        if not location:
            raise FetchRefused(f"{url} redirects without saying where to.")
        url = urljoin(url, location)
    raise FetchRefused(f"Too many redirects (more than {policy.max_redirects}).")


def check_url(url: str) -> SplitResult:
    try:
        parts = urlsplit(url.strip())
        parts.port  # noqa: B018 (raises ValueError on a malformed port)
    except ValueError:
        raise FetchRefused(f"{url!r} is not a valid web address.") from None
    if parts.scheme not in ("http", "https"):
        raise FetchRefused("Only http:// and https:// addresses can be fetched.")
    if not parts.hostname:
        raise FetchRefused(f"{url!r} has no host name.")
    if parts.username or parts.password:
        raise FetchRefused("Addresses with a user name or password in them are not fetched.")
    return parts


def resolve_public(parts: SplitResult, policy: FetchPolicy) -> str:
    """The IP address to connect to, once every address the host resolves to is allowed."""
    host = parts.hostname or ""
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as error:
        raise FetchFailed(f"The host name {host} could not be resolved ({error}).") from None
    addresses = [ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in infos]
    for address in addresses:
        reason = refusal_reason(address, allow_loopback=policy.allow_loopback)
        if reason:
            raise FetchRefused(
                f"{host} resolves to {address}, {reason}. Verify does not fetch from "
                "internal networks: use an address on the public internet."
            )
    if not addresses:
        raise FetchFailed(f"The host name {host} has no address.")
    return str(addresses[0])


def refusal_reason(address: IPAddress, *, allow_loopback: bool = False) -> str:
    """Why an address may not be fetched from, or "" when it may."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    if address in _METADATA:
        return "a cloud metadata address"
    if address.is_loopback:
        return "" if allow_loopback else "a loopback address (the server itself)"
    if address.is_link_local:
        return "a link-local address"
    if address.is_private:
        return "a private network address"
    if address.is_multicast or address.is_unspecified or address.is_reserved:
        return "a reserved address"
    if not address.is_global:
        return "an address that is not on the public internet"
    return ""


def _request(parts: SplitResult, address: str, policy: FetchPolicy) -> urllib3.BaseHTTPResponse:
    host = parts.hostname or ""
    timeout = urllib3.Timeout(connect=policy.timeout, read=policy.timeout)
    pool: urllib3.HTTPConnectionPool
    if parts.scheme == "https":
        # Connect to the checked address; verify the certificate for the host name.
        pool = urllib3.HTTPSConnectionPool(
            address, parts.port or 443, timeout=timeout, retries=False,
            server_hostname=host, assert_hostname=host, cert_reqs="CERT_REQUIRED",
        )  # fmt: skip
    else:
        pool = urllib3.HTTPConnectionPool(address, parts.port or 80, timeout=timeout, retries=False)
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    headers = {"Host": parts.netloc, "User-Agent": USER_AGENT, "Accept": "text/html, text/plain"}
    try:
        return pool.urlopen(
            "GET", path, headers=headers, redirect=False, retries=False, preload_content=False
        )
    except urllib3.exceptions.HTTPError as error:
        raise FetchFailed(f"Could not fetch {parts.geturl()}: {error}") from None


def _read(
    response: urllib3.BaseHTTPResponse, url: str, policy: FetchPolicy, deadline: float
) -> Page:
    try:
        _check_response(response, url, policy)
        body = bytearray()
        for chunk in response.stream(_CHUNK, decode_content=True):
            body += chunk
            if len(body) > policy.max_bytes:
                raise FetchRefused(f"The page is larger than {policy.max_bytes:,} bytes.")
            if time.monotonic() > deadline:
                raise FetchFailed(f"The page took longer than {policy.timeout:g} s to arrive.")
    except (urllib3.exceptions.HTTPError, OSError) as error:
        if isinstance(error, FetchFailed):
            raise
        raise FetchFailed(f"Could not read {url}: {error}") from None
    finally:
        response.release_conn()
    content_type, charset = _content_type(response)
    return Page(url=url, body=bytes(body), content_type=content_type, charset=charset)


def _check_response(response: urllib3.BaseHTTPResponse, url: str, policy: FetchPolicy) -> None:
    if response.status == 429 or response.status >= 500:
        raise FetchFailed(f"The server answered {response.status} for {url}.")
    if response.status != 200:
        raise FetchRefused(f"The server answered {response.status} for {url}.")
    content_type, _ = _content_type(response)
    if content_type not in _PAGE_TYPES:
        raise FetchRefused(f"{url} is {content_type or 'of no stated type'}, not a web page.")
    length = response.headers.get("Content-Length", "")
    if length.isdigit() and int(length) > policy.max_bytes:
        raise FetchRefused(f"The page is {int(length):,} bytes; the limit is {policy.max_bytes:,}.")


def _content_type(response: urllib3.BaseHTTPResponse) -> tuple[str, str | None]:
    value = response.headers.get("Content-Type", "")
    media, _, params = value.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, val = param.strip().partition("=")
        if key.lower() == "charset" and val:
            charset = val.strip("\"' ")
    return media.strip().lower(), charset


def page_article(page: Page) -> PageArticle:
    """The article in a fetched page: main text, title, date and outlet."""
    try:
        html = decode_bytes(page.body, page.charset)
    except UnreadableText as error:
        raise FetchRefused(str(error)) from None
    if page.content_type == "text/plain":
        return PageArticle(page.url, "", html, "", None)
    import trafilatura

    document = trafilatura.bare_extraction(
        html, url=page.url, with_metadata=True, include_comments=False, include_tables=False
    )
    text = (getattr(document, "text", None) or "").strip()
    if not text:
        # No main text found (a very short page): fall back to all visible text.
        title, text = html_to_text(html)
        return PageArticle(page.url, title, text, "", None)
    return PageArticle(
        url=page.url,
        title=getattr(document, "title", None) or "",
        text=text,
        outlet=getattr(document, "sitename", None) or "",
        published_on=_date(getattr(document, "date", None)),
    )


def _date(value: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None
