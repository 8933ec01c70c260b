from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from accounts.models import User
from verify.models import Article

pytestmark = pytest.mark.django_db


def test_ingest_command_reports_created_present_and_failed(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text("Officials said 12 people were hurt.", encoding="utf-8")
    (tmp_path / "two.md").write_text("# Note\nThe mayor said taxes rose 4%.", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01binary")
    (tmp_path / "empty.html").write_bytes(b"<html><script>x()</script></html>")
    (tmp_path / "ignored.pdf").write_bytes(b"%PDF")
    out, err = io.StringIO(), io.StringIO()
    call_command("ingest", str(tmp_path), stdout=out, stderr=err)
    assert "2 created, 0 already present, 2 failed." in out.getvalue()
    assert "bad.txt: This looks like a binary file" in out.getvalue()
    assert "empty.html: The text is empty." in out.getvalue()
    assert "4/4" in err.getvalue()  # the progress bar reached the end
    assert Article.objects.count() == 2

    out = io.StringIO()
    call_command("ingest", str(tmp_path / "one.txt"), stdout=out, no_progress=True)
    assert "0 created, 1 already present, 0 failed." in out.getvalue()


def test_ingest_command_reads_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(b"Police said 3 died."), encoding="utf-8")
    monkeypatch.setattr("sys.stdin", stdin)
    call_command("ingest", "-", stdout=io.StringIO(), no_progress=True)
    assert Article.objects.get().body == "Police said 3 died."


def test_ingest_command_fails_when_nothing_could_be_ingested(tmp_path: Path) -> None:
    with pytest.raises(CommandError, match="Nothing was ingested"):
        call_command("ingest", str(tmp_path / "missing.txt"), stdout=io.StringIO())


def test_demo_creates_a_user_per_role_and_ingests_the_seed(settings: Any) -> None:
    settings.VERIFY_ALLOW_DEMO = True
    call_command("demo", stdout=io.StringIO())
    assert set(User.objects.values_list("username", flat=True)) >= {
        "viewer", "editor", "reviewer", "admin",
    }  # fmt: skip
    assert Article.objects.filter(content_hash__isnull=False).count() == 1
    admin = User.objects.get(username="admin")
    assert admin.check_password("verify-admin")


def test_demo_refuses_when_debug_is_off(settings: Any) -> None:
    settings.VERIFY_ALLOW_DEMO = False
    with pytest.raises(CommandError, match="DEBUG is off"):
        call_command("demo", stdout=io.StringIO())
    assert not User.objects.exists()
