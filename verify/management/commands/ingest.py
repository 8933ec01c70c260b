"""``manage.py ingest PATH…``: files, folders or ``-`` (stdin) into Verify."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from verify.batch_selectors import batch_failures, batch_progress
from verify.services.batches import BatchFile, batch_create_files, batch_file_read
from verify.services.ingest import IngestRefused, article_ingest
from verify.textio import ACCEPTED_SUFFIXES, UnreadableText, text_from_file


class Command(BaseCommand):
    help = "Ingest articles from .txt, .md and .html files, folders, or - for standard input."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("paths", nargs="+", help="files, folders (searched recursively) or -")
        parser.add_argument("--outlet", default="", help="outlet to record for every article")
        parser.add_argument("--no-progress", action="store_true", help="no progress bar")
        parser.add_argument(
            "--background",
            action="store_true",
            help="queue the files as one batch for the task workers (manage.py db_worker)",
        )
        parser.add_argument(
            "--no-wait", action="store_true", help="with --background: queue and return at once"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        files = list(_expand(options["paths"]))
        if not files:
            raise CommandError(f"No {', '.join(ACCEPTED_SUFFIXES)} files found.")
        if options["background"]:
            self._background(files, options)
            return
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

    def _background(self, files: list[str], options: dict[str, Any]) -> None:
        batch = batch_create_files(
            files=(_read_for_batch(path) for path in files),
            outlet=options["outlet"],
            label=f"Command line: {len(files):,} files",
        )
        self.stdout.write(f"Batch {batch.pk}: {len(files):,} files queued.")
        if options["no_wait"]:
            return
        while not (progress := batch_progress(batch=batch)).finished:
            if not options["no_progress"]:
                self._progress(progress.done + progress.failed, progress.total, finished=False)
            time.sleep(1)
        if not options["no_progress"]:
            self._progress(progress.total, progress.total)
        self.stdout.write(f"{progress.done} done, {progress.failed} failed.")
        for item in batch_failures(batch=batch):
            self.stdout.write(f"  failed: {item.name}: {item.error}")

    def _progress(self, done: int, total: int, *, finished: bool = True) -> None:
        width = 30
        filled = width * done // total
        bar = "#" * filled + "-" * (width - filled)
        self.stderr.write(f"\r[{bar}] {done}/{total}", ending="")
        if done == total and finished:
            self.stderr.write("")

    def _summary(self, created: int, present: int, failures: list[tuple[str, str]]) -> None:
        self.stdout.write(f"{created} created, {present} already present, {len(failures)} failed.")
        for path, reason in failures:
            self.stdout.write(f"  failed: {path}: {reason}")


def _read_for_batch(path: str) -> BatchFile:
    try:
        data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    except OSError as error:
        return BatchFile(name=path, error=str(error))
    return batch_file_read("stdin.txt" if path == "-" else path, data)


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
