"""The claim page: the item in its article, its source, span, evidence, comments,
verdict and history; and one POST endpoint per change, each calling a service."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django import forms
from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST

from accounts import permissions as perm
from accounts.decorators import role_required
from verify import selectors
from verify.forms import (
    CommentForm,
    EvidenceForm,
    ItemCreateForm,
    NoteForm,
    ProposeForm,
    SourceForm,
    SpanForm,
    VersionedForm,
)
from verify.highlight import paragraph_bounds, runs
from verify.models import Claim, ClaimEvent, Evidence
from verify.services import review
from verify.views._htmx import htmx

Handler = Callable[[Any, Claim, dict[str, Any]], object]


@require_GET
@role_required(perm.user_can_view)
def claim_detail(request: HttpRequest, pk: int) -> HttpResponse:
    claim = selectors.claim_get(user=request.user, pk=pk)
    return _page(request, claim)


def _page(
    request: HttpRequest,
    claim: Claim,
    *,
    bound: dict[str, forms.Form] | None = None,
    stale: review.StaleVersion | None = None,
    status: int = 200,
) -> HttpResponse:
    user = request.user
    body = claim.article.body
    left, right = paragraph_bounds(body, claim.start, claim.end)
    context = {
        "claim": claim,
        "runs": runs(body, [claim], start=left, end=right),
        "neighbours": selectors.claim_neighbours(claim=claim),
        "evidence": selectors.claim_evidence(claim=claim),
        "comments": selectors.claim_comments(claim=claim),
        "history": [(e, event_changes(e)) for e in selectors.claim_history(claim=claim)],
        "forms": {**_blank_forms(claim), **(bound or {})},
        "stale": stale,
        "stale_changes": [(e, event_changes(e)) for e in stale.changes] if stale else [],
        "stances": Evidence.Stance.choices,
        **_lease_context(user, claim),
    }
    return render(request, "verify/claim_detail.html", context, status=status)


def _lease_context(user: Any, claim: Claim) -> dict[str, Any]:
    return {"claim": claim, "can": _abilities(user, claim), "now_dt": timezone.now()}


def event_changes(event: ClaimEvent) -> list[tuple[str, Any, Any]]:
    """(field, before, after) for each field the event changed, in words an editor reads."""
    names = [n for n in {**event.before, **event.after} if n not in HIDDEN_FIELDS]
    pairs = [(n, _shown(event.before.get(n)), _shown(event.after.get(n))) for n in names]
    return [(name.replace("_", " "), old, new) for name, old, new in pairs if old != new]


HIDDEN_FIELDS = {"version", "evidence"}


def _shown(value: Any) -> Any:
    """ISO timestamps as minutes: the history is read, not parsed."""
    if isinstance(value, str) and len(value) > 19 and value[10:11] == "T":
        return value[:16].replace("T", " ")
    return "" if value is None else value


def _blank_forms(claim: Claim) -> dict[str, forms.Form]:
    v = {"version": claim.version}
    source = claim.source
    return {
        "source": SourceForm(initial={**v, "name": source.name if source else ""},
                             auto_id="source-%s"),
        "span": SpanForm(initial={**v, "kind": claim.kind, "start": claim.start, "end": claim.end},
                         auto_id="span-%s"),
        "evidence": EvidenceForm(initial=v, auto_id="evidence-%s"),
        "comment": CommentForm(auto_id="comment-%s"),
        "propose": ProposeForm(initial={**v, "verdict": claim.verdict_id,
                                        "conclusion": claim.conclusion}, auto_id="propose-%s"),
        "note": NoteForm(initial=v, auto_id="note-%s"),
    }  # fmt: skip


def _abilities(user: Any, claim: Claim) -> dict[str, bool]:
    return {
        "edit": perm.user_can_edit_claim(user, claim),
        "take": perm.user_can_take(user, claim),
        "comment": perm.user_can_edit(user),
        "propose": perm.user_can_propose(user, claim),
        "dismiss": perm.user_can_dismiss(user, claim),
        "publish": perm.user_can_publish(user, claim),
        "reopen": perm.user_can_reopen(user, claim),
        "release": claim.assignee_id is not None and perm.user_can_edit(user),
    }


# --- one handler per change ------------------------------------------------------------------


def _source(user: Any, claim: Claim, d: dict[str, Any]) -> object:
    return review.claim_source_set(
        user=user, pk=claim.pk, version=d["version"], name=d["name"], create=d["create"],
        kind=d["kind"] or "person", role_title=d["role_title"],
    )  # fmt: skip


def _span(user: Any, claim: Claim, d: dict[str, Any]) -> object:
    return review.claim_span_set(user=user, pk=claim.pk, **d)


def _evidence(user: Any, claim: Claim, d: dict[str, Any]) -> object:
    return review.evidence_add(user=user, pk=claim.pk, **d)


def _comment(user: Any, claim: Claim, d: dict[str, Any]) -> object:
    return review.comment_add(user=user, pk=claim.pk, body=d["body"])


def _propose(user: Any, claim: Claim, d: dict[str, Any]) -> object:
    return review.claim_propose(user=user, pk=claim.pk, **d)


def _publish(user: Any, claim: Claim, d: dict[str, Any]) -> object:
    return review.claim_publish(user=user, pk=claim.pk, version=d["version"])


def _send_back(user: Any, claim: Claim, d: dict[str, Any]) -> object:
    return review.claim_send_back(user=user, pk=claim.pk, version=d["version"], comment=d["note"])


def _reopen(user: Any, claim: Claim, d: dict[str, Any]) -> object:
    return review.claim_reopen(user=user, pk=claim.pk, version=d["version"], note=d["note"])


def _dismiss(user: Any, claim: Claim, d: dict[str, Any]) -> object:
    return review.claim_dismiss(user=user, pk=claim.pk, version=d["version"], reason=d["note"])


def _reset(user: Any, claim: Claim, d: dict[str, Any]) -> object:
    return review.claim_reset(user=user, pk=claim.pk, version=d["version"])


# action: (form key on the page, form class, handler, message)
CLAIM_ACTIONS: dict[str, tuple[str, type[forms.Form], Handler, str]] = {
    "source": ("source", SourceForm, _source, "Source saved."),
    "span": ("span", SpanForm, _span, "Span and kind saved."),
    "evidence": ("evidence", EvidenceForm, _evidence, "Evidence added."),
    "comment": ("comment", CommentForm, _comment, "Comment added."),
    "propose": ("propose", ProposeForm, _propose, "Verdict proposed: a reviewer will look at it."),
    "publish": ("note", VersionedForm, _publish, "Published."),
    "send-back": ("note", NoteForm, _send_back, "Sent back to the editor."),
    "reopen": ("note", NoteForm, _reopen, "Reopened for correction."),
    "dismiss": ("note", NoteForm, _dismiss, "Dismissed."),
    "reset": ("note", VersionedForm, _reset, "Set back to new."),
}


@require_POST
@role_required(perm.user_can_edit)
def claim_action(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    if action not in CLAIM_ACTIONS:
        raise Http404
    key, form_class, handler, done = CLAIM_ACTIONS[action]
    claim = selectors.claim_get(user=request.user, pk=pk)
    # Each form on the page has its own id prefix: the page holds several forms.
    form = form_class(request.POST, auto_id=f"{key}-%s")
    if not form.is_valid():
        return _page(request, claim, bound={key: form}, status=400)
    data = form.cleaned_data
    return _apply(request, claim, key, form, lambda: handler(request.user, claim, data), done)


def _apply(
    request: HttpRequest,
    claim: Claim,
    key: str,
    form: forms.Form,
    change: Callable[[], object],
    done: str,
) -> HttpResponse:
    """Run the change; a refusal re-renders the page with the user's input kept."""
    try:
        change()
    except review.StaleVersion as stale:
        messages.error(request, str(stale))
        fresh = selectors.claim_get(user=request.user, pk=claim.pk)
        return _page(request, fresh, bound={key: form}, stale=stale, status=409)
    except review.ReviewRefused as error:
        messages.error(request, str(error))
        return _page(request, claim, bound={key: form}, status=403)
    messages.success(request, done)
    return redirect(claim)


@require_POST
@role_required(perm.user_can_edit)
def claim_evidence_edit(request: HttpRequest, evidence_id: int) -> HttpResponse:
    """Change (or, with ``remove``, delete) one piece of evidence."""
    claim = selectors.claim_get(user=request.user, pk=selectors.evidence_claim_id(pk=evidence_id))
    if "remove" in request.POST:
        form: forms.Form = VersionedForm(request.POST)
        if form.is_valid():
            version = form.cleaned_data["version"]

            def remove() -> object:
                return review.evidence_remove(
                    user=request.user, evidence_id=evidence_id, version=version
                )

            return _apply(request, claim, "evidence", form, remove, "Evidence removed.")
    else:
        form = EvidenceForm(request.POST, auto_id="evidence-%s")
        if form.is_valid():
            data = form.cleaned_data

            def change() -> object:
                return review.evidence_change(user=request.user, evidence_id=evidence_id, **data)

            return _apply(request, claim, "evidence", form, change, "Evidence saved.")
    return _page(request, claim, bound={"evidence": form}, status=400)


LEASE_ACTIONS: dict[str, Callable[..., Claim]] = {
    "take": review.claim_take,
    "renew": review.claim_lease_renew,
    "release": review.claim_release,
}


@require_POST
@role_required(perm.user_can_edit)
def claim_lease(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    """Take, renew or release the item's lease."""
    claim = selectors.claim_get(user=request.user, pk=pk)
    if action not in LEASE_ACTIONS:
        raise Http404
    try:
        claim = LEASE_ACTIONS[action](user=request.user, pk=claim.pk)
    except review.ReviewRefused as error:
        if htmx(request):
            return HttpResponse(str(error), status=409)
        messages.error(request, str(error))
    if htmx(request):
        context = _lease_context(request.user, claim)
        return render(request, "verify/claim_detail.html#lease", context)
    return redirect(claim)


@require_GET
@role_required(perm.user_can_view)
def source_options(request: HttpRequest) -> HttpResponse:
    """``<option>`` elements for the source field's datalist (htmx autocomplete)."""
    sources = selectors.source_suggestions(q=request.GET.get("name", ""))
    return render(request, "verify/claim_detail.html#source-options", {"sources": sources})


@require_POST
@role_required(perm.user_can_edit)
def claim_create(request: HttpRequest, pk: int) -> HttpResponse:
    """A new item from a selection in the article view."""
    article = selectors.article_get(user=request.user, pk=pk)
    form = ItemCreateForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Select some text in the article first.")
        return redirect(article)
    try:
        claim = review.claim_create(user=request.user, article_id=article.pk, **form.cleaned_data)
    except review.ReviewRefused as error:
        messages.error(request, str(error))
        return redirect(article)
    messages.success(request, "Item created.")
    return redirect(claim)
