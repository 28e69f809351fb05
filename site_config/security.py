"""Security headers Django 5.2 does not set itself: Content-Security-Policy and Permissions-Policy.

Django 5.2 has no built-in CSP (it arrives in 6.0) and django-csp would be a dependency for
what one small middleware does, so this one sets one policy per kind of response:

- public pages: no inline script or style, frames only from the two video hosts;
- the Wagtail admin: Wagtail 8 still renders a few inline scripts and style attributes
  (inline panels, date widgets, the preview panel), so it gets 'unsafe-inline', never 'unsafe-eval';
- uploaded media served by Django (development and `make serve`): a sandbox, so an uploaded SVG
  opened directly cannot run script.

A view that sets its own policy (Wagtail's document and image serve views do) keeps it.
Referrer-Policy, X-Content-Type-Options, Cross-Origin-Opener-Policy and HSTS come from Django's
SecurityMiddleware and its SECURE_* settings.
"""

from urllib.parse import urlsplit

from django.conf import settings

from .admin_path import is_admin_path

VIDEO_FRAME_SOURCES = "https://www.youtube-nocookie.com https://player.vimeo.com"

PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
    "microphone=(), payment=(), usb=(), browsing-topics=()"
)


def _media_origin() -> str:
    """The origin of MEDIA_URL when media live elsewhere (S3 or a CDN), else nothing."""
    parts = urlsplit(settings.MEDIA_URL)
    return f" {parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else ""


def _policy(relaxed=None) -> str:
    """The public policy, with the directives in `relaxed` replaced."""
    media = _media_origin()
    directives = {
        "default-src": "'self'",
        "script-src": "'self'",
        "style-src": "'self'",
        "img-src": f"'self' data:{media}",
        "media-src": f"'self'{media}",
        "font-src": "'self'",
        "connect-src": "'self'",
        "frame-src": VIDEO_FRAME_SOURCES,
        "frame-ancestors": "'self'",
        "object-src": "'none'",
        "base-uri": "'self'",
        "form-action": "'self'",
    }
    directives.update(relaxed or {})
    return "; ".join(f"{name} {value}" for name, value in directives.items())


def public_policy() -> str:
    return _policy()


def _sso_origin() -> str:
    """The single sign-on provider's origin: an admin form whose save leads to a session check
    (site_config/sso/middleware.py) is redirected there, and form-action covers redirects."""
    parts = urlsplit(settings.OIDC_OP_ISSUER)
    return f" {parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else ""


def admin_policy() -> str:
    return _policy(
        {
            "form-action": f"'self'{_sso_origin()}",
            "script-src": "'self' 'unsafe-inline'",
            "style-src": "'self' 'unsafe-inline'",
            "img-src": f"'self' data: blob:{_media_origin()}",
            "font-src": "'self' data:",
            "frame-src": f"'self' {VIDEO_FRAME_SOURCES}",
        }
    )


# Media opened directly: images may draw and style themselves, nothing may run or load.
MEDIA_POLICY = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox"


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.media_prefix = settings.MEDIA_URL if settings.MEDIA_URL.startswith("/") else None
        self.public = public_policy()

    def __call__(self, request):
        response = self.get_response(request)
        path = request.path_info
        if self.media_prefix and path.startswith(self.media_prefix):
            policy = MEDIA_POLICY
        elif is_admin_path(request.path):
            policy = admin_policy()  # per request: it follows the single sign-on settings
        else:
            policy = self.public
        response.headers.setdefault("Content-Security-Policy", policy)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response
