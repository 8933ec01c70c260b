from __future__ import annotations

from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from accounts.models import User
from tests.conftest import client_for
from tests.factories import make_claim
from verify.models import Article, Claim
from verify.services.ingest import article_ingest

pytestmark = pytest.mark.django_db

PUBLIC = {
    "accounts:login",
    "accounts:password-reset",
    "accounts:password-reset-sent",
    "accounts:password-reset-confirm",
    "accounts:invitation-accept",
}


def _named_urls(resolver: URLResolver | None = None, prefix: str = "") -> list[str]:
    names = []
    for entry in (resolver or get_resolver()).url_patterns:
        if isinstance(entry, URLResolver):
            if entry.namespace and entry.namespace != "admin":
                names += _named_urls(entry, f"{prefix}{entry.namespace}:")
        elif isinstance(entry, URLPattern) and entry.name:
            names.append(prefix + entry.name)
    return names


def _url(name: str) -> str:
    claim = make_claim()
    for args in ((), (claim.pk,), (claim.article.pk,)):
        try:
            return reverse(name, args=args)
        except Exception:  # noqa: S112  (try the next argument shape)
            continue
    raise AssertionError(f"cannot reverse {name}")


def test_every_page_but_login_sends_anonymous_visitors_to_sign_in() -> None:
    # The API answers signed-out callers 401/403 in JSON instead (tests/api).
    names = [n for n in _named_urls() if n not in PUBLIC and not n.startswith("api:")]
    assert "verify:article-list" in names  # the walk found the app's pages
    for name in names:
        response = Client().get(_url(name))
        assert response.status_code == 302, name
        assert response["Location"].startswith(reverse("accounts:login")), name


def test_login_page_is_public_and_signs_in(editor: User) -> None:
    client = Client()
    assert client.get(reverse("accounts:login")).status_code == 200
    response = client.post(
        reverse("accounts:login"),
        {"username": "eddie", "password": "correct horse battery staple"},
    )
    assert response.status_code == 302
    assert client.get(reverse("verify:article-list")).status_code == 200


def test_user_without_a_role_gets_403(no_role_user: User) -> None:
    response = client_for(no_role_user).get(reverse("verify:article-list"))
    assert response.status_code == 403


def test_viewer_may_read_but_not_ingest(viewer: User, seed_text: str) -> None:
    article = article_ingest(text=seed_text).article
    client = client_for(viewer)
    assert client.get(article.get_absolute_url()).status_code == 200
    assert client.get(reverse("verify:article-ingest")).status_code == 403
    response = client.post(reverse("verify:article-ingest"), {"text": "A new text."})
    assert response.status_code == 403
    assert Article.objects.count() == 1


def test_article_page_highlights_every_item(viewer: User, seed_text: str) -> None:
    article = article_ingest(text=seed_text).article
    html = client_for(viewer).get(article.get_absolute_url()).content.decode()
    for claim in article.claims.all():
        assert f"item-{claim.pk}" in html
    assert '<mark class="quote"' in html or '<mark class="claim quote"' in html


def test_editor_ingests_pasted_text_and_lands_on_the_article(editor: User) -> None:
    response = client_for(editor).post(
        reverse("verify:article-ingest"),
        {"text": "Officials said 12 people were hurt.", "title": "Crash"},
    )
    article = Article.objects.get()
    assert response.status_code == 302
    assert response["Location"] == article.get_absolute_url()
    assert article.title == "Crash"


def test_editor_ingests_an_uploaded_html_file_without_its_scripts(editor: User) -> None:
    page = b"<html><title>T</title><script>alert(1)</script><p>Police said 3 died.</p></html>"
    upload = SimpleUploadedFile("page.html", page, content_type="text/html")
    response = client_for(editor).post(reverse("verify:article-ingest"), {"file": upload})
    assert response.status_code == 302
    article = Article.objects.get()
    assert article.body == "Police said 3 died."
    assert article.title == "T"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"text": "   "}, "Paste the article"),
        ({"file": ("a.txt", b"\x00\x01\x02binary")}, "binary"),
        ({"file": ("a.txt", b"")}, "empty"),
        ({"file": ("a.pdf", b"%PDF")}, "only .txt"),
    ],
    ids=["blank", "binary", "empty-file", "wrong-type"],
)
def test_bad_input_is_explained_with_400_and_nothing_stored(
    editor: User, data: dict[str, Any], message: str
) -> None:
    if "file" in data:
        name, content = data["file"]
        data = {"file": SimpleUploadedFile(name, content)}
    response = client_for(editor).post(reverse("verify:article-ingest"), data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert Article.objects.count() == 0


def test_oversized_upload_is_refused(editor: User, settings: Any) -> None:
    settings.VERIFY_MAX_ARTICLE_BYTES = 100
    upload = SimpleUploadedFile("big.txt", b"word " * 100)
    response = client_for(editor).post(reverse("verify:article-ingest"), {"file": upload})
    assert response.status_code == 400
    assert "the limit is 100 bytes" in response.content.decode()


def test_claim_page_shows_the_item_in_its_paragraph(viewer: User) -> None:
    claim = make_claim()
    html = client_for(viewer).get(claim.get_absolute_url()).content.decode()
    assert f'data-items="{claim.pk}"' in html


def test_claim_list_filters_by_kind(viewer: User, seed_text: str) -> None:
    article_ingest(text=seed_text)
    response = client_for(viewer).get(reverse("verify:claim-list") + "?kind=quote")
    shown = response.context["page"].object_list
    assert shown
    assert all(item.kind == Claim.Kind.QUOTE for item in shown)
