"""API endpoints: parse the request, call a selector or service, serialise."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib.auth.decorators import login_not_required
from django.db.models import Count, QuerySet
from django.http import (
    HttpRequest,
    HttpResponse,
    HttpResponseBase,
    JsonResponse,
    StreamingHttpResponse,
)
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiParameter,
    OpenApiResponse,
    extend_schema,
    extend_schema_view,
)
from rest_framework import exceptions, status
from rest_framework.decorators import action
from rest_framework.generics import GenericAPIView
from rest_framework.renderers import BaseRenderer, JSONRenderer
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView
from rest_framework.viewsets import ReadOnlyModelViewSet

from verify import selectors
from verify.api.exceptions import BadRequest, PayloadTooLarge, error_body
from verify.api.filters import MAX_ID, ArticleFilter, ClaimFilter, ExportFilter, SourceFilter
from verify.api.items import claim_items
from verify.api.pagination import ClaimPagination, ExportPagination, KeysetPagination
from verify.api.permissions import CanIngest
from verify.api.renderers import ClaimReviewRenderer, CSVRenderer
from verify.api.schema import CLAIM_REVIEW, errors
from verify.api.serializers import (
    ArticleDetailSerializer,
    ArticleIngestSerializer,
    ArticleSerializer,
    ClaimMatchSerializer,
    ClaimSerializer,
    ExportPageSerializer,
    RatingScaleSerializer,
    SourceDetailSerializer,
)
from verify.exports import (
    CSV_COLUMNS,
    claim_reviews,
    csv_lines,
    desk_from_settings,
    rating_bounds,
    verified_claims,
)
from verify.fetch import FetchFailed
from verify.models import Article, Claim, Source, Verdict
from verify.services.ingest import IngestRefused, IngestResult, article_ingest
from verify.services.url_ingest import article_ingest_url

EXPORT_DESCRIPTION = (
    "Published claims only, ordered by publication time then id. JSON and ClaimReview come in "
    "pages: follow `next` (JSON) or the `Link: rel=next` header (ClaimReview) to resume; a "
    "cursor names the last item served, so no item is seen twice or missed. CSV streams the "
    "whole export in one response. `since` limits it to items published at or after a time."
)
CSV_DESCRIPTION = "One row per claim; columns: " + ", ".join(name for name, _ in CSV_COLUMNS)


class _RatingBoundsMixin:
    """The scale's bounds, read once per request rather than once per serialised verdict."""

    def get_serializer_context(self) -> dict[str, Any]:
        context: dict[str, Any] = super().get_serializer_context()  # type: ignore[misc]
        context["rating_bounds"] = rating_bounds()
        return context


class _StrictLookupMixin:
    """An id that cannot be one (not digits, past 64 bits) is simply not found."""

    kwargs: dict[str, Any]

    def get_object(self) -> Any:
        pk = str(self.kwargs.get("pk", ""))
        if not (pk.isascii() and pk.isdigit() and 0 < int(pk) <= MAX_ID):
            raise exceptions.NotFound()
        return super().get_object()  # type: ignore[misc]


@extend_schema_view(
    list=extend_schema(summary="Claims and quotes", responses={200: ClaimSerializer, **errors()}),
    retrieve=extend_schema(
        summary="One claim or quote", responses={200: ClaimSerializer, **errors(404)}
    ),
)
class ClaimViewSet(_RatingBoundsMixin, _StrictLookupMixin, ReadOnlyModelViewSet[Claim]):
    """Claims and quotes, with their anchor in the article, source, verdict and evidence.
    A verdict appears once published."""

    serializer_class = ClaimSerializer
    filterset_class = ClaimFilter
    pagination_class = ClaimPagination
    queryset = Claim.objects.none()  # the real one comes from the selector, per user

    def get_queryset(self) -> QuerySet[Claim]:
        claims = selectors.claim_list(user=self.request.user)
        return claims.defer("article__body").prefetch_related("evidence")

    def list(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        # Plain rows, not the serializer: the same items at a fraction of the CPU (items.py).
        page = _page_rows(self, self.filter_queryset(self.get_queryset()))
        return self.get_paginated_response(claim_items(page, bounds=rating_bounds()))

    @extend_schema(
        summary="Earlier claims that may say the same thing",
        responses={200: ClaimMatchSerializer(many=True), **errors(404)},
    )
    @action(detail=True, methods=["get"], pagination_class=None, filterset_class=None)
    def matches(self, request: Request, pk: str | None = None) -> Response:
        """Suggested and linked matches, published candidates first, then by score."""
        claim = self.get_object()
        rows = selectors.claim_matches(claim=claim)
        return Response(ClaimMatchSerializer(rows, many=True, context={"request": request}).data)


@extend_schema_view(
    list=extend_schema(summary="Articles", responses={200: ArticleSerializer, **errors()}),
    retrieve=extend_schema(
        summary="One article with its items",
        responses={200: ArticleDetailSerializer, **errors(404)},
    ),
)
class ArticleViewSet(_RatingBoundsMixin, _StrictLookupMixin, ReadOnlyModelViewSet[Article]):
    """Articles; one article comes with its body and items. POST ingests an article, with the
    same checks and limits as the web form."""

    filterset_class = ArticleFilter
    queryset = Article.objects.none()

    @property
    def throttle_scope(self) -> str:
        return "write" if self.request.method == "POST" else "read"

    def get_permissions(self) -> list[Any]:
        return [CanIngest()] if self.request.method == "POST" else list(super().get_permissions())

    def get_serializer_class(self) -> type[ArticleSerializer]:
        return ArticleSerializer if self.action == "list" else ArticleDetailSerializer

    def get_queryset(self) -> QuerySet[Article]:
        articles = selectors.article_list(user=self.request.user)
        if self.action == "list":
            articles = articles.defer("body")
        # An aggregate drops Meta.ordering, so the page order is restated.
        return articles.annotate(items_count=Count("claims")).order_by("-created_at", "-id")

    @extend_schema(
        summary="Ingest an article",
        request=ArticleIngestSerializer,
        responses={
            201: OpenApiResponse(ArticleDetailSerializer, description="Ingested."),
            200: OpenApiResponse(ArticleDetailSerializer, description="This text was already in."),
            **errors(413, 415),
        },
    )
    def create(self, request: Request) -> Response:
        _refuse_large_body(request)
        serializer = ArticleIngestSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        result = _ingest(serializer.validated_data, request.user)
        article = self.get_queryset().get(pk=result.article.pk)
        body = ArticleDetailSerializer(article, context=self.get_serializer_context()).data
        answer = status.HTTP_201_CREATED if result.created else status.HTTP_200_OK
        return Response(body, status=answer, headers={"Location": body["ui_url"]})


def _refuse_large_body(request: Request) -> None:
    # Checked before the body is read: DRF's parsers would otherwise read all of it.
    length = request.META.get("CONTENT_LENGTH") or "0"
    if length.isdigit() and int(length) > settings.DATA_UPLOAD_MAX_MEMORY_SIZE:
        raise PayloadTooLarge()


def _ingest(data: dict[str, Any], user: Any) -> IngestResult:
    """The text when there is one; else the page at the URL, fetched and reduced to its text."""
    try:
        if data.get("text", "").strip():
            return article_ingest(
                text=data["text"],
                title=data.get("title", ""),
                url=data.get("url", ""),
                outlet=data.get("outlet", ""),
                published_on=data.get("published_on"),
                language=data.get("language") or "en",
                user=user,
            )
        return article_ingest_url(url=data["url"], user=user, outlet=data.get("outlet", ""))
    except IngestRefused as error:
        raise BadRequest(str(error), code="ingest_refused") from None
    except FetchFailed as error:
        # The page may well load on another try: the code lets a client tell it from a refusal.
        message = f"The page could not be fetched this time: {error}"
        raise BadRequest(message, code="url_fetch_failed") from None


@extend_schema_view(
    list=extend_schema(summary="Sources", responses={200: SourceDetailSerializer, **errors()}),
    retrieve=extend_schema(
        summary="One source", responses={200: SourceDetailSerializer, **errors(404)}
    ),
)
class SourceViewSet(_StrictLookupMixin, ReadOnlyModelViewSet[Source]):
    """People and organisations items are attributed to."""

    serializer_class = SourceDetailSerializer
    filterset_class = SourceFilter
    queryset = Source.objects.prefetch_related("aliases")


class RatingScaleView(APIView):
    """Each verdict of the desk's scale: label, definition and ClaimReview rating values."""

    @extend_schema(
        summary="The desk's verdict scale",
        responses={200: RatingScaleSerializer(many=True), **errors()},
    )
    def get(self, request: Request) -> Response:
        verdicts = Verdict.objects.filter(is_active=True)
        context = {"request": request, "rating_bounds": rating_bounds()}
        return Response(RatingScaleSerializer(verdicts, many=True, context=context).data)


class ExportClaimsView(GenericAPIView[Claim]):
    """Verified (published) claims as JSON pages, ClaimReview pages, or one streamed CSV."""

    renderer_classes = [JSONRenderer, ClaimReviewRenderer, CSVRenderer]
    filterset_class = ExportFilter
    pagination_class = ExportPagination
    serializer_class = ClaimSerializer
    throttle_scope = "export"
    queryset = Claim.objects.none()

    def get_queryset(self) -> QuerySet[Claim]:
        return verified_claims()

    @extend_schema(
        summary="Export verified claims",
        description=EXPORT_DESCRIPTION,
        parameters=[
            OpenApiParameter(
                "format", str, enum=["json", "claimreview", "csv"], description="Else: Accept."
            ),
            OpenApiParameter(
                "since", OpenApiTypes.DATETIME, description="Published at or after this time."
            ),
            OpenApiParameter("cursor", str, description="Resume after the item it names."),
            OpenApiParameter(
                "page_size", int, description="Items per page of JSON or ClaimReview (1–500)."
            ),
        ],
        responses={
            (200, "application/json"): ExportPageSerializer,
            (200, "application/ld+json"): {"type": "array", "items": CLAIM_REVIEW},
            (200, "text/csv"): OpenApiResponse(OpenApiTypes.STR, description=CSV_DESCRIPTION),
            **errors(),
        },
    )
    def get(self, request: Request) -> HttpResponseBase:
        claims = self.filter_queryset(self.get_queryset())
        fmt = request.accepted_renderer.format
        if fmt == "csv":
            return _csv_response(claims)
        page = _page_rows(self, claims)
        assert isinstance(self.paginator, ExportPagination)
        next_link = self.paginator.get_next_link()
        if fmt == "claimreview":
            documents = claim_reviews(page, desk=desk_from_settings(), bounds=rating_bounds())
            headers = {"Link": f'<{next_link}>; rel="next"'} if next_link else {}
            return _rendered(documents, request.accepted_renderer, headers)
        items = claim_items(page, bounds=rating_bounds())
        return _rendered({"next": next_link, "results": items}, request.accepted_renderer)

    def finalize_response(  # type: ignore[override]  # the CSV answer is a streaming one
        self, request: Request, response: HttpResponseBase, *args: Any, **kwargs: Any
    ) -> HttpResponseBase:
        # Errors are always JSON, whatever format the export was asked in.
        if response.status_code >= 400 and isinstance(response, Response):
            request.accepted_renderer = JSONRenderer()
            request.accepted_media_type = JSONRenderer.media_type
        return super().finalize_response(request, response, *args, **kwargs)  # type: ignore[arg-type]


def _page_rows(view: GenericAPIView[Claim], claims: QuerySet[Claim]) -> list[dict[str, Any]]:
    """One page of plain rows (``KeysetPagination.fields``), not model instances."""
    assert isinstance(view.paginator, KeysetPagination)
    return view.paginator.paginate_queryset(claims, view.request, view)


def _rendered(
    data: Any, renderer: BaseRenderer, headers: dict[str, str] | None = None
) -> HttpResponse:
    """The page rendered at once. A DRF Response would keep the page's objects alive in a
    reference cycle (view -> response -> renderer context -> view) until the cyclic garbage
    collector ran: ≈3 MB a 500-item page, piling up over a long export."""
    body = renderer.render(data, renderer.media_type)
    return HttpResponse(body, content_type=renderer.media_type, headers=headers)


def _csv_response(claims: QuerySet[Claim]) -> StreamingHttpResponse:
    lines = csv_lines(claims.order_by("published_at", "id"), desk=desk_from_settings())
    response = StreamingHttpResponse(lines, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="verified-claims.csv"'
    return response


@login_not_required
def not_found(request: HttpRequest, path: str = "") -> JsonResponse:
    """Unknown addresses under /api/ answer in the API's error shape, not an HTML page."""
    return JsonResponse(error_body("not_found", "Not found."), status=status.HTTP_404_NOT_FOUND)
