from django.urls import include, path, re_path
from drf_spectacular.views import SpectacularAPIView
from rest_framework.routers import SimpleRouter

from verify.api import docs, views

app_name = "api"

router = SimpleRouter()
router.register("claims", views.ClaimViewSet, basename="claim")
router.register("articles", views.ArticleViewSet, basename="article")
router.register("sources", views.SourceViewSet, basename="source")

urlpatterns = [
    path("v1/export/claims/", views.ExportClaimsView.as_view(), name="export-claims"),
    path("v1/rating-scale/", views.RatingScaleView.as_view(), name="rating-scale"),
    path("v1/", include(router.urls)),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", docs.reference_page, name="docs"),
    re_path(r"^(?P<path>.*)$", views.not_found),
]
