from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from home import views as home_views
from home.sitemaps import PublicSitemap
from pagecache.middleware import cache_public
from site_config import health, media, signin

# A database outage anywhere in a request becomes the styled 503 page (site_config/faults.py).
handler500 = "site_config.faults.server_error"

urlpatterns = [
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
    # Admin views replaced at Wagtail's own addresses, so listed first (leaders/admin_urls.py).
    path(settings.ADMIN_PATH, include("leaders.admin_urls")),
    # Single sign-on's round trip (site_config/sso/); answers 404 while it is not configured.
    path(f"{settings.ADMIN_PATH}sso/", include("site_config.sso.urls")),
    # The passkey ceremonies, under the admin so the second-factor middleware guards them, but
    # outside Wagtail's sign-in requirement: a passkey is also a way to sign in.
    path(f"{settings.ADMIN_PATH}passkeys/", include("site_config.passkeys")),
    path(settings.ADMIN_PATH, include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # One sitemap and one robots.txt for both languages.
    path(
        "sitemap.xml",
        cache_public(sitemap, reads={"p"}),
        {"sitemaps": {"pages": PublicSitemap}},
        name="sitemap",
    ),
    path("robots.txt", home_views.robots_txt, name="robots_txt"),
    path("favicon.ico", home_views.favicon, name="favicon"),
    # Wagtail's front-end login (login-only pages) with the site's sign-in form, not Django's.
    path("_util/login/", signin.FrontEndLoginView.as_view(), name="wagtailcore_login"),
]

if settings.SERVE_MEDIA and settings.MEDIA_URL.startswith("/"):
    # Uploaded images in development and `make serve` (site_config/media.py); production serves
    # them from the web server or S3 (docs/deployment.md). Documents never come from here, only
    # from Wagtail's serve view (privacy, attachment).
    urlpatterns += media.media_urlpatterns()

# What readers see, in English at /… and in Welsh at /cy/… (docs/i18n.md).
urlpatterns += i18n_patterns(
    path("search/", home_views.search, name="search"),
    path("comments/", include("comments.urls")),
    path("follow/", include("follows.urls")),
    # A page with no translation nor alias in the reader's language yet (home/languages.py).
    path(
        "untranslated/<id:page_id>/",
        home_views.untranslated,
        name="untranslated",
    ),
    # Everything else is a Wagtail page; this must stay last.
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
