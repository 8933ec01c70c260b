from django.urls import path

from verify import batch_views, views

app_name = "verify"
urlpatterns = [
    path("", views.article_list, name="article-list"),
    path("articles/new/", views.article_ingest_view, name="article-ingest"),
    path("articles/<int:pk>/", views.article_detail, name="article-detail"),
    path("articles/<int:pk>/items/new/", views.claim_create, name="claim-create"),
    path("claims/", views.claim_list, name="claim-list"),
    path("claims/next/", views.queue_next, name="queue-next"),
    path("claims/bulk/", views.queue_bulk, name="queue-bulk"),
    path("claims/views/", views.saved_view_save, name="saved-view-save"),
    path("claims/views/<int:pk>/delete/", views.saved_view_delete, name="saved-view-delete"),
    path("claims/<int:pk>/", views.claim_detail, name="claim-detail"),
    path("evidence/<int:evidence_id>/", views.claim_evidence_edit, name="evidence-edit"),
    path("sources/options/", views.source_options, name="source-options"),
    path("dashboard/", views.dashboard, name="dashboard"),
    path("batches/", batch_views.batch_list, name="batch-list"),
    path("batches/new/", batch_views.batch_new, name="batch-new"),
    path("batches/new/urls/", batch_views.batch_new_urls, name="batch-new-urls"),
    path("batches/<int:pk>/", batch_views.batch_detail, name="batch-detail"),
]
# One URL name per change (``verify:claim-propose``…), each taking the item's id.
urlpatterns += [
    path(f"claims/<int:pk>/{name}/", view, {"action": name}, name=f"claim-{name}")
    for view, names in (
        (views.claim_lease, views.LEASE_ACTIONS),
        (views.claim_action, views.CLAIM_ACTIONS),
    )
    for name in names
]
