"""Convert the CheckThat! claim-retrieval data (train and dev queries only) to JSONL.

Reads raw copies made with the session's fetch tool (never the network) and writes, per data set,
``corpus.jsonl`` (one verified claim a line) and ``queries.jsonl`` (gold rows in the format that
``shared/tools/claims/score_claims.py`` reads, with ``split`` = train | dev and ``gold`` holding
line indices into ``corpus.jsonl``).

The test queries of both labs are held out: this script knows no path to them and never opens them.

    python bench/convert_checkthat.py --raw /work/data/matching/raw --out /work/data/matching
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import re
import sys
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

csv.field_size_limit(sys.maxsize)

_2B = Path("clef2021/data/subtask-2b--english")
_2020 = Path("clef2020/v3.0")
_STATED = re.compile(r"stated on (\w+ \d{1,2}, \d{4})")
# transcript sentences of the query itself and of its neighbours make its context
_CONTEXT_LINES = 2


def write_jsonl(path: Path, rows: Iterable[dict[str, Any]]) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with path.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
    return n


def read_tsv(path: Path) -> Iterator[list[str]]:
    with path.open(encoding="utf-8", newline="") as f:
        yield from csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)


def read_qrels(path: Path) -> dict[str, list[str]]:
    qrels: dict[str, list[str]] = defaultdict(list)
    for row in read_tsv(path):
        if len(row) >= 4 and row[3].strip() == "1":
            qrels[row[0].strip()].append(row[2].strip())
    return qrels


def stated_date(text: str) -> str | None:
    m = _STATED.search(text)
    if not m:
        return None
    try:
        return dt.datetime.strptime(m.group(1), "%B %d, %Y").date().isoformat()
    except ValueError:
        return None


# ---------------------------------------------------------------- CheckThat! 2021 task 2B
def corpus_2b(raw: Path) -> list[dict[str, Any]]:
    rows = []
    for path in sorted((raw / _2B / "politifact-vclaims").glob("*.json")):
        v = json.loads(path.read_text(encoding="utf-8"))
        rows.append(
            {
                "id": v["vclaim_id"],
                "text": v["vclaim"],
                "title": v.get("title") or "",
                "body": v.get("text") or "",
                "speaker": v.get("speaker") or "",
                "date": stated_date(v.get("date") or ""),
                "verdict": v.get("truth_label") or "",
            }
        )
    return rows


def transcripts_2b(raw: Path) -> dict[str, list[tuple[str, str, str]]]:
    """Transcripts keyed by date: the query ids misspell the debate names, the dates are unique."""
    out = {}
    for path in sorted((raw / _2B / "v1/transcripts").glob("*.tsv")):
        lines = [(r[0].strip(), r[1].strip(), r[2].strip()) for r in read_tsv(path) if len(r) >= 3]
        out[path.name[:8]] = lines
    return out


def query_meta_2b(qid: str, transcripts: dict[str, list[tuple[str, str, str]]]) -> dict[str, Any]:
    day = qid[:8]
    date = f"{day[:4]}-{day[4:6]}-{day[6:]}"
    lines = transcripts.get(day, [])
    num = int(qid.rsplit("_", 1)[1])
    at = {int(n): i for i, (n, _, _) in enumerate(lines) if n.isdigit()}
    i = at.get(num)
    if i is None:
        return {"date": date, "speaker": "", "context": ""}
    lo, hi = max(0, i - _CONTEXT_LINES), i + _CONTEXT_LINES + 1
    context = " ".join(text for _, _, text in lines[lo:hi])
    return {"date": date, "speaker": lines[i][1], "context": context}


def queries_2b(raw: Path, corpus: list[dict[str, Any]]) -> list[dict[str, Any]]:
    texts = {r[0].strip(): r[1].strip() for r in read_tsv(raw / _2B / "v1/iclaims.queries")}
    index = {row["id"]: i for i, row in enumerate(corpus)}
    transcripts = transcripts_2b(raw)
    rows = []
    for split in ("train", "dev"):
        for qid, gold_ids in read_qrels(raw / _2B / f"v1/{split}.tsv").items():
            meta = query_meta_2b(qid, transcripts)
            rows.append(gold_row(qid, texts[qid], split, gold_ids, index, meta))
    return rows


def gold_row(
    qid: str,
    query: str,
    split: str,
    gold_ids: list[str],
    index: dict[str, int],
    meta: dict[str, Any],
) -> dict[str, Any]:
    return {
        "id": qid,
        "query": query,
        "split": split,
        "candidates_ref": "corpus.jsonl",
        "gold": [index[g] for g in gold_ids],
        "gold_ids": gold_ids,
        **meta,
    }


# ---------------------------------------------------------------- CheckThat! 2020 task 2
def corpus_2020(raw: Path) -> list[dict[str, Any]]:
    rows = []
    reader = read_tsv_quoted(raw / _2020 / "verified_claims.docs.tsv")
    next(reader)
    for r in reader:
        rows.append({"id": r[0], "text": r[1], "title": r[2] if len(r) > 2 else ""})
    return rows


def read_tsv_quoted(path: Path) -> Iterator[list[str]]:
    with path.open(encoding="utf-8", newline="") as f:
        yield from csv.reader(f, delimiter="\t")


def queries_2020(raw: Path, corpus: list[dict[str, Any]]) -> list[dict[str, Any]]:
    index = {row["id"]: i for i, row in enumerate(corpus)}
    rows = []
    for split in ("train", "dev"):
        reader = read_tsv_quoted(raw / _2020 / split / "tweets.queries.tsv")
        next(reader)
        texts = {r[0]: r[1] for r in reader}
        qrels = read_qrels(raw / _2020 / split / "tweet-vclaim-pairs.qrels")
        for qid, gold_ids in qrels.items():
            rows.append(gold_row(f"{split}-{qid}", texts[qid], split, gold_ids, index, {}))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--raw", type=Path, default=Path("/work/data/matching/raw"))
    ap.add_argument("--out", type=Path, default=Path("/work/data/matching"))
    args = ap.parse_args()
    for name, make_corpus, make_queries in (
        ("clef2021-2b", corpus_2b, queries_2b),
        ("clef2020-t2", corpus_2020, queries_2020),
    ):
        corpus = make_corpus(args.raw)
        queries = make_queries(args.raw, corpus)
        n_c = write_jsonl(args.out / name / "corpus.jsonl", corpus)
        n_q = write_jsonl(args.out / name / "queries.jsonl", queries)
        print(f"{name}: {n_c} verified claims, {n_q} train+dev queries")


if __name__ == "__main__":
    main()
