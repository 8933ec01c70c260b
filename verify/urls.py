from django.urls import path

from verify import views

app_name = "verify"
urlpatterns = [
    path("", views.article_list, name="article-list"),
    path("articles/new/", views.article_ingest_view, name="article-ingest"),
    path("articles/<int:pk>/", views.article_detail, name="article-detail"),
    path("claims/", views.claim_list, name="claim-list"),
    path("claims/<int:pk>/", views.claim_detail, name="claim-detail"),
]
