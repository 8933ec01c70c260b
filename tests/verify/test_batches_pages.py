from __future__ import annotations

import re
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from accounts.models import User
from tests.conftest import client_for
from verify.models import Article, IngestBatch, IngestBatchItem

pytestmark = pytest.mark.django_db


def _upload(name: str, data: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data, content_type="text/plain")


def test_an_editor_uploads_many_files_and_sees_each_outcome(editor: User) -> None:
    files = [
        _upload("one.txt", b"The mayor said 12 buses were bought in 2023."),
        _upload("two.html", b"<html><title>Two</title><p>The port moved 3 million tonnes.</p>"),
        _upload("three.pdf", b"%PDF-1.7 binary"),
    ]
    response = client_for(editor).post(
        reverse("verify:batch-new"),
        {"files-uploads": files, "files-outlet": "Wire", "files-label": "Morning wire"},
    )
    batch = IngestBatch.objects.get()
    assert response.status_code == 302
    assert response["Location"] == batch.get_absolute_url()
    assert (batch.label, batch.outlet, batch.created_by) == ("Morning wire", "Wire", editor)
    assert Article.objects.filter(outlet="Wire").count() == 2
    page = client_for(editor).get(batch.get_absolute_url()).content.decode()
    assert "Finished" in page
    assert "three.pdf: only .txt, .md, .html, .htm files can be ingested." in page
    assert re.search(r"<dt>Done</dt><dd>2</dd>", page)
    assert re.search(r"<dt>Failed</dt><dd>1</dd>", page)


def test_a_running_batch_page_polls_and_a_finished_one_stops(editor: User) -> None:
    batch = IngestBatch.objects.create(created_by=editor)
    item = IngestBatchItem.objects.create(batch=batch, position=0, name="a.txt", text="x")
    client = client_for(editor)
    running = client.get(batch.get_absolute_url()).content.decode()
    assert 'hx-trigger="every 2s"' in running
    assert "<dt>Waiting</dt><dd>1</dd>" in running
    IngestBatchItem.objects.filter(pk=item.pk).update(status="done")
    fragment = client.get(batch.get_absolute_url(), headers={"HX-Request": "true"})
    body = fragment.content.decode()
    assert body.lstrip().startswith('<section id="batch-progress"')
    assert "<html" not in body
    assert "hx-trigger" not in body
    assert "<dt>Done</dt><dd>1</dd>" in body


def test_the_progress_page_loads_htmx_as_a_file_under_the_strict_policy(editor: User) -> None:
    batch = IngestBatch.objects.create(created_by=editor)
    response = client_for(editor).get(batch.get_absolute_url())
    page = response.content.decode()
    assert re.search(r'<script src="/static/django_htmx/htmx-2\.min\.js', page)
    assert "<script>" not in page
    assert "unsafe-inline" not in response["Content-Security-Policy"]


def test_web_addresses_start_a_batch_and_bad_lines_are_refused(editor: User) -> None:
    client = client_for(editor)
    refused = client.post(reverse("verify:batch-new-urls"), {"urls-urls": "not a url\nftp://x.org"})
    assert refused.status_code == 400
    assert "Not a web address (http or https): not a url, ftp://x.org" in refused.content.decode()
    response = client.post(
        reverse("verify:batch-new-urls"), {"urls-urls": "http://127.0.0.1:9/a\n\n"}
    )
    batch = IngestBatch.objects.get()
    assert response.status_code == 302
    item = batch.items.get()
    assert item.status == "failed"
    assert "127.0.0.1, a loopback address" in item.error


def test_too_many_files_at_once_are_refused(editor: User, settings: Any) -> None:
    settings.VERIFY_BATCH_MAX_FILES = 2
    files = [_upload(f"{n}.txt", b"text") for n in range(3)]
    response = client_for(editor).post(reverse("verify:batch-new"), {"files-uploads": files})
    assert response.status_code == 400
    assert "more than 2 at once" in response.content.decode()
    assert not IngestBatch.objects.exists()


def test_the_batch_list_shows_counts(editor: User) -> None:
    batch = IngestBatch.objects.create(created_by=editor, label="Archive 2019")
    IngestBatchItem.objects.create(batch=batch, position=0, name="a", status="done")
    page = client_for(editor).get(reverse("verify:batch-list")).content.decode()
    assert "Archive 2019" in page
    assert re.search(r"<td>1</td>\s*<td>0</td>\s*<td>1</td>", page)


@pytest.mark.parametrize("name", ["verify:batch-list", "verify:batch-new"])
def test_a_viewer_may_not_start_or_watch_batches(viewer: User, name: str) -> None:
    assert client_for(viewer).get(reverse(name)).status_code == 403


def test_a_viewer_may_not_see_a_batch(viewer: User, editor: User) -> None:
    batch = IngestBatch.objects.create(created_by=editor)
    assert client_for(viewer).get(batch.get_absolute_url()).status_code == 403
