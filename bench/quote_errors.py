"""Where the quote extractor loses on PolNeAR train: each gold quote joined
with the system's by the scorer's own lenient matching and speaker test
(``/work/shared/tools/quotes/score_quotes.py``), the losses counted by kind.

    python -m verify.extraction --jsonl /work/data/polnear.jsonl > /tmp/q.jsonl
    python bench/quote_errors.py /tmp/q.jsonl [--show BUCKET] [--limit N]

Buckets: ``fp`` (a system quote matching no gold one), ``fn`` (a gold quote
matched by none), ``gold_null_we_name`` (gold has no speaker, we give one),
``named_we_none`` (gold names a speaker, we give none), ``named_via_pronoun``
(gold names a speaker, ours came from a pronoun and is wrong),
``named_other`` (any other wrong speaker for a named gold one) and
``pronoun_gold_wrong`` (gold's speaker is a pronoun and we match neither it
nor its mention). Train only: the data rules forbid reading dev errors.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
from collections import defaultdict
from pathlib import Path
from typing import Any

GOLD = Path("/work/data/polnear.jsonl")
SCORER = Path("/work/shared/tools/quotes/score_quotes.py")
_PRONOUN_MENTIONS = frozenset({"he", "she", "they", "him", "her", "them", "it", "we", "i", "you"})

Record = dict[str, Any]


def _scorer() -> Any:
    spec = importlib.util.spec_from_file_location("score_quotes", SCORER)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _load(path: Path) -> dict[str, Record]:
    with path.open(encoding="utf-8") as lines:
        records = (json.loads(line) for line in lines if line.strip())
        return {str(record["id"]): record for record in records}


def _bucket(scorer: Any, gold: Record, ours: Record) -> str | None:
    """The loss of one matched pair, or None when quote and speaker are right."""
    speaker, mention = ours.get("speaker"), ours.get("speaker_mention")
    wanted = gold.get("speaker")
    if wanted is None:
        return "gold_null_we_name" if speaker else None
    if scorer.speaker_match(wanted, speaker) or scorer.speaker_match(wanted, mention):
        return None
    if scorer.is_pronoun(wanted):
        return "pronoun_gold_wrong"
    if not speaker:
        return "named_we_none"
    if str(mention or "").lower() in _PRONOUN_MENTIONS:
        return "named_via_pronoun"
    return "named_other"


def buckets(system: Path) -> dict[str, list[tuple[str, Record | None, Record | None]]]:
    scorer = _scorer()
    gold_docs, ours_docs = _load(GOLD), _load(system)
    found: dict[str, list[tuple[str, Record | None, Record | None]]] = defaultdict(list)
    for doc_id, doc in gold_docs.items():
        if not doc_id.startswith("polnear/train/"):
            continue
        gold, ours = doc["quotes"], ours_docs.get(doc_id, {}).get("quotes", [])
        pairs = scorer.match(gold, ours, True)
        for gold_index, our_index in pairs:
            name = _bucket(scorer, gold[gold_index], ours[our_index])
            if name is not None:
                found[name].append((doc_id, gold[gold_index], ours[our_index]))
        matched_gold = {g for g, _ in pairs}
        matched_ours = {o for _, o in pairs}
        found["fp"] += [(doc_id, None, q) for i, q in enumerate(ours) if i not in matched_ours]
        found["fn"] += [(doc_id, q, None) for i, q in enumerate(gold) if i not in matched_gold]
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("system", type=Path, help="the extractor's output on polnear.jsonl")
    parser.add_argument("--show", help="print the cases of one bucket with their context")
    parser.add_argument("--limit", type=int, default=30)
    args = parser.parse_args()
    found = buckets(args.system)
    for name, cases in sorted(found.items(), key=lambda item: -len(item[1])):
        print(f"{name:20} {len(cases)}")
    if not args.show:
        return
    texts = {doc_id: str(doc["text"]) for doc_id, doc in _load(GOLD).items()}
    for doc_id, gold, ours in found.get(args.show, [])[: args.limit]:
        quote = gold or ours
        assert quote is not None
        text, start, end = texts[doc_id], quote["start"], quote["end"]
        print(f"-- {doc_id}")
        if gold is not None:
            print(f"   gold: {gold.get('speaker')!r} ({gold.get('kind')})")
        if ours is not None:
            print(f"   ours: {ours.get('speaker')!r} / {ours.get('speaker_mention')!r}", end="")
            print(f" cue {ours.get('cue')!r} ({ours.get('kind')})")
        print(f"   {text[max(0, start - 120) : start]!r} [[{text[start:end]}]]")


if __name__ == "__main__":
    main()
