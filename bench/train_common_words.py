"""Rebuild the list of ordinary English words the entity index reads names against.

    python bench/train_common_words.py [--data /work/data/checkworthiness]
                                       [--min-count 2] [--max-capital-share 0.05]

A capitalised word at the start of a sentence ("Similar firearms sell for $200.")
looks like a name to the index, which reads names by capitalisation. A word the
speakers of the CheckThat! debates and speeches (CT24 train and the CT19/CT20
transcripts that are not held apart) write in lower case inside a sentence at
least ``--min-count`` times, and capitalised there in at most
``--max-capital-share`` of those times, is an ordinary word ("similar", "very",
"transcript"), not a name ("Bush", "Brown", "Trump" are capitalised far more
often than not). Only mid-sentence words count: a sentence's first word is
capitalised by its place. No PolNeAR text is read, so the list is independent of
the quote benchmark. Output: ``verify/extraction/models/common_words.txt``, one word
per line.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench.checkworthiness_data import DEFAULT_DATA, read_ct24, read_ct1920
from verify.extraction.common_words import COMMON_WORDS_PATH

_WORD = re.compile(r"[A-Za-z]+(?:['\u2019-][A-Za-z]+)*")
# what may stand between a sentence's end and its next word
_OPENING = " \"\u201c'("


def count_cases(sentences: Iterable[str]) -> tuple[Counter[str], Counter[str]]:
    """Per lower-cased word: how often it is written in lower case, and how
    often capitalised ("Similar"), inside a sentence."""
    lower: Counter[str] = Counter()
    capital: Counter[str] = Counter()
    for text in sentences:
        for match in _WORD.finditer(text):
            before = text[: match.start()].rstrip(_OPENING)
            if not before or before[-1] in ".?!:;-\u2014":
                continue  # capitalised by its place
            word = match.group()
            if word.islower():
                lower[word] += 1
            elif word[0].isupper() and word[1:].islower():
                capital[word.lower()] += 1
    return lower, capital


def common_words(
    lower: Counter[str], capital: Counter[str], min_count: int, max_share: float
) -> list[str]:
    return sorted(
        word
        for word, count in lower.items()
        if count >= min_count and capital[word] <= max_share * count
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--min-count", type=int, default=2)
    parser.add_argument("--max-capital-share", type=float, default=0.05)
    args = parser.parse_args(argv)
    sentences = read_ct24(args.data, "train") + read_ct1920(args.data, held_apart=False)
    lower, capital = count_cases(s.text for s in sentences)
    words = common_words(lower, capital, args.min_count, args.max_capital_share)
    COMMON_WORDS_PATH.write_text("".join(f"{word}\n" for word in words), encoding="utf-8")
    print(f"{len(sentences)} sentences, {len(words)} words -> {COMMON_WORDS_PATH}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
