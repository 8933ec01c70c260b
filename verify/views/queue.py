"""The review queue: filters in the URL, keyset pages, next item, bulk actions, saved views."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial
from typing import Any

from django.contrib import messages
from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
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
        "query": _query(request.GET),
        "sort_links": {col: _query(request.GET, sort=v) for col, v in SORT_COLUMNS.items()},
        "status_rows": _status_rows(request, filters),
        "saved_views": selectors.saved_views(user=request.user),
        "now_dt": timezone.now(),
        **selectors.queue_choices(),
    }
    template = "verify/queue.html"
    details = htmx(request)
    if details is not None and details.target == "queue-results":
        template += "#results"
    return render(request, template, context)


def _status_rows(request: HttpRequest, filters: QueueFilters) -> list[tuple[str, str, int, str]]:
    """(status, label, count, link to that status) for the counts bar."""
    counts = selectors.queue_status_counts(user=request.user, filters=filters)
    return [
        (value, label, counts[value], _query(request.GET, status=value))
        for value, label in Claim.Status.choices
    ]


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
