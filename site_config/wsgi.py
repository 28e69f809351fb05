"""WSGI entry point for gunicorn (`make serve`) and other WSGI servers."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_config.settings.dev")

application = get_wsgi_application()
