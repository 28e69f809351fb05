"""Several app servers: production, plus media in S3-compatible storage and a purged CDN.

Required on top of production.py: AWS_STORAGE_BUCKET_NAME, and FRONTEND_CACHE (one of
`cloudfront`, `cloudflare`, `http`) with its own variables (docs/deployment.md). The S3 keys
come from the usual AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY variables or the instance role,
which boto3 reads itself.
"""

from .production import *

# --- Media in S3-compatible storage (django-storages) ---
AWS_STORAGE_BUCKET_NAME = required("AWS_STORAGE_BUCKET_NAME")
AWS_S3_REGION_NAME = os.environ.get("AWS_S3_REGION_NAME") or None
AWS_S3_ENDPOINT_URL = os.environ.get("AWS_S3_ENDPOINT_URL") or None  # MinIO, Ceph, …
AWS_S3_CUSTOM_DOMAIN = os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None  # the media CDN host
AWS_LOCATION = os.environ.get("AWS_LOCATION", "media")
AWS_DEFAULT_ACL = None  # the bucket policy decides; objects are never public-write
AWS_QUERYSTRING_AUTH = False  # image renditions are public and cacheable
AWS_S3_FILE_OVERWRITE = False
# S3 cannot send a Content-Security-Policy per object: the media CDN adds the sandbox policy
# that neutralises script in an uploaded SVG (docs/deployment.md, scale-out).
AWS_S3_OBJECT_PARAMETERS = {"CacheControl": "public, max-age=31536000, immutable"}
STORAGES = {
    **STORAGES,
    "default": {"BACKEND": "storages.backends.s3.S3Storage"},
}
if AWS_S3_CUSTOM_DOMAIN:
    MEDIA_URL = f"https://{AWS_S3_CUSTOM_DOMAIN}/{AWS_LOCATION}/"
elif AWS_S3_ENDPOINT_URL:
    MEDIA_URL = f"{AWS_S3_ENDPOINT_URL.rstrip('/')}/{AWS_STORAGE_BUCKET_NAME}/{AWS_LOCATION}/"
else:
    MEDIA_URL = f"https://{AWS_STORAGE_BUCKET_NAME}.s3.amazonaws.com/{AWS_LOCATION}/"
# Documents still go through Wagtail's serve view (permissions, attachment, CSP), which reads
# them from the bucket: base.py sets WAGTAILDOCS_SERVE_METHOD = "serve_view".

# --- CDN in front of the pages, purged on publish (wagtail.contrib.frontend_cache) ---
INSTALLED_APPS += ["wagtail.contrib.frontend_cache"]
# Each FRONTEND_CACHE: Wagtail's purge backend, and its options from environment variables.
_FRONTEND_CACHE_BACKENDS = {
    "cloudfront": ("CloudfrontBackend", {"DISTRIBUTION_ID": "CLOUDFRONT_DISTRIBUTION_ID"}),
    "cloudflare": (
        "CloudflareBackend",
        {"BEARER_TOKEN": "CLOUDFLARE_BEARER_TOKEN", "ZONEID": "CLOUDFLARE_ZONE_ID"},
    ),
    # Varnish or nginx proxy_cache_purge in front of the app servers.
    "http": ("HTTPBackend", {"LOCATION": "FRONTEND_CACHE_LOCATION"}),
}
_frontend_cache = required("FRONTEND_CACHE")
if _frontend_cache not in _FRONTEND_CACHE_BACKENDS:
    raise ImproperlyConfigured("FRONTEND_CACHE must be one of: cloudfront, cloudflare, http.")
_backend, _options = _FRONTEND_CACHE_BACKENDS[_frontend_cache]
WAGTAILFRONTENDCACHE = {
    "default": {
        "BACKEND": f"wagtail.contrib.frontend_cache.backends.{_backend}",
        **{option: required(variable) for option, variable in _options.items()},
    }
}
