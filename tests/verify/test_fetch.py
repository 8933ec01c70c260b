"""URL ingest: only public http(s) addresses, bounded fetches, the article extracted.

Everything runs against a server on 127.0.0.1 started here (never the network);
the loopback refusal is lifted only by the test-only setting, only where a test asks."""

from __future__ import annotations

import datetime as dt
import ipaddress
import re
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from accounts.models import User
from verify.fetch import (
    FetchFailed,
    FetchPolicy,
    FetchRefused,
    check_url,
    fetch,
    page_article,
    refusal_reason,
)
from verify.models import Article, IngestBatchItem
from verify.services.batches import batch_create_urls
from verify.services.ingest import IngestRefused
from verify.services.url_ingest import article_ingest_url

ARTICLE = (Path(__file__).parent / "pages" / "article.html").read_bytes()
LOOPBACK = FetchPolicy(timeout=5, max_bytes=64 * 1024, max_redirects=3, allow_loopback=True)


class _Handler(BaseHTTPRequestHandler):
    routes: dict[str, tuple[int, dict[str, str], bytes]] = {
        "/article": (200, {"Content-Type": "text/html; charset=utf-8"}, ARTICLE),
        "/plain": (200, {"Content-Type": "text/plain"}, b"The port handled 2 million tonnes."),
        "/moved": (302, {"Location": "/article"}, b""),
        "/to-private": (301, {"Location": "http://10.20.30.40/secret"}, b""),
        "/to-metadata": (302, {"Location": "http://169.254.169.254/latest/meta-data/"}, b""),
        "/loop": (302, {"Location": "/loop"}, b""),
        "/pdf": (200, {"Content-Type": "application/pdf"}, b"%PDF-1.7"),
        "/big": (200, {"Content-Type": "text/html"}, b"<p>" + b"x" * 200_000 + b"</p>"),
        "/broken": (503, {"Content-Type": "text/html"}, b"busy"),
        "/gone": (404, {"Content-Type": "text/html"}, b"not here"),
    }

    def do_GET(self) -> None:
        status, headers, body = self.routes.get(self.path, (404, {}, b""))
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        if self.path != "/big":  # no length: the limit must hold while streaming
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("127.0.0.1", "loopback"),
        ("::1", "loopback"),
        ("::ffff:127.0.0.1", "loopback"),
        ("10.1.2.3", "private"),
        ("172.16.0.9", "private"),
        ("192.168.1.1", "private"),
        ("fd12:3456::1", "private"),
        ("169.254.169.254", "metadata"),
        ("fd00:ec2::254", "metadata"),
        ("100.100.100.200", "metadata"),
        ("169.254.10.10", "link-local"),
        ("fe80::1", "link-local"),
        ("0.0.0.0", "private"),  # noqa: S104 (0.0.0.0/8 is "this network": private to Python)
        ("224.0.0.1", "reserved"),
        ("100.64.0.1", "not on the public internet"),
    ],
)
def test_internal_addresses_are_refused_with_the_reason(address: str, reason: str) -> None:
    assert reason in refusal_reason(ipaddress.ip_address(address))


@pytest.mark.parametrize("address", ["93.184.216.34", "2606:4700::6810:85e5", "8.8.8.8"])
def test_public_addresses_are_allowed(address: str) -> None:
    assert refusal_reason(ipaddress.ip_address(address)) == ""


def test_the_test_only_switch_allows_loopback_and_nothing_else() -> None:
    assert refusal_reason(ipaddress.ip_address("127.0.0.1"), allow_loopback=True) == ""
    assert refusal_reason(ipaddress.ip_address("10.0.0.1"), allow_loopback=True) != ""


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("file:///etc/passwd", "Only http:// and https://"),
        ("ftp://example.org/a.txt", "Only http:// and https://"),
        ("javascript:alert(1)", "Only http:// and https://"),
        ("http://user:secret@example.org/", "user name or password"),
        ("http://example.org:99999/", "not a valid web address"),
        ("https:///nohost", "no host name"),
    ],
)
def test_addresses_that_are_not_plain_web_pages_are_refused(url: str, message: str) -> None:
    with pytest.raises(FetchRefused, match=message):
        check_url(url)


def test_a_host_name_resolving_to_loopback_is_refused_by_default() -> None:
    with pytest.raises(FetchRefused, match=r"localhost resolves to .*loopback.*internal networks"):
        fetch("http://localhost:9/", FetchPolicy())


def test_a_local_server_is_refused_without_the_test_switch(server: str) -> None:
    with pytest.raises(
        FetchRefused, match=re.escape("127.0.0.1 resolves to 127.0.0.1, a loopback")
    ):
        fetch(f"{server}/article", FetchPolicy())


def test_the_article_text_title_date_and_outlet_are_extracted(server: str) -> None:
    article = page_article(fetch(f"{server}/article", LOOPBACK))
    assert article.title == "Harbour bridge costs double"
    assert article.outlet == "Northern Ledger"
    assert article.published_on == dt.date(2025, 4, 17)
    assert "84 million euros" in article.text
    assert '"Every invoice will be put online' in article.text
    for boilerplate in ("Sport", "Most read", "All rights reserved", "tracking"):
        assert boilerplate not in article.text


def test_a_plain_text_page_is_taken_as_it_is(server: str) -> None:
    article = page_article(fetch(f"{server}/plain", LOOPBACK))
    assert article.text == "The port handled 2 million tonnes."


def test_a_redirect_is_followed_and_the_final_address_kept(server: str) -> None:
    page = fetch(f"{server}/moved", LOOPBACK)
    assert page.url == f"{server}/article"


@pytest.mark.parametrize(("path", "target"), [("/to-private", "10.20.30.40, a private")])
def test_a_redirect_into_the_internal_network_is_refused(
    server: str, path: str, target: str
) -> None:
    with pytest.raises(FetchRefused, match=re.escape(target)):
        fetch(f"{server}{path}", LOOPBACK)


def test_a_redirect_to_the_metadata_service_is_refused(server: str) -> None:
    with pytest.raises(FetchRefused, match=re.escape("169.254.169.254, a cloud metadata address")):
        fetch(f"{server}/to-metadata", LOOPBACK)


def test_redirects_are_limited(server: str) -> None:
    with pytest.raises(FetchRefused, match="Too many redirects"):
        fetch(f"{server}/loop", LOOPBACK)


def test_a_page_over_the_size_limit_is_refused_while_streaming(server: str) -> None:
    with pytest.raises(FetchRefused, match="larger than 65,536 bytes"):
        fetch(f"{server}/big", LOOPBACK)


def test_something_other_than_a_web_page_is_refused(server: str) -> None:
    with pytest.raises(FetchRefused, match="application/pdf, not a web page"):
        fetch(f"{server}/pdf", LOOPBACK)


def test_a_missing_page_is_refused_and_a_busy_server_may_be_retried(server: str) -> None:
    with pytest.raises(FetchRefused, match="answered 404"):
        fetch(f"{server}/gone", LOOPBACK)
    with pytest.raises(FetchFailed, match="answered 503"):
        fetch(f"{server}/broken", LOOPBACK)


def test_a_server_that_does_not_answer_fails_within_the_timeout() -> None:
    with pytest.raises(FetchFailed):
        fetch("http://127.0.0.1:9/", LOOPBACK)  # discard port: nothing listens


@pytest.mark.django_db
def test_url_ingest_refuses_internal_addresses_and_stores_nothing(
    server: str, editor: User
) -> None:
    with pytest.raises(IngestRefused, match="loopback"):
        article_ingest_url(url=f"{server}/article", user=editor)
    assert Article.objects.count() == 0


@pytest.mark.django_db
def test_url_ingest_stores_the_article_with_its_address(
    server: str, editor: User, settings: Any
) -> None:
    settings.VERIFY_FETCH_ALLOW_LOOPBACK_FOR_TESTS = True
    result = article_ingest_url(url=f"{server}/moved", user=editor)
    article = result.article
    assert result.created
    assert (article.title, article.outlet) == ("Harbour bridge costs double", "Northern Ledger")
    assert article.url == f"{server}/article"
    assert article.published_on == dt.date(2025, 4, 17)
    assert article.ingested_by == editor
    assert article.claims.exists()


@pytest.mark.django_db
def test_a_batch_of_addresses_reports_each_refusal(
    server: str, editor: User, settings: Any
) -> None:
    settings.VERIFY_FETCH_ALLOW_LOOPBACK_FOR_TESTS = True
    urls = [f"{server}/article", f"{server}/to-private", "ftp://example.org/x"]
    batch = batch_create_urls(urls=urls, user=editor)
    items = list(batch.items.order_by("position"))
    assert [item.status for item in items] == ["done", "failed", "failed"]
    assert "10.20.30.40, a private network address" in items[1].error
    assert items[2].error == "Only http:// and https:// addresses can be fetched."
    assert all(item.attempts == 1 for item in items)  # refusals are not retried


@pytest.mark.django_db
def test_a_busy_server_is_retried_then_reported(server: str, editor: User, settings: Any) -> None:
    settings.VERIFY_FETCH_ALLOW_LOOPBACK_FOR_TESTS = True
    settings.VERIFY_BATCH_MAX_ATTEMPTS = 2
    batch = batch_create_urls(urls=[f"{server}/broken"], user=editor)
    item = batch.items.get()
    assert (item.status, item.attempts) == (IngestBatchItem.Status.FAILED, 2)
    assert item.error.startswith("Gave up after 2 attempts. Last error: FetchFailed")


def test_loopback_fetching_is_off_unless_a_test_turns_it_on() -> None:
    from django.conf import settings

    assert settings.VERIFY_FETCH_ALLOW_LOOPBACK_FOR_TESTS is False
