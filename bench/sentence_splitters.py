"""Sentence splitters on news text: hard cases and speed, side by side.

    python bench/sentence_splitters.py

Compares verify.extraction.segmentation (hand-written) with nupunkt, pysbd
(one paragraph at a time, as its authors advise for long text) and spaCy's
rule-based sentencizer, when they are installed (requirements-bench.txt).
Cases are short texts written for this file: abbreviations, initials,
decimals, quotes spanning sentences and speech tags after a quote. Speed is
measured on the same corpus as bench/extraction.py.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

Splitter = Callable[[str], list[str]]

# (text, expected sentences)
CASES: list[tuple[str, list[str]]] = [
    ("Sen. Ann Lee spoke. She left.", ["Sen. Ann Lee spoke.", "She left."]),
    (
        "Mr. and Mrs. Smith arrived at 5 p.m. on Monday.",
        ["Mr. and Mrs. Smith arrived at 5 p.m. on Monday."],
    ),
    ("J. K. Rowling wrote it. Fans cheered.", ["J. K. Rowling wrote it.", "Fans cheered."]),
    ("Prices rose 4.5% in May. Rents fell.", ["Prices rose 4.5% in May.", "Rents fell."]),
    ("He moved to Washington, D.C. in 2019.", ["He moved to Washington, D.C. in 2019."]),
    ("The U.S. Senate voted. The House did not.", ["The U.S. Senate voted.", "The House did not."]),
    (
        "Gov. Tom Hale (R-Tex.) agreed. Others did not.",
        ["Gov. Tom Hale (R-Tex.) agreed.", "Others did not."],
    ),
    ("\u201cWe won.\u201d He smiled.", ["\u201cWe won.\u201d", "He smiled."]),
    (
        "\u201cI hope it works. It might,\u201d Ana wrote.",
        ["\u201cI hope it works.", "It might,\u201d Ana wrote."],
    ),
    (
        "She asked: \u201cWhy now?\u201d Nobody answered.",
        ["She asked: \u201cWhy now?\u201d", "Nobody answered."],
    ),
    ("It cost $3.2 billion. That is a lot.", ["It cost $3.2 billion.", "That is a lot."]),
    ("Dr. Lee, 54, of St. Louis, said no.", ["Dr. Lee, 54, of St. Louis, said no."]),
    ("Wait... what happened? Nobody knows!", ["Wait... what happened?", "Nobody knows!"]),
    (
        "The vote was 5-4. Judge A. Ruiz dissented.",
        ["The vote was 5-4.", "Judge A. Ruiz dissented."],
    ),
    (
        "He arrived Jan. 5 and left Feb. 9. Then he returned.",
        ["He arrived Jan. 5 and left Feb. 9.", "Then he returned."],
    ),
    (
        "Talks stalled\nNegotiators met again on Friday.",
        ["Talks stalled", "Negotiators met again on Friday."],
    ),
]


def ours() -> Splitter:
    sys.path.insert(0, str(ROOT))
    from verify.extraction.segmentation import sentences

    return lambda text: [text[s.start : s.end] for s in sentences(text)]


def nupunkt_splitter() -> Splitter:
    import nupunkt

    def split(text: str) -> list[str]:
        return [str(s).strip() for s in nupunkt.sent_tokenize(text) if str(s).strip()]

    return split


def pysbd_splitter() -> Splitter:
    import pysbd

    segmenter = pysbd.Segmenter(language="en", clean=False)

    def split(text: str) -> list[str]:
        out: list[str] = []
        for paragraph in text.split("\n"):
            out.extend(s.strip() for s in segmenter.segment(paragraph) if s.strip())
        return out

    return split


def spacy_splitter() -> Splitter:
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return lambda text: [s.text.strip() for s in nlp(text).sents if s.text.strip()]


def corpus() -> tuple[str, list[str]]:
    sys.path.insert(0, str(ROOT / "bench"))
    from extraction import DEFAULT_CORPUS, load_corpus

    loaded: tuple[str, list[str]] = load_corpus(DEFAULT_CORPUS)
    return loaded


def main() -> int:
    source, texts = corpus()
    words = sum(len(text.split()) for text in texts)
    print(
        f"cases: {len(CASES)} written for this file; speed corpus: {source}, {len(texts)} articles"
    )
    factories = [
        ("verify segmentation", ours),
        ("nupunkt", nupunkt_splitter),
        ("pysbd (per paragraph)", pysbd_splitter),
        ("spaCy blank('en') + sentencizer", spacy_splitter),
    ]
    for name, factory in factories:
        try:
            split = factory()
        except ImportError:
            print(f"{name:<34} not installed")
            continue
        passed = sum(split(text) == expected for text, expected in CASES)
        started = time.perf_counter()
        for text in texts:
            split(text)
        seconds = time.perf_counter() - started
        print(
            f"{name:<34} cases {passed:>2}/{len(CASES)}  "
            f"{len(texts) / seconds:>8.1f} articles/s  {words / seconds:>10,.0f} words/s"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
