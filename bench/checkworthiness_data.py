"""Readers for the public CheckThat! check-worthiness data (train and dev parts only).

Expected layout under ``--data`` (default ``/work/data/checkworthiness``), extracted
from the public GitHub repositories without their test files:

- ``ct24/data/CT24_checkworthy_english_{train,dev}.tsv`` (isyufeng/FactFinders)
- ``ct19/data/training/*.tsv`` (apepa/clef2019-factchecking-task1)
- ``ct20/v2.0/training/*.tsv`` (sshaar/clef2020-factchecking-task5, ``data/v2.zip``)

CheckThat! 2019 and 2020 have no dev split of their own, so whole events are held
apart as dev: every transcript of the dates below, in either year, is kept out of
training. They are speeches, interviews and press events rather than the general
election debates CT24 (ClaimBuster) is drawn from, so they test transfer.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

DEFAULT_DATA = Path("/work/data/checkworthiness")
HELD_APART_DATES = frozenset(
    {
        "20170928",  # Trump on tax reform (CT19)
        "20180916",  # Trump in Miami (CT19)
        "20180926",  # Trump UN press conference (CT19)
        "20181010",  # Medicare op-ed (CT19)
        "20182601",  # Trump at Davos (CT19)
        "20190108",  # Oval Office address (CT19)
        "20160529",  # Sanders on Meet the Press (CT20)
        "20160404",  # Clinton on Meet the Press (CT20)
        "20170126",  # Trump ABC interview (CT20)
        "20170205",  # Trump O'Reilly interview (CT20)
        "20170424",  # Trump AP interview (CT20)
    }
)


@dataclass(frozen=True, slots=True)
class Sentence:
    id: str
    doc: str
    text: str
    label: int


def _rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as stream:
        return list(csv.reader(stream, delimiter="\t", quoting=csv.QUOTE_NONE))


def read_ct24(data: Path, split: str) -> list[Sentence]:
    path = data / "ct24" / "data" / f"CT24_checkworthy_english_{split}.tsv"
    out = []
    for row in _rows(path)[1:]:
        label = row[-1].strip()
        if label.startswith(("Yes", "No")):
            out.append(Sentence(f"ct24-{row[0]}", f"ct24-{split}", row[1], int(label == "Yes")))
    return out


def _read_transcripts(paths: list[Path], prefix: str) -> list[Sentence]:
    out = []
    for path in paths:
        for row in _rows(path):
            if len(row) >= 4 and row[3].strip() in ("0", "1"):
                doc = f"{prefix}-{path.stem}"
                out.append(Sentence(f"{doc}-{row[0]}", doc, row[2], int(row[3])))
    return out


def read_ct1920(data: Path, *, held_apart: bool) -> list[Sentence]:
    """CT19 and CT20 transcripts; the held-apart events or the rest. An event in
    both years is read once (from CT20, which re-annotated it)."""
    ct20 = sorted((data / "ct20" / "v2.0" / "training").glob("*.tsv"))
    dates20 = {p.name[:8] for p in ct20}
    ct19 = sorted((data / "ct19" / "data" / "training").glob("*.tsv"))
    ct19 = [p for p in ct19 if p.name[:8] not in dates20]
    paths = [(p, "ct19") for p in ct19] + [(p, "ct20") for p in ct20]
    chosen = [(p, y) for p, y in paths if (p.name[:8] in HELD_APART_DATES) == held_apart]
    out: list[Sentence] = []
    for year in ("ct19", "ct20"):
        out.extend(_read_transcripts([p for p, y in chosen if y == year], year))
    return out
