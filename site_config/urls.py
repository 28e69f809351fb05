from django.conf import settings
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from home import views as home_views
from home.sitemaps import PublicSitemap
from site_config import health

urlpatterns = [
    path("healthz", health.healthz, name="healthz"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # --- Readers: search, sitemap, robots.txt (issue 5) ---
    path("search/", home_views.search, name="search"),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": PublicSitemap}}, name="sitemap"),
    path("robots.txt", home_views.robots_txt, name="robots_txt"),
    path("comments/", include("leaders.commenting.urls")),  # issue 4: before Wagtail's catch-all
]

if settings.DEBUG:
    from django.conf.urls.static import static

    # Uploaded media in development; production serves MEDIA_ROOT from the web server or S3.
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [
    # Everything else is a Wagtail page; this must stay last.
    path("", include(wagtail_urls)),
]
