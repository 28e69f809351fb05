"""The site's URLs plus one cacheable view that renders a CSRF token, as the comment form will."""

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


def leave_message(request):
    messages.success(request, "Thank you: your comment is awaiting moderation.")
    return HttpResponse("sent")


urlpatterns = [
    path("form-page/", form_page),
    path("leave-message/", leave_message),
    *site_urlpatterns,
]
