"""Speed and memory of the extractor, beside a spaCy reference, on one core.

    python bench/extraction.py [--repeat 3] [--corpus PATH]

Corpus: the PolNeAR dev texts in /work/data/polnear.jsonl when present (see
README.md, "How good is the extractor"), else the seed article repeated with light variations.
The output says which. Figures are printed and written to
bench/results/extraction.json (git-ignored).

Reference: spaCy's tokenizer with its rule-based sentencizer
(``spacy.blank("en")`` + ``sentencizer``, no model download), from
requirements-bench.txt. Each pipeline is timed over the whole corpus
``--repeat`` times in this process (best run reported). Peak memory is the
peak resident set of a fresh process running the pipeline over the corpus
once and three times (growth with the number of articles shows as the
difference), plus the tracemalloc peak of the Python heap for one pass.
"""

from __future__ import annotations

import argparse
import gc
import json
import re
import resource
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]

DEFAULT_CORPUS = Path("/work/data/polnear.jsonl")
SEED = ROOT / "seeds" / "000_68572fa5849bac55.txt"
RESULTS = ROOT / "bench" / "results" / "extraction.json"


def load_corpus(path: Path) -> tuple[str, list[str]]:
    if path.exists():
        texts = []
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                if (record.get("meta") or {}).get("split", "dev") == "dev":
                    texts.append(record["text"])
        return f"PolNeAR dev texts from {path}", texts
    return "the seed article repeated with light variations (PolNeAR not present)", _seed_variants()


def _seed_variants(count: int = 200) -> list[str]:
    seed = SEED.read_text(encoding="utf-8")
    names = ["Trump", "Biden", "Macron", "Scholz", "Meloni"]
    variants = []
    for number in range(count):
        text = seed.replace("Trump", names[number % len(names)])
        text = re.sub(r"\b(nine|three)\b", str(number % 17 + 2), text)
        variants.append(text)
    return variants


def spacy_reference() -> Callable[[list[str]], None]:
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")

    def run(texts: list[str]) -> None:
        for doc in nlp.pipe(texts, batch_size=64):
            for _ in doc.sents:
                pass

    return run


def per_article(function: Callable[[str], object]) -> Callable[[list[str]], None]:
    def run(texts: list[str]) -> None:
        for text in texts:
            function(text)

    return run


def timed(run: Callable[[list[str]], None], texts: list[str], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        started = time.perf_counter()
        run(texts)
        best = min(best, time.perf_counter() - started)
    return best


def peak_memory(run: Callable[[list[str]], None], texts: Iterable[str]) -> int:
    batch = list(texts)
    gc.collect()
    tracemalloc.start()
    run(batch)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak


def measure(
    key: str, run: Callable[[list[str]], None], texts: list[str], words: int, args: Any
) -> dict[str, Any]:
    run(texts[:20])  # warm-up: imports, regex caches
    seconds = timed(run, texts, args.repeat)
    return {
        "pipeline": PIPELINES[key],
        "seconds": round(seconds, 3),
        "articles_per_second": round(len(texts) / seconds, 1),
        "words_per_second": round(words / seconds),
        "python_heap_peak_mib": round(peak_memory(run, texts) / 2**20, 2),
        "process_peak_rss_mib_corpus_once": rss_of(key, 1, args.corpus),
        "process_peak_rss_mib_corpus_three_times": rss_of(key, 3, args.corpus),
    }


PIPELINES = {
    "quotes": "verify quotes (extract_quotes)",
    "full": "verify full extractor (extract: quotes + claims)",
    "spacy": "spaCy blank('en') + sentencizer",
}


def build(key: str) -> Callable[[list[str]], None]:
    # imported here so that ``python bench/extraction.py`` works from the project root
    sys.path.insert(0, str(ROOT))
    from verify.extraction import extract
    from verify.extraction.quotes import extract_quotes

    if key == "quotes":
        return per_article(extract_quotes)
    if key == "full":
        return per_article(extract)
    return spacy_reference()


def rss_of(key: str, times: int, corpus: Path) -> float:
    """Peak resident memory of a fresh process running one pipeline over the
    corpus ``times`` times (C allocations included, unlike tracemalloc)."""
    command = [
        sys.executable,
        __file__,
        "--rss",
        key,
        "--times",
        str(times),
        "--corpus",
        str(corpus),
    ]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return float(output.strip())


def print_rss(key: str, times: int, corpus: Path) -> None:
    _, texts = load_corpus(corpus)
    run = build(key)
    for _ in range(times):
        run(texts)
    # ru_maxrss is in KiB on Linux
    print(round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--rss", choices=sorted(PIPELINES), help=argparse.SUPPRESS)
    parser.add_argument("--times", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.rss:
        print_rss(args.rss, args.times, args.corpus)
        return 0
    source, texts = load_corpus(args.corpus)
    words = sum(len(text.split()) for text in texts)
    results = {
        "corpus": source,
        "articles": len(texts),
        "words": words,
        "mean_words_per_article": round(words / len(texts)),
        "repeat": args.repeat,
        "python": sys.version.split()[0],
        "pipelines": [measure(key, build(key), texts, words, args) for key in PIPELINES],
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    print(
        f"corpus: {source}: {len(texts)} articles, {results['mean_words_per_article']} words each"
    )
    for row in results["pipelines"]:
        print(
            f"{row['pipeline']:<50} {row['articles_per_second']:>8.1f} articles/s "
            f"{row['words_per_second']:>9,} words/s  peak RSS "
            f"{row['process_peak_rss_mib_corpus_once']:.0f} MiB "
            f"(corpus x3: {row['process_peak_rss_mib_corpus_three_times']:.0f} MiB), "
            f"Python heap peak {row['python_heap_peak_mib']:.1f} MiB"
        )
    print(f"written to {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
