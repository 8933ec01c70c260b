"""Command line: ``python -m verify.extraction [--jsonl] [FILE|-]``.

Prints one JSON object per document and line (the extraction contract in
PRODUCT.md).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from verify.extraction.pipeline import extract


def _documents(path: str, jsonl: bool) -> Iterator[tuple[str, str]]:
    with sys.stdin if path == "-" else open(path, encoding="utf-8") as stream:
        if not jsonl:
            yield ("-" if path == "-" else Path(path).name), stream.read()
            return
        for line in stream:
            if line.strip():
                record = json.loads(line)
                yield str(record["id"]), record["text"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m verify.extraction")
    parser.add_argument("--jsonl", action="store_true", help="one JSON document per line")
    parser.add_argument("path", nargs="?", default="-", help="a text file, or - for stdin")
    args = parser.parse_args(argv)
    for doc_id, text in _documents(args.path, args.jsonl):
        print(json.dumps(extract(text).as_contract(doc_id), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
