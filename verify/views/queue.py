"""The review queue: filters in the URL, keyset pages, next item, bulk actions, saved views."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from typing import Any

from django.contrib import messages
from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.dateformat import time_format
from django.utils.text import Truncator
from django.utils.timesince import timesince
from django.views.decorators.http import require_GET, require_POST

from accounts.decorators import role_required
from accounts.models import User
from accounts.permissions import user_can_edit, user_can_view
from verify import selectors
from verify.forms import BulkForm, QueueFilterForm, SavedViewForm
from verify.models import Claim
from verify.selectors import QueueFilters
from verify.services import review
from verify.views._htmx import htmx

SORT_COLUMNS = {"score": "score", "date": "-date", "status": "status"}


def _query(params: QueryDict, **changes: str) -> str:
    """The query string of ``params`` with ``changes`` (an empty value drops the key)."""
    query = params.copy()
    query.pop("after", None)
    for key, value in changes.items():
        query.pop(key, None)
        if value:
            query[key] = value
    return query.urlencode()


@require_GET
@role_required(user_can_view)
def claim_list(request: HttpRequest) -> HttpResponse:
    """The review queue (the URL name predates it: every list of items is the queue)."""
    form = QueueFilterForm(request.GET)
    filters = form.filters()
    claims = selectors.queue_claims(user=request.user, filters=filters)
    page = selectors.queue_page(
        claims=claims, sort=filters.sort, cursor=request.GET.get("after", "")
    )
    context = {
        "form": form,
        "filters": filters,
        "page": page,
        "rows": _rows(page.object_list, request.user),
        "query": _query(request.GET),
        "sort_links": {col: _query(request.GET, sort=v) for col, v in SORT_COLUMNS.items()},
        "status_rows": _status_rows(request, filters),
        "saved_views": selectors.saved_views(user=request.user),
        **selectors.queue_choices(),
    }
    template = "verify/queue.html"
    details = htmx(request)
    if details is not None and details.target == "queue-results":
        template += "#results"
    return render(request, template, context)


def _rows(claims: list[Claim], user: Any) -> list[dict[str, Any]]:
    """The page's rows as plain values, formatted once here: the template only places them
    (50 rows of model attribute look-ups and filters cost more than the queries)."""
    now = timezone.now()
    kinds, statuses = dict(Claim.Kind.choices), dict(Claim.Status.choices)
    return [_row(claim, user.pk, now, kinds, statuses) for claim in claims]


def _row(
    claim: Claim, user_id: int, now: dt.datetime, kinds: dict[str, str], statuses: dict[str, str]
) -> dict[str, Any]:
    text = Truncator(claim.text).chars(180)
    article, lease = claim.article, claim.lease_expires_at
    held = claim.assignee_id is not None and lease is not None and lease > now
    return {
        "pk": claim.pk,
        "url": reverse("verify:claim-detail", args=[claim.pk]),
        "kind": claim.kind,
        "kind_label": kinds.get(claim.kind, claim.kind),
        "text": f"\u201c{text}\u201d" if claim.kind == Claim.Kind.QUOTE else text,
        "source": str(claim.source) if claim.source else claim.speaker_mention or "\u2014",
        "title": article.title,
        "title_short": Truncator(article.title).chars(80),
        "outlet": article.outlet,
        "strong_match": getattr(claim, "has_strong_match", False),
        "flags": claim.flags,
        "score": f"{claim.checkworthiness:.2f}",
        "status": claim.status,
        "status_label": statuses.get(claim.status, claim.status),
        "verdict": str(claim.verdict) if claim.verdict else "",
        "assignee": str(claim.assignee) if claim.assignee else "",
        "mine": claim.assignee_id == user_id,
        "lease_until": lease.isoformat() if held and lease else "",
        "lease_until_hm": time_format(timezone.localtime(lease), "H:i") if held and lease else "",
        "created": claim.created_at.isoformat(),
        "age": timesince(claim.created_at, now),
    }


def _status_rows(request: HttpRequest, filters: QueueFilters) -> list[tuple[str, str, str, str]]:
    """(status, label, count as shown, link to that status) for the counts bar."""
    counts = selectors.queue_status_counts(user=request.user, filters=filters)
    cap = selectors.COUNT_CAP
    return [
        (value, label, f"{cap}+" if counts[value] > cap else str(counts[value]),
         _query(request.GET, status=value))
        for value, label in Claim.Status.choices
    ]  # fmt: skip


@require_POST
@role_required(user_can_edit)
def queue_next(request: HttpRequest) -> HttpResponse:
    """Lease the best free item under the queue's current filters and open it."""
    query = request.POST.get("query", "")
    filters = QueueFilterForm(QueryDict(query)).filters()
    # "Mine" or a status filter would hide every free item: next always looks at open, free ones.
    filters = replace(filters, assignee="", statuses=())
    candidates = selectors.queue_claims(user=request.user, filters=filters)
    claim = review.claim_take_next(user=request.user, candidates=candidates)
    if claim is None:
        messages.info(request, "Nothing left to take under these filters.")
        return redirect(reverse("verify:claim-list") + (f"?{query}" if query else ""))
    return redirect(claim)


@require_POST
@role_required(user_can_edit)
def queue_bulk(request: HttpRequest) -> HttpResponse:
    form = BulkForm(request.POST)
    back = reverse("verify:claim-list") + "?" + request.POST.get("query", "")
    if not form.is_valid():
        for errors in form.errors.values():
            messages.error(request, " ".join(str(e) for e in errors))
        return redirect(back)
    data = form.cleaned_data
    result = review.claims_bulk(pks=data["items"], action=_bulk_action(request.user, data))
    if result.done:
        messages.success(request, f"{len(result.done)} item(s): {data['action']} done.")
    for pk, reason in result.refused:
        messages.error(request, f"#{pk}: {reason}")
    return redirect(back)


def _bulk_action(user: Any, data: dict[str, Any]) -> Callable[[int], object]:
    action = data["action"]
    if action == "assign":
        assignee = get_object_or_404(User, pk=data["assignee"], is_active=True)
        return lambda pk: review.claim_assign(user=user, pk=pk, assignee=assignee)
    if action == "unassign":
        return lambda pk: review.claim_release(user=user, pk=pk)
    if action == "dismiss":
        return lambda pk: review.claim_dismiss(user=user, pk=pk, reason=data["reason"])
    return partial(_reset, user)


def _reset(user: Any, pk: int) -> object:
    return review.claim_reset(user=user, pk=pk)


@require_POST
@role_required(user_can_view)
def saved_view_save(request: HttpRequest) -> HttpResponse:
    form = SavedViewForm(request.POST)
    if form.is_valid():
        view = review.saved_view_save(user=request.user, **form.cleaned_data)
        messages.success(request, f"Saved the view “{view.name}”.")
        return redirect(view)
    messages.error(request, "Give the view a name.")
    return redirect(reverse("verify:claim-list") + "?" + request.POST.get("query", ""))


@require_POST
@role_required(user_can_view)
def saved_view_delete(request: HttpRequest, pk: int) -> HttpResponse:
    review.saved_view_delete(user=request.user, pk=pk)
    return redirect("verify:claim-list")
