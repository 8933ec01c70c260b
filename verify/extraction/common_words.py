"""Ordinary English words: ones that speakers write in lower case inside a
sentence and almost never capitalise there ("similar", "transcript", "very").

A capitalised word that is one of these and only ever opens a sentence is no
name. The list is learnt from public debate transcripts, not from news, by
``bench/train_common_words.py``.
"""

from __future__ import annotations

from pathlib import Path

COMMON_WORDS_PATH = Path(__file__).parent / "models" / "common_words.txt"


COMMON_WORDS = frozenset(COMMON_WORDS_PATH.read_text(encoding="utf-8").split())
