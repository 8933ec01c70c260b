"""The hostile corpus through every way an article gets in: paste, upload, ``manage.py ingest``.

Accepted text is stored exactly and shown as text; refused text gets a 4xx (or a failed line)
saying why, and nothing is half-stored.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client
from django.urls import reverse

from accounts.models import User
from tests.conftest import client_for
from tests.hostile import corpus
from tests.hostile.checks import (
    assert_refused,
    assert_shown_as_text,
    says,
    snapshot,
    stored_article,
)
from tests.hostile.corpus import FileCase, TextCase
from verify.services.ingest import IngestRefused, article_ingest

pytestmark = pytest.mark.django_db
INGEST = "verify:article-ingest"


@pytest.fixture(autouse=True)
def _limit(settings: Any) -> None:
    settings.VERIFY_MAX_ARTICLE_BYTES = corpus.MAX_BYTES


@pytest.fixture
def client(editor: User) -> Client:
    return client_for(editor)


def _by_id(cases: list[Any]) -> pytest.MarkDecorator:
    return pytest.mark.parametrize("case", cases, ids=[case.id for case in cases])


def _check_text_case(
    client: Client, case: TextCase, response: Any, before: tuple[int, ...]
) -> None:
    if case.stored is None:
        assert_refused(response, case.refusal)
        assert snapshot() == before
        return
    assert response.status_code == 302, response.content[:2000]
    article = stored_article(case.stored)
    shown = [case.stored[:300]] + ([article.title] if case.title else [])
    assert_shown_as_text(client, article.get_absolute_url(), *shown)
    if case.title:
        assert article.title == case.title


@_by_id(corpus.text_cases())
def test_pasted_text_is_stored_exactly_or_refused_with_a_reason(
    client: Client, case: TextCase
) -> None:
    before = snapshot()
    response = client.post(reverse(INGEST), {"text": case.text, "title": case.title})
    _check_text_case(client, case, response, before)


@_by_id(corpus.big_text_cases())
def test_pasted_text_at_the_size_limit_is_stored_exactly(client: Client, case: TextCase) -> None:
    # One way in only: a few seconds each; the upload and command paths share the decoding
    # and the service tested at small sizes above.
    assert len(case.text.encode()) <= corpus.MAX_BYTES
    before = snapshot()
    response = client.post(reverse(INGEST), {"text": case.text})
    _check_text_case(client, case, response, before)


def test_a_paste_far_over_the_limit_is_a_clear_400(client: Client) -> None:
    before = snapshot()
    response = client.post(reverse(INGEST), {"text": "a" * (corpus.MAX_BYTES * 2)})
    assert_refused(response, "too large")
    assert snapshot() == before


def _upload(case: FileCase) -> SimpleUploadedFile:
    return SimpleUploadedFile(case.name, case.data, content_type="application/octet-stream")


@_by_id(corpus.file_cases())
def test_uploaded_files_are_decoded_and_stored_exactly_or_refused(
    client: Client, case: FileCase
) -> None:
    before = snapshot()
    response = client.post(reverse(INGEST), {"file": _upload(case)})
    if case.stored is None:
        assert_refused(response, case.refusal)
        assert snapshot() == before
        return
    assert response.status_code == 302, response.content[:2000]
    article = stored_article(case.stored)
    assert_shown_as_text(client, article.get_absolute_url(), case.stored)


@_by_id(corpus.file_cases())
def test_ingest_command_stores_each_file_exactly_or_reports_why_not(
    tmp_path: Path, case: FileCase
) -> None:
    path = tmp_path / case.name
    path.write_bytes(case.data)
    before, out = snapshot(), io.StringIO()
    if case.stored is None:
        with pytest.raises(CommandError, match="Nothing was ingested"):
            call_command("ingest", str(path), stdout=out, no_progress=True)
        assert f"failed: {path}: " in out.getvalue()
        assert says(out.getvalue(), case.refusal)
        assert snapshot() == before
        return
    call_command("ingest", str(path), stdout=out, no_progress=True)
    assert "1 created" in out.getvalue()
    stored_article(case.stored)


def test_ingest_command_goes_on_after_a_bad_file_and_stores_the_good_ones(tmp_path: Path) -> None:
    for case in corpus.file_cases():
        folder = tmp_path / case.id
        folder.mkdir()
        (folder / case.name).write_bytes(case.data)
    out = io.StringIO()
    call_command("ingest", str(tmp_path), stdout=out, no_progress=True)
    cases = corpus.file_cases()
    ignored = sum(case.name.endswith(".pdf") for case in cases)  # not picked from a folder
    failed = sum(case.stored is None for case in cases) - ignored
    bodies = {case.stored for case in cases if case.stored is not None}
    assert f"{len(bodies)} created" in out.getvalue()
    assert f"{failed} failed." in out.getvalue()
    for body in bodies:
        stored_article(body)


@pytest.mark.parametrize(
    "text", ["lone \ud800 surrogate", "low \udfff"], ids=["high-surrogate", "low-surrogate"]
)
def test_text_with_lone_surrogates_is_refused_not_a_crash(text: str) -> None:
    # Only JSON can carry these (the API); the service refuses them for every caller.
    before = snapshot()
    with pytest.raises(IngestRefused, match="surrogates"):
        article_ingest(text=text)
    assert snapshot() == before


def test_control_characters_and_surrogates_never_reach_a_title() -> None:
    result = article_ingest(text="Body text.", title="A\x00B\x1bC\ud800D\nE", outlet="O\x00ut")
    assert result.article.title == "A B C D E"
    assert result.article.outlet == "O ut"
