"""``manage.py ingest PATH…``: files, folders or ``-`` (stdin) into Verify."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from verify.services.ingest import IngestRefused, article_ingest
from verify.textio import ACCEPTED_SUFFIXES, UnreadableText, text_from_file


class Command(BaseCommand):
    help = "Ingest articles from .txt, .md and .html files, folders, or - for standard input."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("paths", nargs="+", help="files, folders (searched recursively) or -")
        parser.add_argument("--outlet", default="", help="outlet to record for every article")
        parser.add_argument("--no-progress", action="store_true", help="no progress bar")

    def handle(self, *args: Any, **options: Any) -> None:
        files = list(_expand(options["paths"]))
        if not files:
            raise CommandError(f"No {', '.join(ACCEPTED_SUFFIXES)} files found.")
        created = present = 0
        failures: list[tuple[str, str]] = []
        for done, path in enumerate(files, start=1):
            try:
                result = self._ingest_one(path, outlet=options["outlet"])
            except (IngestRefused, UnreadableText, OSError) as error:
                failures.append((path, str(error)))
            else:
                created += result
                present += not result
            if not options["no_progress"]:
                self._progress(done, len(files))
        self._summary(created, present, failures)
        if failures and not created and not present:
            raise CommandError("Nothing was ingested.")

    def _ingest_one(self, path: str, *, outlet: str) -> bool:
        if path == "-":
            title, text = text_from_file("stdin.txt", sys.stdin.buffer.read())
        else:
            title, text = text_from_file(path, Path(path).read_bytes())
        return article_ingest(text=text, title=title, outlet=outlet).created

    def _progress(self, done: int, total: int) -> None:
        width = 30
        filled = width * done // total
        bar = "#" * filled + "-" * (width - filled)
        self.stderr.write(f"\r[{bar}] {done}/{total}", ending="")
        if done == total:
            self.stderr.write("")

    def _summary(self, created: int, present: int, failures: list[tuple[str, str]]) -> None:
        self.stdout.write(f"{created} created, {present} already present, {len(failures)} failed.")
        for path, reason in failures:
            self.stdout.write(f"  failed: {path}: {reason}")


def _expand(paths: list[str]) -> Iterator[str]:
    for raw in paths:
        path = Path(raw)
        if raw == "-" or path.is_file():
            yield raw
        elif path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in ACCEPTED_SUFFIXES:
                    yield str(child)
        else:
            yield raw  # reported as failed with the OS's reason
