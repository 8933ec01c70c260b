"""``manage.py ingest_recover``: run again the batch items whose worker died.

Run it where workers start (before ``db_worker``) or from a timer: each finished
item also does this, so it matters only when every worker stopped at once."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from verify.services.batches import batch_items_recover


class Command(BaseCommand):
    help = "Queue again the batch items left running longer than VERIFY_BATCH_LEASE_SECONDS."

    def handle(self, *args: Any, **options: Any) -> None:
        count = batch_items_recover()
        self.stdout.write(f"{count} item(s) taken back from stopped workers.")
