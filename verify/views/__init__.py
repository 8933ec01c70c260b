"""Pages: parse input, call a selector or a service, render.

``articles`` (list, detail, ingest), ``queue`` (the review queue, bulk actions,
saved views, next item), ``claim`` (the claim page and its forms), ``dashboard``.
"""

from verify.views.articles import article_detail, article_ingest_view, article_list
from verify.views.claim import (
    CLAIM_ACTIONS,
    LEASE_ACTIONS,
    claim_action,
    claim_create,
    claim_detail,
    claim_evidence_edit,
    claim_lease,
    source_options,
)
from verify.views.dashboard import dashboard
from verify.views.queue import (
    claim_list,
    queue_bulk,
    queue_next,
    saved_view_delete,
    saved_view_save,
)

__all__ = [
    "CLAIM_ACTIONS",
    "LEASE_ACTIONS",
    "article_detail",
    "article_ingest_view",
    "article_list",
    "claim_action",
    "claim_create",
    "claim_detail",
    "claim_evidence_edit",
    "claim_lease",
    "claim_list",
    "dashboard",
    "queue_bulk",
    "queue_next",
    "saved_view_delete",
    "saved_view_save",
    "source_options",
]
