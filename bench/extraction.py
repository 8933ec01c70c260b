"""Speed and memory of the extractor, beside a spaCy reference, on one core.

    python bench/extraction.py [--repeat 3] [--corpus PATH]

Corpus: the PolNeAR dev texts in /work/data/polnear.jsonl when present (see
README.md, "How good is the extractor"), else the seed article repeated with light variations.
The output says which. Figures are printed and written to
bench/results/extraction.json (git-ignored).

Reference: spaCy's tokenizer with its rule-based sentencizer
(``spacy.blank("en")`` + ``sentencizer``, no model download), from
requirements-bench.txt. Time is CPU time of this process
(``time.process_time``: the machine's other jobs do not count), over the same
texts for every pipeline. After one warm-up pass each, the pipelines take
turns: ``--repeat`` rounds, each timing every pipeline once over the whole
corpus, in a rotated order; the best round of each pipeline is reported.
Peak memory is the peak resident set of a fresh process that imports only the
pipeline it runs, over the corpus once and three times (growth with the
number of articles shows as the difference), beside a fresh process that
loads the corpus and runs nothing (the baseline); plus the tracemalloc peak
of the Python heap for one pass.
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


def timed(
    runs: dict[str, Callable[[list[str]], None]], texts: list[str], repeat: int
) -> dict[str, float]:
    """Best CPU seconds of each pipeline over ``texts``, the pipelines taking
    turns so that a change in the machine's load touches them all alike."""
    best = dict.fromkeys(runs, float("inf"))
    keys = list(runs)
    for round_number in range(repeat):
        shift = round_number % len(keys)
        for key in keys[shift:] + keys[:shift]:
            gc.collect()
            started = time.process_time()
            runs[key](texts)
            best[key] = min(best[key], time.process_time() - started)
    return best


def peak_memory(run: Callable[[list[str]], None], texts: Iterable[str]) -> int:
    batch = list(texts)
    gc.collect()
    tracemalloc.start()
    run(batch)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak


def measure(texts: list[str], words: int, args: Any) -> list[dict[str, Any]]:
    runs = {key: build(key) for key in PIPELINES}
    for run in runs.values():
        run(texts)  # warm-up: imports, model load, regex and lookup caches
    seconds = timed(runs, texts, args.repeat)
    return [
        {
            "pipeline": PIPELINES[key],
            "cpu_seconds": round(seconds[key], 3),
            "cpu_ms_per_article": round(seconds[key] / len(texts) * 1000, 2),
            "articles_per_cpu_second": round(len(texts) / seconds[key], 1),
            "words_per_cpu_second": round(words / seconds[key]),
            "python_heap_peak_mib": round(peak_memory(runs[key], texts) / 2**20, 2),
            "process_peak_rss_mib_corpus_once": rss_of(key, 1, args.corpus),
            "process_peak_rss_mib_corpus_three_times": rss_of(key, 3, args.corpus),
        }
        for key in PIPELINES
    ]


PIPELINES = {
    "quotes": "verify quotes (extract_quotes)",
    "full": "verify full extractor (extract: quotes + claims)",
    "spacy": "spaCy blank('en') + sentencizer",
}


def build(key: str) -> Callable[[list[str]], None]:
    """The pipeline ``key``, importing only what it needs (a fresh process
    measuring one pipeline's memory carries no other's modules)."""
    if key == "spacy":
        return spacy_reference()
    _importable_root()
    if key == "quotes":
        from verify.extraction.quotes import extract_quotes

        return per_article(extract_quotes)
    if key == "full":
        from verify.extraction import extract

        return per_article(extract)
    return per_article(len)  # "none": the baseline process


def _importable_root() -> None:
    """Makes ``verify`` importable from the project root when the benchmark is
    run as ``python bench/extraction.py``. Appended, not prepended: a copy
    given on PYTHONPATH (a compiled one, say) comes first."""
    if str(ROOT) not in sys.path:
        sys.path.append(str(ROOT))


def variant() -> str:
    """Whether the extractor's modules are pure Python or compiled extensions."""
    _importable_root()
    import verify.extraction.pipeline

    path = Path(verify.extraction.pipeline.__file__ or "")
    kind = "pure Python" if path.suffix == ".py" else "compiled"
    return f"{kind} ({path.name}), CPython {sys.version.split()[0]}"


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
    print(round(peak_rss_kib() / 1024, 1))


def peak_rss_kib() -> int:
    """This process's peak resident set. Linux's VmHWM, not ru_maxrss: a child
    started from this benchmark inherits the parent's ru_maxrss through fork
    and exec, so it would report the parent's peak (spaCy and all) instead."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--rss", choices=[*sorted(PIPELINES), "none"], help=argparse.SUPPRESS)
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
        "extractor": variant(),
        "pipelines": measure(texts, words, args),
        "baseline_process_peak_rss_mib": rss_of("none", 1, args.corpus),
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    print(
        f"corpus: {source}: {len(texts)} articles, {results['mean_words_per_article']} words each"
    )
    print(f"extractor: {results['extractor']}; CPU time, best of {args.repeat} alternating rounds")
    for row in results["pipelines"]:
        print(
            f"{row['pipeline']:<50} {row['cpu_ms_per_article']:>6.2f} ms/article "
            f"{row['articles_per_cpu_second']:>8.1f} articles/s "
            f"{row['words_per_cpu_second']:>9,} words/s  peak RSS "
            f"{row['process_peak_rss_mib_corpus_once']:.0f} MiB "
            f"(corpus x3: {row['process_peak_rss_mib_corpus_three_times']:.0f} MiB), "
            f"Python heap peak {row['python_heap_peak_mib']:.1f} MiB"
        )
    rows = {row["pipeline"]: row for row in results["pipelines"]}
    ratio = rows[PIPELINES["spacy"]]["cpu_seconds"] / rows[PIPELINES["full"]]["cpu_seconds"]
    print(f"full extractor speed / spaCy reference speed: {ratio:.2f}")
    print(
        f"baseline process (corpus loaded, nothing run): "
        f"{results['baseline_process_peak_rss_mib']:.0f} MiB peak RSS"
    )
    print(f"written to {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
