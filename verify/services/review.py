"""Review: leases, edits, evidence, comments and the verdict workflow.

Every function here is one transaction that locks the item's row, checks the
role predicate from ``accounts.permissions`` against the locked state, writes,
and appends a ClaimEvent with before/after. Writes that change the item bump
its ``version``; callers pass the version their form was built from and a
stale one is refused (``StaleVersion``) rather than silently overwritten.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.db import connection, transaction
from django.db.models import Q, QuerySet
from django.http import QueryDict
from django.utils import timezone
from django.utils.http import urlencode

from accounts import permissions as perm
from verify.models import (
    Article,
    Claim,
    ClaimEvent,
    Comment,
    Evidence,
    SavedView,
    Source,
    SourceAlias,
    Verdict,
)
from verify.services.events import claim_event_record
from verify.services.ingest import CONTEXT_CHARS
from verify.services.sources import normalize_name, source_create

OPEN = (Claim.Status.NEW, Claim.Status.IN_REVIEW)
EVIDENCE_FIELDS = ("url", "title", "publisher", "excerpt", "stance")


class ReviewRefused(Exception):
    """The change is not allowed; the message says why, for the user."""


class StaleVersion(ReviewRefused):
    """The form was built from an older version of the item."""

    def __init__(self, claim: Claim, version: int) -> None:
        self.claim = claim
        self.version = version
        super().__init__(
            f"Someone changed this item since you opened it (version {version}, now "
            f"{claim.version}). Your input is kept below: check the changes and save again."
        )

    @property
    def changes(self) -> list[ClaimEvent]:
        """The history entries written after the version the form was built from."""
        events = self.claim.events.select_related("actor").order_by("created_at", "id")
        return [e for e in events if int(e.after.get("version", 0)) > self.version]


def lease_duration() -> dt.timedelta:
    return dt.timedelta(minutes=settings.VERIFY_LEASE_MINUTES)


# --- locking and recording -------------------------------------------------------------------


def _lock(pk: int, *, version: int | None = None) -> Claim:
    try:
        claim = Claim.objects.select_for_update(of=("self",)).select_related("source").get(pk=pk)
    except Claim.DoesNotExist:
        raise ReviewRefused("This item no longer exists.") from None
    if version is not None and claim.version != version:
        raise StaleVersion(claim, version)
    return claim


def _require(allowed: bool, message: str) -> None:
    if not allowed:
        raise ReviewRefused(message)


def _lease_message(claim: Claim) -> str:
    if claim.assignee is not None and claim.lease_expires_at is not None:
        until = timezone.localtime(claim.lease_expires_at).strftime("%H:%M")
        return f"{claim.assignee} holds this item until {until}."
    return "You may not change this item in its current state."


def _state(claim: Claim, fields: Iterable[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in fields:
        value = getattr(claim, name)
        if name in {"source", "verdict", "assignee", "proposed_by", "published_by"}:
            value = str(value) if value is not None else None
        elif isinstance(value, dt.datetime):
            value = value.isoformat()
        out[name] = value
    return out


def _save(
    claim: Claim,
    *,
    actor: Any,
    action: str,
    changes: dict[str, Any],
    note: str = "",
    bump: bool = True,
) -> Claim:
    """Apply ``changes``, bump the version, save, and record before → after."""
    before = _state(claim, changes)
    for name, value in changes.items():
        setattr(claim, name, value)
    if bump:
        claim.version += 1
    claim.save(update_fields=[*changes, "version", "updated_at"])
    after = {**_state(claim, changes), "version": claim.version}
    claim_event_record(
        claim=claim, actor=actor, action=action, before=before, after=after, note=note
    )
    return claim


def _lease_fields(user: Any) -> dict[str, Any]:
    return {"assignee": user, "lease_expires_at": timezone.now() + lease_duration()}


def _keep_lease(claim: Claim, user: Any) -> None:
    """Working on an item renews the worker's lease (or gives them a free one)."""
    if claim.status in OPEN and (claim.assignee_id in (None, user.pk) or _lease_over(claim)):
        claim.assignee = user
        claim.lease_expires_at = timezone.now() + lease_duration()
        claim.save(update_fields=["assignee", "lease_expires_at"])


def _lease_over(claim: Claim) -> bool:
    return claim.lease_expires_at is None or claim.lease_expires_at <= timezone.now()


# --- leases and assignment -------------------------------------------------------------------


@transaction.atomic
def claim_take(*, user: Any, pk: int) -> Claim:
    """Lease the item to ``user`` (moving a new item into review)."""
    claim = _lock(pk)
    _require(perm.user_can_take(user, claim), _lease_message(claim))
    changes = _lease_fields(user)
    if claim.status == Claim.Status.NEW:
        changes["status"] = Claim.Status.IN_REVIEW
    return _save(claim, actor=user, action=ClaimEvent.Action.ASSIGNED, changes=changes, bump=False)


@transaction.atomic
def claim_lease_renew(*, user: Any, pk: int) -> Claim:
    claim = _lock(pk)
    _require(claim.assignee_id == user.pk and claim.status in OPEN, "You hold no lease on this.")
    claim.lease_expires_at = timezone.now() + lease_duration()
    claim.save(update_fields=["lease_expires_at"])
    return claim


@transaction.atomic
def claim_release(*, user: Any, pk: int) -> Claim:
    """Give the item back to the queue: its holder, a reviewer, or anyone once the lease ran out."""
    claim = _lock(pk)
    mine = claim.assignee_id == user.pk
    lead = perm.user_role(user) in {perm.Role.REVIEWER, perm.Role.ADMIN}
    _require(perm.user_can_edit(user), "Your role may not change assignments.")
    _require(mine or lead or perm.user_can_take(user, claim), _lease_message(claim))
    changes = {"assignee": None, "lease_expires_at": None}
    return _save(
        claim, actor=user, action=ClaimEvent.Action.UNASSIGNED, changes=changes, bump=False
    )


@transaction.atomic
def claim_assign(*, user: Any, pk: int, assignee: Any) -> Claim:
    claim = _lock(pk)
    _require(perm.user_can_take(user, claim), _lease_message(claim))
    _require(perm.user_can_edit(assignee), f"{assignee} may not edit items.")
    changes = _lease_fields(assignee)
    if claim.status == Claim.Status.NEW:
        changes["status"] = Claim.Status.IN_REVIEW
    return _save(claim, actor=user, action=ClaimEvent.Action.ASSIGNED, changes=changes, bump=False)


def claim_take_next(*, user: Any, candidates: QuerySet[Claim]) -> Claim | None:
    """Lease the first free item of ``candidates`` (already filtered and ordered).

    On PostgreSQL the row is picked with ``FOR UPDATE SKIP LOCKED``, so editors
    pressing "next" together each get a different item without waiting; the
    conditional UPDATE below keeps that true on SQLite too (which serialises
    writers) and if a row changed between the pick and the update we try again."""
    _require(perm.user_can_edit(user), "Your role may not take items.")
    for _attempt in range(5):
        claim = _take_first_free(user, candidates)
        if claim is not None or not _any_free(candidates):
            return claim
    return None


def _free(now: dt.datetime) -> Q:
    expired = Q(lease_expires_at__isnull=True) | Q(lease_expires_at__lte=now)
    return Q(status__in=OPEN) & (Q(assignee__isnull=True) | expired)


def _any_free(candidates: QuerySet[Claim]) -> bool:
    return candidates.filter(_free(timezone.now())).exists()


@transaction.atomic
def _take_first_free(user: Any, candidates: QuerySet[Claim]) -> Claim | None:
    now = timezone.now()
    free = candidates.filter(_free(now))
    if connection.features.has_select_for_update_skip_locked:
        free = free.select_for_update(skip_locked=True, of=("self",))
    picked = free.values_list("pk", flat=True).first()
    if picked is None:
        return None
    fields = _lease_fields(user)
    won = Claim.objects.filter(Q(pk=picked) & _free(now)).update(
        assignee=user, lease_expires_at=fields["lease_expires_at"]
    )
    if not won:
        return None
    claim = Claim.objects.select_for_update(of=("self",)).get(pk=picked)
    claim.assignee, claim.lease_expires_at = None, None  # the history shows the item as free
    changes = {"assignee": user, "lease_expires_at": fields["lease_expires_at"]}
    if claim.status == Claim.Status.NEW:
        changes["status"] = Claim.Status.IN_REVIEW
    return _save(claim, actor=user, action=ClaimEvent.Action.ASSIGNED, changes=changes, bump=False)


# --- editing the item ------------------------------------------------------------------------


def _editable(user: Any, pk: int, version: int | None) -> Claim:
    claim = _lock(pk, version=version)
    _require(perm.user_can_edit_claim(user, claim), _lease_message(claim))
    return claim


def source_find(*, name: str) -> Source | None:
    """The Source a typed name means: by name or by any alias."""
    key = normalize_name(name)
    if not key:
        return None
    alias = SourceAlias.objects.filter(normalized=key).select_related("source").first()
    if alias is not None:
        return alias.source
    return Source.objects.filter(name__iexact=name.strip()).first()


@transaction.atomic
def claim_source_set(
    *,
    user: Any,
    pk: int,
    version: int,
    name: str,
    create: bool = False,
    kind: str = Source.Kind.PERSON,
    role_title: str = "",
) -> Claim:
    """Attribute the item to a known Source, or to a new one when ``create``."""
    claim = _editable(user, pk, version)
    source = source_find(name=name) if name.strip() else None
    if name.strip() and source is None:
        _require(create, f"No known source is called “{name}”: tick “create” to add it.")
        source = source_create(name=name.strip(), kind=kind, role_title=role_title)
    _keep_lease(claim, user)
    return _save(claim, actor=user, action=ClaimEvent.Action.EDITED, changes={"source": source})


@transaction.atomic
def claim_span_set(*, user: Any, pk: int, version: int, start: int, end: int, kind: str) -> Claim:
    """Move the item's span (offsets in code points) and/or change its kind."""
    claim = _editable(user, pk, version)
    body = claim.article.body
    _check_span(body, start, end)
    _require(kind in Claim.Kind.values, "Unknown kind.")
    clash = Claim.objects.filter(article=claim.article_id, kind=kind, start=start, end=end)
    _require(not clash.exclude(pk=pk).exists(), "Another item already covers exactly this span.")
    changes: dict[str, Any] = {"kind": kind, "start": start, "end": end}
    changes |= _anchor(body, start, end)
    changes = {k: v for k, v in changes.items() if getattr(claim, k) != v}
    _require(bool(changes), "Nothing changed.")
    _keep_lease(claim, user)
    return _save(claim, actor=user, action=ClaimEvent.Action.EDITED, changes=changes)


def _check_span(body: str, start: int, end: int) -> None:
    _require(0 <= start < end <= len(body), "The span must lie inside the article text.")
    _require(bool(body[start:end].strip()), "The span must contain some text.")


def _anchor(body: str, start: int, end: int) -> dict[str, Any]:
    return {
        "text": body[start:end],
        "prefix": body[max(0, start - CONTEXT_CHARS) : start],
        "suffix": body[end : end + CONTEXT_CHARS],
    }


@transaction.atomic
def claim_create(*, user: Any, article_id: int, start: int, end: int, kind: str) -> Claim:
    """An item the extractor missed, selected by an editor in the article view."""
    _require(perm.user_can_edit(user), "Your role may not add items.")
    article = Article.objects.get(pk=article_id)
    _check_span(article.body, start, end)
    _require(kind in Claim.Kind.values, "Unknown kind.")
    exists = Claim.objects.filter(article=article, kind=kind, start=start, end=end).exists()
    _require(not exists, "This span is already an item of that kind.")
    claim = Claim.objects.create(
        article=article, kind=kind, start=start, end=end, **_anchor(article.body, start, end)
    )
    after = {**_state(claim, ["kind", "start", "end", "text", "status"]), "version": 1}
    claim_event_record(claim=claim, actor=user, action=ClaimEvent.Action.CREATED, after=after)
    return claim


# --- evidence and comments -------------------------------------------------------------------


def _evidence_state(evidence: Evidence) -> dict[str, Any]:
    return {"evidence": evidence.pk, **{name: getattr(evidence, name) for name in EVIDENCE_FIELDS}}


def _bump(claim: Claim, *, actor: Any, action: str, before: dict[str, Any], after: Any) -> None:
    claim.version += 1
    claim.save(update_fields=["version", "updated_at"])
    claim_event_record(
        claim=claim,
        actor=actor,
        action=action,
        before=before,
        after={**after, "version": claim.version},
    )


@transaction.atomic
def evidence_add(*, user: Any, pk: int, version: int, **fields: Any) -> Evidence:
    claim = _editable(user, pk, version)
    evidence = Evidence(claim=claim, added_by=user, **_evidence_fields(fields))
    evidence.full_clean(exclude=["claim", "added_by"])
    evidence.save()
    _keep_lease(claim, user)
    _bump(claim, actor=user, action=ClaimEvent.Action.EVIDENCE_ADDED, before={},
          after=_evidence_state(evidence))  # fmt: skip
    return evidence


@transaction.atomic
def evidence_change(*, user: Any, evidence_id: int, version: int, **fields: Any) -> Evidence:
    evidence = _evidence(evidence_id)
    claim = _editable(user, evidence.claim_id, version)
    before = _evidence_state(evidence)
    for name, value in _evidence_fields(fields).items():
        setattr(evidence, name, value)
    evidence.full_clean(exclude=["claim", "added_by"])
    evidence.save()
    _keep_lease(claim, user)
    _bump(claim, actor=user, action=ClaimEvent.Action.EVIDENCE_CHANGED, before=before,
          after=_evidence_state(evidence))  # fmt: skip
    return evidence


@transaction.atomic
def evidence_remove(*, user: Any, evidence_id: int, version: int) -> Claim:
    evidence = _evidence(evidence_id)
    claim = _editable(user, evidence.claim_id, version)
    before = _evidence_state(evidence)
    evidence.delete()
    _keep_lease(claim, user)
    _bump(claim, actor=user, action=ClaimEvent.Action.EVIDENCE_REMOVED, before=before, after={})
    return claim


def _evidence(evidence_id: int) -> Evidence:
    try:
        return Evidence.objects.get(pk=evidence_id)
    except Evidence.DoesNotExist:
        raise ReviewRefused("This evidence no longer exists.") from None


def _evidence_fields(fields: dict[str, Any]) -> dict[str, Any]:
    unknown = set(fields) - set(EVIDENCE_FIELDS)
    if unknown:
        raise TypeError(f"unknown evidence fields: {sorted(unknown)}")
    return fields


@transaction.atomic
def comment_add(*, user: Any, pk: int, body: str) -> Comment:
    """Comments are conversation, not an edit: they need no lease and no version."""
    claim = _lock(pk)
    _require(perm.user_can_edit(user), "Your role may not comment.")
    _require(bool(body.strip()), "A comment needs some text.")
    comment = Comment.objects.create(claim=claim, author=user, body=body.strip())
    claim_event_record(
        claim=claim, actor=user, action=ClaimEvent.Action.COMMENTED, note=comment.body
    )
    return comment


# --- the verdict workflow --------------------------------------------------------------------


@transaction.atomic
def claim_propose(*, user: Any, pk: int, version: int, verdict: Verdict, conclusion: str) -> Claim:
    claim = _lock(pk, version=version)
    _require(perm.user_can_propose(user, claim), _propose_refusal(claim))
    _require(claim.evidence.exists(), "Add at least one piece of evidence before proposing.")
    _require(verdict.is_active, f"“{verdict}” is no longer on the desk's scale.")
    _require(bool(conclusion.strip()), "Write a short conclusion for the verdict.")
    changes = {
        "status": Claim.Status.PROPOSED,
        "verdict": verdict,
        "conclusion": conclusion.strip(),
        "proposed_by": user,
        "proposed_at": timezone.now(),
        "lease_expires_at": None,
    }
    return _save(claim, actor=user, action=ClaimEvent.Action.PROPOSED, changes=changes)


def _propose_refusal(claim: Claim) -> str:
    if claim.status not in OPEN:
        return f"A {claim.get_status_display().lower()} item cannot take a new proposal."
    return _lease_message(claim)


@transaction.atomic
def claim_publish(*, user: Any, pk: int, version: int) -> Claim:
    claim = _lock(pk, version=version)
    _require(perm.user_can_publish(user, claim), _approval_refusal(user, claim))
    changes = {
        "status": Claim.Status.PUBLISHED,
        "published_by": user,
        "published_at": timezone.now(),
        "assignee": None,
        "lease_expires_at": None,
    }
    return _save(claim, actor=user, action=ClaimEvent.Action.PUBLISHED, changes=changes)


@transaction.atomic
def claim_send_back(*, user: Any, pk: int, version: int, comment: str) -> Claim:
    claim = _lock(pk, version=version)
    _require(perm.user_can_send_back(user, claim), _approval_refusal(user, claim))
    _require(bool(comment.strip()), "Say what needs to change when sending a verdict back.")
    Comment.objects.create(claim=claim, author=user, body=comment.strip())
    changes = {"status": Claim.Status.IN_REVIEW, "proposed_by": None, "proposed_at": None}
    return _save(
        claim, actor=user, action=ClaimEvent.Action.SENT_BACK, changes=changes, note=comment
    )


def _approval_refusal(user: Any, claim: Claim) -> str:
    if claim.status != Claim.Status.PROPOSED:
        return "Only a proposed verdict can be published or sent back."
    if claim.proposed_by_id == user.pk:
        return "A verdict must be approved by a reviewer other than the one who proposed it."
    return "Only a reviewer may publish or send back a verdict."


@transaction.atomic
def claim_reopen(*, user: Any, pk: int, version: int, note: str) -> Claim:
    """Back into review with a correction note; the published state stays in the history."""
    claim = _lock(pk, version=version)
    _require(perm.user_can_reopen(user, claim), "Only a reviewer may reopen this item.")
    _require(bool(note.strip()), "A reopened item needs a correction note.")
    changes = {
        "status": Claim.Status.IN_REVIEW,
        "published_by": None,
        "published_at": None,
        "dismissed_reason": "",
    }
    return _save(claim, actor=user, action=ClaimEvent.Action.REOPENED, changes=changes, note=note)


@transaction.atomic
def claim_dismiss(*, user: Any, pk: int, reason: str, version: int | None = None) -> Claim:
    claim = _editable(user, pk, version)
    _require(bool(reason.strip()), "Give a reason for dismissing the item.")
    changes = {
        "status": Claim.Status.DISMISSED,
        "dismissed_reason": reason.strip()[:300],
        "assignee": None,
        "lease_expires_at": None,
    }
    return _save(claim, actor=user, action=ClaimEvent.Action.DISMISSED, changes=changes,
                 note=reason)  # fmt: skip


@transaction.atomic
def claim_reset(*, user: Any, pk: int, version: int | None = None) -> Claim:
    """Set back to new: undoes a start of review, a proposal or (for a reviewer) a dismissal."""
    claim = _lock(pk, version=version)
    if claim.status == Claim.Status.DISMISSED:
        _require(perm.user_can_reopen(user, claim), "Only a reviewer may undo a dismissal.")
    else:
        _require(perm.user_can_edit_claim(user, claim), _lease_message(claim))
    _require(claim.status != Claim.Status.NEW, "The item is already new.")
    changes = {
        "status": Claim.Status.NEW,
        "assignee": None,
        "lease_expires_at": None,
        "proposed_by": None,
        "proposed_at": None,
        "dismissed_reason": "",
    }
    return _save(claim, actor=user, action=ClaimEvent.Action.RESET, changes=changes)


# --- bulk actions ----------------------------------------------------------------------------


@dataclass
class BulkResult:
    done: list[int] = field(default_factory=list)
    refused: list[tuple[int, str]] = field(default_factory=list)


def claims_bulk(*, pks: Iterable[int], action: Callable[[int], object]) -> BulkResult:
    """Apply ``action`` to each item in its own transaction: one refusal (a lease
    held by someone else, a state that does not allow it) does not undo the rest."""
    result = BulkResult()
    for pk in pks:
        try:
            action(pk)
        except ReviewRefused as error:
            result.refused.append((pk, str(error)))
        else:
            result.done.append(pk)
    return result


def claims_expired_leases(*, now: dt.datetime | None = None) -> QuerySet[Claim]:
    """Items whose lease ran out: free for anyone (the queue treats them as unassigned)."""
    return Claim.objects.filter(assignee__isnull=False, lease_expires_at__lte=now or timezone.now())


# --- saved queue views -----------------------------------------------------------------------


@transaction.atomic
def saved_view_save(*, user: Any, name: str, query: str) -> SavedView:
    """Save (or overwrite) the user's view of that name; the page number is not part of it."""
    _require(bool(name.strip()), "Give the view a name.")
    pairs = [(k, v) for k, values in QueryDict(query).lists() for v in values]
    clean = urlencode([(k, v) for k, v in pairs if k not in {"after", "csrfmiddlewaretoken"}])
    view, _created = SavedView.objects.update_or_create(
        user=user, name=name.strip()[:100], defaults={"query": clean[:2000]}
    )
    return view


@transaction.atomic
def saved_view_delete(*, user: Any, pk: int) -> None:
    SavedView.objects.filter(user=user, pk=pk).delete()
