"""The site's URLs plus cacheable views: one renders a CSRF token, as the comment form does;
one shows whatever query string it sees, to prove a cached view sees only what it reads."""

from django.contrib import messages
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.urls import path
from django.views.decorators.http import require_http_methods

from pagecache.middleware import cache_public
from site_config.urls import urlpatterns as site_urlpatterns


@cache_public
@require_http_methods(["GET", "POST"])
def form_page(request):
    if request.method == "POST":
        return HttpResponse("accepted")
    token = get_token(request)
    return HttpResponse(
        f'<form method="post"><input type="hidden" name="csrfmiddlewaretoken" value="{token}">'
        "<button>Send</button></form>"
    )


def echo_query(request):
    """A careless view: it shows a parameter it never declared, and its whole address."""
    return HttpResponse(f"colour={request.GET.get('colour', '')} at {request.get_full_path()}")


def leave_message(request):
    messages.success(request, "Thank you: your comment is awaiting moderation.")
    return HttpResponse("sent")


urlpatterns = [
    path("form-page/", form_page),
    path("leave-message/", leave_message),
    path("echo/", cache_public(echo_query, reads={"page"})),
    *site_urlpatterns,
]
