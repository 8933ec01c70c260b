"""Rebuild the learned reporting-cue words from PolNeAR train.

    python bench/train_cue_words.py [--raw /work/data/polnear/data]
                                    [--min-count 3] [--min-share 0.25]

The claim stage's reporting verbs are a hand-written list; this adds the words
that PolNeAR's annotators often marked as the cue of an attribution whose source
is given and whose content is a proposition (it holds a finite verb in the
corpus's CoreNLP parse: "she conceded [the plan had failed]"). A word is kept
when it was such a cue at least ``--min-count`` times and in at least
``--min-share`` of its occurrences in the train articles. Only the train split is
read; the two thresholds were chosen on dev (bench/eval_claims.py). Output:
``verify/extraction/models/cue_words.json`` (each word with both counts).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench.eval_claims import DEFAULT_RAW, finite_verbs
from verify.extraction.reports import CUE_PHRASES, CUE_WORDS_PATH, HAND_CUE_WORDS

# "according to" and two-word cues ("pointed out") have rules of their own
HANDLED_ELSEWHERE = frozenset(("according", *CUE_PHRASES))
_TOKEN = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
# a text-bound annotation: id, label and fragments, the covered text
_SPAN = re.compile(r"(T\d+)\t(\w+) ([\d ;]+)\t")


def _spans(fragments: str) -> list[tuple[int, int]]:
    pairs = (part.split() for part in fragments.split(";"))
    return [(int(a), int(b)) for a, b in pairs]


def attributions(path: Path) -> list[dict[str, list[tuple[int, int]]]]:
    """Attributions of one brat file: role -> fragments."""
    lines = path.read_text(encoding="utf-8").splitlines()
    spans = {m[1]: _spans(m[3]) for line in lines if (m := _SPAN.match(line))}
    events = []
    for line in lines:
        if not line.startswith("E"):
            continue
        roles: dict[str, list[tuple[int, int]]] = {}
        for argument in line.split("\t")[1].split():
            role, ref = argument.split(":")
            roles.setdefault(role.rstrip("0123456789"), []).extend(spans.get(ref, []))
        events.append(roles)
    return events


def _annotator_files(folder: Path) -> dict[str, Path]:
    # one annotator per article, the first in name order (as in the converted JSONL)
    files: dict[str, Path] = {}
    for path in sorted(folder.glob("*.ann")):
        files.setdefault(path.stem.rsplit("_", 1)[0], path)
    return files


def count(raw: Path) -> tuple[Counter[str], Counter[str]]:
    """How often each lower-case word is a propositional cue, and occurs."""
    cue, seen = Counter[str](), Counter[str]()
    annotated = _annotator_files(raw / "train" / "attributions")
    for text_path in sorted((raw / "train" / "text").glob("*.txt")):
        name = text_path.stem
        verbs = finite_verbs(raw, f"polnear/train/{name}")
        if verbs is None or name not in annotated:
            continue
        text = text_path.read_text(encoding="utf-8")
        verb_set = set(verbs)
        starts: set[int] = set()
        for roles in attributions(annotated[name]):
            content = roles.get("Content", [])
            if not roles.get("Source") or not any(
                any(a <= v < b for v in verb_set) for a, b in content
            ):
                continue
            for a, b in roles.get("Cue", []):
                starts.update(m.start() for m in _TOKEN.finditer(text, a, b))
        for match in _TOKEN.finditer(text):
            word = match.group().lower()
            seen[word] += 1
            cue[word] += match.start() in starts
    return cue, seen


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--raw", type=Path, default=DEFAULT_RAW)
    parser.add_argument("--min-count", type=int, default=3)
    parser.add_argument("--min-share", type=float, default=0.25)
    args = parser.parse_args()
    cue, seen = count(args.raw)
    kept = {
        word: [cue[word], seen[word]]
        for word in sorted(cue)
        if cue[word] >= args.min_count
        and cue[word] >= args.min_share * seen[word]
        and word not in HAND_CUE_WORDS
        and word not in HANDLED_ELSEWHERE
        # an adverb modifies a cue ("pointedly"), it is not one
        and not word.endswith("ly")
    }
    lines = (f"{json.dumps(word)}: {counts}" for word, counts in kept.items())
    CUE_WORDS_PATH.write_text("{\n" + ",\n".join(lines) + "\n}\n", encoding="utf-8")
    print(f"{len(kept)} words -> {CUE_WORDS_PATH}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
