"""The claim page's "Already checked?" panel: link an item to the claim it repeats, or dismiss."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.views.decorators.http import require_POST

from accounts import permissions as perm
from accounts.decorators import role_required
from verify import selectors
from verify.services import matching
from verify.services.review import ReviewRefused

MATCH_ACTIONS = ("link", "dismiss")


@require_POST
@role_required(perm.user_can_edit)
def claim_match_decide(request: HttpRequest, pk: int, match_id: int, action: str) -> HttpResponse:
    claim = selectors.claim_get(user=request.user, pk=pk)
    if action not in MATCH_ACTIONS or not selectors.claim_match_exists(claim=claim, pk=match_id):
        raise Http404
    try:
        if action == "link":
            matching.claim_match_link(user=request.user, pk=claim.pk, match_id=match_id)
            messages.success(request, "Linked: this item now carries the published verdict.")
        else:
            matching.claim_match_dismiss(user=request.user, pk=claim.pk, match_id=match_id)
            messages.success(request, "Match dismissed.")
    except ReviewRefused as error:
        messages.error(request, str(error))
    return redirect(claim)
