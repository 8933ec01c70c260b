from __future__ import annotations

from typing import Any

from verify.models import Claim, ClaimEvent


def claim_event_record(
    *,
    claim: Claim,
    actor: Any,
    action: str,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    note: str = "",
) -> ClaimEvent:
    """Append one entry to the item's history. Callers are already inside the
    transaction of the change they record, so both land or neither does."""
    return ClaimEvent.objects.create(
        claim=claim,
        actor=actor if getattr(actor, "is_authenticated", False) else None,
        action=action,
        before=before or {},
        after=after or {},
        note=note,
    )
