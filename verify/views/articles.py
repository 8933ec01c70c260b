"""Article pages: the list, one article with its items highlighted, ingest."""

from __future__ import annotations

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from accounts.decorators import role_required
from accounts.permissions import user_can_ingest, user_can_view
from verify import selectors
from verify.forms import ArticleIngestForm, ItemCreateForm
from verify.highlight import runs
from verify.models import Claim
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
    context = {
        "article": article,
        "items": items,
        "runs": runs(article.body, items),
        "create_form": ItemCreateForm(),
        "adjust": _adjusted(request, items),
    }
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


def _adjusted(request: HttpRequest, items: list[Claim]) -> Claim | None:
    """The item whose span the editor came to adjust (``?adjust=<id>``), if it is here."""
    wanted = request.GET.get("adjust", "")
    return next((item for item in items if str(item.pk) == wanted), None)
