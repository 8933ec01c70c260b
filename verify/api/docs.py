"""The API's reference page: Swagger UI served from our own static files (no CDN), with its
start-up script as a separate file, so it runs under the strict Content Security Policy."""

from __future__ import annotations

from drf_spectacular.views import SpectacularSwaggerSplitView


class ReferencePage(SpectacularSwaggerSplitView):
    # Ours differs only by loading its few styles from a file: inline <style> breaks the CSP.
    template_name = "api/swagger_ui.html"
    url_name = "api:schema"


reference_page = ReferencePage.as_view()
# Signed-out visitors go to the login page, like every page of the site (DRF opts out of it).
reference_page.login_required = True  # type: ignore[attr-defined]
