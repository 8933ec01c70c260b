from django.urls import path

from verify import batch_views, views

app_name = "verify"
urlpatterns = [
    path("", views.article_list, name="article-list"),
    path("articles/new/", views.article_ingest_view, name="article-ingest"),
    path("articles/<int:pk>/", views.article_detail, name="article-detail"),
    path("claims/", views.claim_list, name="claim-list"),
    path("claims/<int:pk>/", views.claim_detail, name="claim-detail"),
    path("batches/", batch_views.batch_list, name="batch-list"),
    path("batches/new/", batch_views.batch_new, name="batch-new"),
    path("batches/new/urls/", batch_views.batch_new_urls, name="batch-new-urls"),
    path("batches/<int:pk>/", batch_views.batch_detail, name="batch-detail"),
]
