"""Pages for background batches: start one (files or web addresses), watch it run."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from accounts.decorators import role_required
from accounts.permissions import user_can_ingest
from verify import batch_selectors as selectors
from verify.batch_forms import BatchFilesForm, BatchUrlsForm
from verify.services.batches import batch_create_files, batch_create_urls, batch_file_read

PAGE_SIZE = 50
POLL_SECONDS = 2


@role_required(user_can_ingest)
def batch_list(request: HttpRequest) -> HttpResponse:
    batches = selectors.batch_list_with_progress(user=request.user)
    page = Paginator(batches, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "verify/batch_list.html", {"page": page})


@role_required(user_can_ingest)
@require_http_methods(["GET", "POST"])
def batch_new(request: HttpRequest) -> HttpResponse:
    files_form = BatchFilesForm(request.POST or None, request.FILES or None, prefix="files")
    if request.method == "POST" and files_form.is_valid():
        data = files_form.cleaned_data
        batch = batch_create_files(
            files=[batch_file_read(f.name, f.read(), f.charset) for f in data["uploads"]],
            user=request.user,
            label=data["label"],
            outlet=data["outlet"],
        )
        return redirect(batch)
    context = {"files_form": files_form, "urls_form": BatchUrlsForm(prefix="urls")}
    return render(request, "verify/batch_new.html", context, status=_status(files_form))


@role_required(user_can_ingest)
@require_http_methods(["POST"])
def batch_new_urls(request: HttpRequest) -> HttpResponse:
    urls_form = BatchUrlsForm(request.POST, prefix="urls")
    if urls_form.is_valid():
        data = urls_form.cleaned_data
        batch = batch_create_urls(
            urls=data["urls"], user=request.user, label=data["label"], outlet=data["outlet"]
        )
        return redirect(batch)
    context = {"files_form": BatchFilesForm(prefix="files"), "urls_form": urls_form}
    return render(request, "verify/batch_new.html", context, status=400)


@role_required(user_can_ingest)
def batch_detail(request: HttpRequest, pk: int) -> HttpResponse:
    batch = selectors.batch_get(user=request.user, pk=pk)
    context = {
        "batch": batch,
        "progress": selectors.batch_progress(batch=batch),
        "failures": selectors.batch_failures(batch=batch)[:200],
        "poll_seconds": POLL_SECONDS,
    }
    # htmx polls for the progress fragment alone while the batch runs.
    template = "verify/batch_detail.html"
    if getattr(request, "htmx", False):
        template += "#progress"
    return render(request, template, context)


def _status(form: BatchFilesForm) -> int:
    return 400 if form.errors else 200
