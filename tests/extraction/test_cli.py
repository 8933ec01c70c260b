"""The extraction contract on the command line (PRODUCT.md)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from verify.extraction.__main__ import main

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_68572fa5849bac55.txt"


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    assert main(argv) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_a_file_prints_one_contract_object_named_after_the_file(
    capsys: pytest.CaptureFixture[str],
) -> None:
    [document] = run([str(SEED)], capsys)
    assert document["id"] == SEED.name
    assert set(document) == {"id", "quotes", "claims"}
    quote = document["quotes"][0]  # type: ignore[index]
    assert set(quote) == {"start", "end", "text", "kind", "speaker", "speaker_mention", "cue"}


def test_jsonl_handles_a_batch_with_exact_offsets(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    texts = {
        "a": "\u201cWe won,\u201d said Ana Ruiz.",
        "b": "Tom Berg called it \u201ca disgrace\u201d on Monday.",
        "c": "No quotes here.",
    }
    batch = tmp_path / "batch.jsonl"
    batch.write_text(
        "\n".join(json.dumps({"id": key, "text": value}) for key, value in texts.items()) + "\n",
        encoding="utf-8",
    )
    documents = run(["--jsonl", str(batch)], capsys)
    assert [d["id"] for d in documents] == ["a", "b", "c"]
    for document in documents:
        body = texts[str(document["id"])]
        for quote in document["quotes"]:  # type: ignore[attr-defined]
            assert body[quote["start"] : quote["end"]] == quote["text"]
    assert [q["speaker"] for q in documents[1]["quotes"]] == ["Tom Berg"]  # type: ignore[attr-defined]


def test_stdin_is_read_when_the_path_is_a_dash(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("\u201cYes,\u201d she said."))
    [document] = run(["-"], capsys)
    assert document["id"] == "-"
    assert [q["text"] for q in document["quotes"]] == ["Yes,"]  # type: ignore[attr-defined]
