from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from django.core.management import call_command
from django.utils import timezone

from verify.models import Article, IngestBatch, IngestBatchItem

pytestmark = pytest.mark.django_db


def test_ingest_in_the_background_reports_the_batch_with_a_progress_bar(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text("Officials said 12 people were hurt.", encoding="utf-8")
    (tmp_path / "two.md").write_text("The mayor said taxes rose 4%.", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01binary")
    out, err = io.StringIO(), io.StringIO()
    call_command("ingest", str(tmp_path), background=True, stdout=out, stderr=err)
    batch = IngestBatch.objects.get()
    assert f"Batch {batch.pk}: 3 files queued." in out.getvalue()
    assert "2 done, 1 failed." in out.getvalue()
    assert "bad.txt: This looks like a binary file" in out.getvalue()
    assert "[##############################] 3/3" in err.getvalue()
    assert Article.objects.count() == 2


def test_ingest_recover_takes_back_items_of_stopped_workers(settings: object) -> None:
    batch = IngestBatch.objects.create()
    IngestBatchItem.objects.create(
        batch=batch, position=0, name="a.txt", text="The port said 4 ships sank.",
        status="running", attempts=1, started_at=timezone.now() - dt.timedelta(hours=1),
    )  # fmt: skip
    out = io.StringIO()
    call_command("ingest_recover", stdout=out)
    assert out.getvalue() == "1 item(s) taken back from stopped workers.\n"
    assert batch.items.get().status == "done"
