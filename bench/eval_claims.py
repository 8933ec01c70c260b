"""Measure the claim stage.

    python bench/eval_claims.py [--data /work/data/checkworthiness]
                                [--polnear /work/data/polnear-indirect.jsonl] [--split dev]

1. Check-worthiness with the shipped model on CT24 English dev and on the CT19/CT20
   events held apart from training (see bench/checkworthiness_data.py), scored by
   the lab's measures with ``/work/shared/tools/claims/score_claims.py``.
2. Reported speech on PolNeAR (``polnear_to_jsonl.py --include-indirect``): of the
   gold contents without quote marks ("indirect"), the share that an attributed
   claim covers (overlap of at least 0.3 of the gold content) and, of those, the
   share whose claimant is right (its mention overlaps the gold source span, or it
   names the same person: the gold source's last word is in the claimant's name).
3. Scoring speed of the check-worthiness model, per sentence.

No test split is read. Outputs go to bench/results/ (never committed).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from checkworthiness_data import DEFAULT_DATA, Sentence, read_ct24, read_ct1920

from verify.extraction import checkworthiness
from verify.extraction.pipeline import extract
from verify.extraction.types import Claim

SCORER = Path("/work/shared/tools/claims/score_claims.py")
RESULTS = Path(__file__).resolve().parent / "results"
MIN_OVERLAP = 0.3


def score_checkworthiness(name: str, rows: Sequence[Sentence]) -> None:
    RESULTS.mkdir(exist_ok=True)
    gold, system = RESULTS / f"{name}-gold.jsonl", RESULTS / f"{name}-system.jsonl"
    scores = checkworthiness.score_all(r.text for r in rows)
    with gold.open("w", encoding="utf-8") as g, system.open("w", encoding="utf-8") as s:
        for row, score in zip(rows, scores, strict=True):
            g.write(json.dumps({"id": row.id, "doc": row.doc, "label": row.label}) + "\n")
            s.write(json.dumps({"id": row.id, "score": score}) + "\n")
    print(f"== {name}", flush=True)
    subprocess.run([sys.executable, str(SCORER), str(gold), str(system)], check=True)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _claimant_right(claim: Claim, gold: dict[str, object]) -> bool:
    span = gold.get("speaker_span")
    if (
        claim.claimant_span
        and isinstance(span, list)
        and _overlap(claim.claimant_span, (span[0], span[1]))
    ):
        return True
    speaker = str(gold.get("speaker") or "").split()
    names = f"{claim.claimant or ''} {claim.claimant_mention or ''}".lower().split()
    return bool(speaker) and speaker[-1].lower().strip(".,'\u2019s") in names


def _covering_claim(claims: Sequence[Claim], start: int, end: int) -> Claim | None:
    need = MIN_OVERLAP * (end - start)
    best = max(claims, key=lambda c: _overlap((c.start, c.end), (start, end)), default=None)
    if best is None or _overlap((best.start, best.end), (start, end)) < need:
        return None
    return best


def score_polnear(path: Path, split: str) -> None:
    articles = [json.loads(line) for line in path.open(encoding="utf-8")]
    articles = [a for a in articles if a["meta"]["split"] == split]
    gold_n = found = right = 0
    for article in articles:
        attributed = [c for c in extract(article["text"]).claims if c.claimant is not None]
        for gold in article["quotes"]:
            if gold["kind"] != "indirect":
                continue
            gold_n += 1
            claim = _covering_claim(attributed, gold["start"], gold["end"])
            if claim is not None:
                found += 1
                right += _claimant_right(claim, gold)
    print(f"== PolNeAR {split}: {len(articles)} articles, {gold_n} reported-speech contents")
    print(
        f"  recall (attributed claim covers >= {MIN_OVERLAP} of the content) {found / gold_n:.4f}"
    )
    print(
        f"  claimant right among those found                            {right / max(found, 1):.4f}"
    )


def time_scoring(rows: Sequence[Sentence]) -> None:
    texts = [r.text for r in rows]
    checkworthiness.score_all(texts[:10])
    # CPU time of this process, best of five: other load on the machine counts less
    runs = []
    for _ in range(5):
        began = time.process_time()
        checkworthiness.score_all(texts)
        runs.append((time.process_time() - began) / len(texts))
    print(
        f"== speed: {min(runs) * 1e6:.1f} microseconds of CPU per sentence "
        f"(best of 5 runs over {len(texts)} sentences)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--polnear", type=Path, default=Path("/work/data/polnear-indirect.jsonl"))
    parser.add_argument("--split", default="dev", choices=("train", "dev"))
    args = parser.parse_args()
    ct24 = read_ct24(args.data, "dev")
    score_checkworthiness("ct24-dev", ct24)
    score_checkworthiness("ct1920-held-apart", read_ct1920(args.data, held_apart=True))
    score_polnear(args.polnear, args.split)
    time_scoring(ct24)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
