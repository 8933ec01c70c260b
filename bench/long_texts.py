"""Whether the extractor's time grows in step with a text's length.

    python bench/long_texts.py [--corpus PATH] [--times 1,4,16,64]

One text made of the first four corpus articles, repeated: CPU time per
character at each length. A step that searches the whole text once per
sentence or paragraph makes the figure climb with the length (a 300,000-
character report took 25 times longer per character than a short one before
such a search was moved out of the sentence loop); a linear extractor keeps
it about flat. Corpus as in bench/extraction.py.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from extraction import DEFAULT_CORPUS, load_corpus

from verify.extraction import extract


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--times", default="1,4,16,64")
    args = parser.parse_args(argv)
    name, texts = load_corpus(args.corpus)
    base = "\n\n".join(texts[:4])
    extract(base)  # warm-up: imports, model tables
    print(f"corpus: {name}")
    for times in (int(part) for part in args.times.split(",")):
        text = "\n\n".join([base] * times)
        began = time.process_time()
        extract(text)
        spent = time.process_time() - began
        print(
            f"{times:>4} x: {len(text):>9,} characters  {spent:8.3f} s  "
            f"{spent / len(text) * 1e6:6.2f} us per character"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
