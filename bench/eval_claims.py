"""Measure the claim stage.

    python bench/eval_claims.py [--data /work/data/checkworthiness] [--polnear-raw DIR]
                                [--polnear /work/data/polnear-indirect.jsonl] [--split dev]

1. Check-worthiness with the shipped model on CT24 English dev and on the CT19/CT20
   events held apart from training (see bench/checkworthiness_data.py), scored by
   the lab's measures with ``/work/shared/tools/claims/score_claims.py``.
2. Reported speech on PolNeAR (``polnear_to_jsonl.py --include-indirect``). The gold
   is every content without quote marks ("indirect") whose attribution has a source;
   the ~11 % with no source ("is seen as ...", "appears ...") have no claimant to find,
   and a null claimant is right for them. Recall: the share of gold contents that an
   attributed claim covers (overlap of at least 0.3 of the gold content). It is given
   for all of them and for the propositional ones, whose content holds a finite verb in
   PolNeAR's own CoreNLP parse ("Clinton said [the plan would fail]"): the others are
   mostly objects of actions ("Cruz voted against [a measure ...]", "released [their
   totals]"), which are the article's own claims, not reported speech. Claimant right,
   among the covered contents: the claimant's mention overlaps the gold source span, or
   the claimant (or its mention) matches the gold source by the speaker rule of
   ``/work/shared/tools/quotes/score_quotes.py`` ("Trump" ~ "Donald Trump"). Against
   flooding: attributed claims per article, and the share of them that cover some gold
   attribution content (any kind).
3. Scoring speed of the check-worthiness model, per sentence.

No test split is read. Outputs go to bench/results/ (never committed).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import subprocess
import sys
import time
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from checkworthiness_data import DEFAULT_DATA, Sentence, read_ct24, read_ct1920

from verify.extraction import checkworthiness
from verify.extraction.pipeline import extract
from verify.extraction.types import Claim

SCORER = Path("/work/shared/tools/claims/score_claims.py")
SPEAKER_SCORER = Path("/work/shared/tools/quotes/score_quotes.py")
# raw PolNeAR (its CoreNLP parses tell which contents are propositions)
DEFAULT_RAW = Path("/work/data/polnear/data")
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


def _speaker_match() -> Callable[[str | None, str | None], bool]:
    spec = importlib.util.spec_from_file_location("score_quotes", SPEAKER_SCORER)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    match: Callable[[str | None, str | None], bool] = module.speaker_match
    return match


def _claimant_right(
    claim: Claim, gold: dict[str, object], match: Callable[[str | None, str | None], bool]
) -> bool:
    span = gold.get("speaker_span")
    if (
        claim.claimant_span
        and isinstance(span, list)
        and _overlap(claim.claimant_span, (span[0], span[1]))
    ):
        return True
    speaker = str(gold["speaker"])
    return match(speaker, claim.claimant) or match(speaker, claim.claimant_mention)


def _covering_claim(claims: Sequence[Claim], start: int, end: int) -> Claim | None:
    need = MIN_OVERLAP * (end - start)
    best = max(claims, key=lambda c: _overlap((c.start, c.end), (start, end)), default=None)
    if best is None or _overlap((best.start, best.end), (start, end)) < need:
        return None
    return best


_CORENLP_TOKEN = re.compile(
    r"<CharacterOffsetBegin>(\d+)</CharacterOffsetBegin>\s*"
    r"<CharacterOffsetEnd>\d+</CharacterOffsetEnd>\s*<POS>(VBD|VBZ|VBP|MD)</POS>"
)


def finite_verbs(raw: Path, doc_id: str) -> list[int] | None:
    """Offsets of the finite verbs of a PolNeAR article in its CoreNLP parse
    (None where the corpus has no parse for it)."""
    split, name = doc_id.split("/")[1:]
    path = raw / split / "corenlp" / f"{name}.txt.xml"
    if not path.exists():
        return None
    return [int(m.group(1)) for m in _CORENLP_TOKEN.finditer(path.read_text(encoding="utf-8"))]


def _propositional(verbs: list[int], start: int, end: int) -> bool:
    at = bisect_left(verbs, start)
    return at < len(verbs) and verbs[at] < end


@dataclass
class PolnearCounts:
    articles: int = 0
    gold: int = 0
    sourced: int = 0
    propositional: int = 0
    found_any: int = 0
    found: int = 0
    found_propositional: int = 0
    right: int = 0
    attributed: int = 0
    attributed_supported: int = 0
    cpu: float = 0.0
    no_parse: list[str] = field(default_factory=list)


def score_polnear(path: Path, split: str, raw: Path = DEFAULT_RAW) -> PolnearCounts:
    match = _speaker_match()
    counts = PolnearCounts()
    for line in path.open(encoding="utf-8"):
        article = json.loads(line)
        if article["meta"]["split"] != split:
            continue
        counts.articles += 1
        began = time.process_time()
        claims = extract(article["text"]).claims
        counts.cpu += time.process_time() - began
        attributed = [c for c in claims if c.claimant is not None]
        golds = article["quotes"]
        counts.attributed += len(attributed)
        counts.attributed_supported += sum(
            any(_covering_claim([c], g["start"], g["end"]) for g in golds) for c in attributed
        )
        verbs = finite_verbs(raw, article["id"])
        if verbs is None:
            counts.no_parse.append(article["id"])
        for gold in golds:
            if gold["kind"] != "indirect":
                continue
            counts.gold += 1
            claim = _covering_claim(attributed, gold["start"], gold["end"])
            counts.found_any += claim is not None
            if not gold.get("speaker"):
                continue
            counts.sourced += 1
            propositional = verbs is not None and _propositional(verbs, gold["start"], gold["end"])
            counts.propositional += propositional
            if claim is not None:
                counts.found += 1
                counts.found_propositional += propositional
                counts.right += _claimant_right(claim, gold, match)
    return counts


def print_polnear(split: str, c: PolnearCounts) -> None:
    print(
        f"== PolNeAR {split}: {c.articles} articles, {c.gold} contents without quote marks, "
        f"{c.sourced} with a source, {c.propositional} of them propositional"
    )
    rows = (
        (f"recall, contents with a source (covered >= {MIN_OVERLAP})", c.found, c.sourced),
        ("recall, propositional contents", c.found_propositional, c.propositional),
        ("recall, all contents (sources or not)", c.found_any, c.gold),
        ("claimant right among those found (with a source)", c.right, c.found),
        ("attributed claims covering a gold content", c.attributed_supported, c.attributed),
    )
    for label, part, whole in rows:
        print(f"  {label:<52} {part / whole if whole else 0.0:.4f}")
    print(
        f"  attributed claims per article {c.attributed / c.articles:.1f} "
        f"(gold contents with a source: {c.sourced / c.articles:.1f})"
    )
    print(f"  extractor CPU time {c.cpu / c.articles * 1000:.2f} ms per article")
    if c.no_parse:
        print(f"  no CoreNLP parse (no propositional contents counted): {', '.join(c.no_parse)}")


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
    parser.add_argument("--polnear-raw", type=Path, default=DEFAULT_RAW)
    parser.add_argument("--split", default="dev", choices=("train", "dev"))
    args = parser.parse_args()
    ct24 = read_ct24(args.data, "dev")
    score_checkworthiness("ct24-dev", ct24)
    score_checkworthiness("ct1920-held-apart", read_ct1920(args.data, held_apart=True))
    print_polnear(args.split, score_polnear(args.polnear, args.split, args.polnear_raw))
    time_scoring(ct24)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
