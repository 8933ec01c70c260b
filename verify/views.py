"""Pages: parse input, call a selector or a service, render."""

from __future__ import annotations

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from accounts.decorators import role_required
from accounts.permissions import user_can_ingest, user_can_view
from verify import selectors
from verify.forms import ArticleIngestForm
from verify.highlight import paragraph_bounds, runs
from verify.services.ingest import IngestRefused, article_ingest

PAGE_SIZE = 50


@role_required(user_can_view)
def article_list(request: HttpRequest) -> HttpResponse:
    page = Paginator(selectors.article_list(user=request.user), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    return render(request, "verify/article_list.html", {"page": page})


@role_required(user_can_view)
def article_detail(request: HttpRequest, pk: int) -> HttpResponse:
    article = selectors.article_get(user=request.user, pk=pk)
    items = list(selectors.article_items(article=article))
    context = {"article": article, "items": items, "runs": runs(article.body, items)}
    return render(request, "verify/article_detail.html", context)


@role_required(user_can_ingest)
def article_ingest_view(request: HttpRequest) -> HttpResponse:
    form = ArticleIngestForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            result = article_ingest(
                text=data["text"],
                title=data["title"] or data.get("title_from_file", ""),
                url=data["url"],
                outlet=data["outlet"],
                published_on=data["published_on"],
                user=request.user,
            )
        except IngestRefused as error:
            form.add_error(None, str(error))
        else:
            if not result.created:
                messages.info(request, "This text was already ingested: here is the article.")
            return redirect(result.article)
    status = 400 if form.errors else 200
    return render(request, "verify/article_ingest.html", {"form": form}, status=status)


@role_required(user_can_view)
def claim_list(request: HttpRequest) -> HttpResponse:
    claims = selectors.claim_list(user=request.user)
    kind = request.GET.get("kind")
    if kind in ("claim", "quote"):
        claims = claims.filter(kind=kind)
    page = Paginator(claims, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "verify/claim_list.html", {"page": page, "kind": kind})


@role_required(user_can_view)
def claim_detail(request: HttpRequest, pk: int) -> HttpResponse:
    claim = selectors.claim_get(user=request.user, pk=pk)
    body = claim.article.body
    left, right = paragraph_bounds(body, claim.start, claim.end)
    context = {
        "claim": claim,
        "runs": runs(body, [claim], start=left, end=right),
        "history": selectors.claim_history(claim=claim),
    }
    return render(request, "verify/claim_detail.html", context)
