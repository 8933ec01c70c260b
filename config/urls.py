from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("", include("verify.urls")),
    path("accounts/", include("accounts.urls")),
    path("admin/", admin.site.urls),
    path("api/", include("verify.api.urls")),
]
