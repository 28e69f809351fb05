"""`/healthz`: answers "ok" while the process can serve requests (for load balancers, and the
benchmark's reference: the cheapest request the full middleware stack can answer)."""

from django.http import HttpResponse
from django.views.decorators.cache import never_cache


@never_cache
def healthz(request):
    return HttpResponse("ok", content_type="text/plain")
