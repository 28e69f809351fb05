from django.conf import settings
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from home import views as home_views
from home.sitemaps import PublicSitemap
from site_config import health, signin

# A database outage anywhere in a request becomes the styled 503 page (site_config/faults.py).
handler500 = "site_config.faults.server_error"

urlpatterns = [
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # Readers: search, sitemap, robots.txt.
    path("search/", home_views.search, name="search"),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": PublicSitemap}}, name="sitemap"),
    path("robots.txt", home_views.robots_txt, name="robots_txt"),
    path("comments/", include("leaders.commenting.urls")),
    # Wagtail's front-end login (login-only pages) with the site's sign-in form, not Django's.
    path("_util/login/", signin.FrontEndLoginView.as_view(), name="wagtailcore_login"),
]

if settings.SERVE_MEDIA and settings.MEDIA_URL.startswith("/"):
    from django.urls import re_path
    from django.views.static import serve

    # Uploaded media in development and `make serve` (SecurityHeadersMiddleware sandboxes them);
    # production serves MEDIA_ROOT from the web server or S3 (docs/deployment.md). Documents
    # only ever go through Wagtail's serve view (permissions, attachment), never from here.
    urlpatterns += [
        re_path(
            rf"^{settings.MEDIA_URL.lstrip('/')}(?!documents/)(?P<path>.*)$",
            serve,
            {"document_root": settings.MEDIA_ROOT},
        )
    ]

urlpatterns += [
    # Everything else is a Wagtail page; this must stay last.
    path("", include(wagtail_urls)),
]
