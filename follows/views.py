"""The follower's pages. The form's POST asks for consent by email; the links in emails open
pages that say what their button will do, and only the button's POST changes anything (mail
scanners open every link). The one-click unsubscribe POST (RFC 8058) arrives from a mail
program with no cookie, so it is exempt from CSRF: the signed token is its authority, and it
can only stop the one follow it names.

The follow form is exempt from CSRF too, and carries no token. CSRF protection keeps another
site from acting with a reader's authority (their session); this form has none to borrow: it
reads no cookie and no account, and all it does is email a confirmation request to the address
typed in, which anyone can do from anywhere. Without a per-reader token, the home page and the
blogs that show the form stay shareable: compressed by the page cache and kept by a CDN
(docs/decisions.md)."""

from django.db import transaction
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST
from wagtail.models import Page

from comments import ratelimit
from leaders.site_url import absolute_url
from site_config.client_address import client_ip

from . import emails, tokens
from .conf import option
from .forms import FollowForm, ManageForm
from .models import ConsentRequest, FollowedLeader, Follower
from .versions import blog_name

NOTICES = {
    "invalid": (
        _("This link is not valid"),
        _(
            "Check that you copied the whole link from the email. The link stops working when "
            "someone stops the emails or asks for new links; use the link in a newer email."
        ),
    ),
    "confirmed_already": (
        _("Already confirmed"),
        _("You have already confirmed this; confirming it again changes nothing."),
    ),
    "stopped": (
        _("You will not get more emails from this leader"),
        _("We have stopped your emails about this leader's new posts. Other follows are kept."),
    ),
    "stopped_all": (
        _("You will not get any more emails"),
        _("We have deleted your email address and the leaders you followed."),
    ),
    "new_link": (
        _("Check your email"),
        _(
            "Every earlier link has stopped working. We have sent a new link to manage your "
            "emails to your address."
        ),
    ),
    "page_gone": (
        _("The form could not be sent"),
        _("The page you were on is not available any more. Reload it and try again."),
    ),
}


def page(request, template, status=200, **context):
    return render(request, f"follows/{template}.html", context, status=status)


def notice(request, kind, status=200, **context):
    heading, message = NOTICES[kind]
    return page(request, "notice", status, heading=heading, message=message, **context)


def read_link(request, token, purpose):
    """(follower, data) from a link's token, or (None, an error page to answer with)."""
    try:
        return tokens.read(token, purpose)
    except tokens.Expired:
        return None, page(request, "link_expired", 410, days=_link_days(purpose))
    except tokens.InvalidLink:
        return None, notice(request, "invalid", 404)


def _link_days(purpose):
    return option("CONFIRMATION_DAYS") if purpose == "confirm" else option("MANAGE_LINK_DAYS")


@csrf_exempt
@require_POST
@never_cache
def follow(request):
    """Ask for consent. The answer is the same whether the address follows already or not."""
    language = get_language()
    form = FollowForm(request.POST, language=language)
    if not form.is_valid():
        return page(request, "form_page", 400, form=form)
    consent_page = Page.objects.live().filter(pk=form.cleaned_data["page"]).first()
    if consent_page is None:
        return notice(request, "page_gone", 400)
    email = form.cleaned_data["email"]
    limits = option("RATE_LIMITS")
    wait = max(
        ratelimit.hit("follow:ip", client_ip(request) or "", limits),
        ratelimit.hit("follow:email", ratelimit.mailbox(email), limits),
    )
    if wait:
        response = page(request, "too_many", 429, minutes=max(1, -(-wait // 60)))
        response["Retry-After"] = str(wait)
        return response
    with transaction.atomic():
        follower, _created = Follower.objects.get_or_create(
            email=email, defaults={"language": language}
        )
        consent = ConsentRequest.objects.create(
            follower=follower,
            blog_keys=form.cleaned_data["leaders"],  # sorted, each once (FollowForm)
            language=language,
            page_url=absolute_url(consent_page, request) or "",
        )
        emails.send_confirmation_request(consent)  # leaves through the queue after commit
    return page(request, "check_email", email=email, days=option("CONFIRMATION_DAYS"))


def _names(blog_keys, language):
    return [blog_name(key, language) for key in blog_keys]


@require_http_methods(["GET", "HEAD", "POST"])
@never_cache
def confirm(request, token):
    follower, data = read_link(request, token, "confirm")
    if follower is None:
        return data
    consent = follower.consents.filter(pk=data.get("r")).first()
    if consent is None:
        return notice(request, "invalid", 404)
    if consent.confirmed_at is not None:
        return notice(request, "confirmed_already")
    names = _names(consent.blog_keys, get_language())
    if request.method != "POST":
        return page(request, "confirm", names=names, email=follower.email)
    with transaction.atomic():
        updated = ConsentRequest.objects.filter(pk=consent.pk, confirmed_at=None).update(
            confirmed_at=timezone.now()
        )
        if not updated:  # a second click at the same moment
            return notice(request, "confirmed_already")
        for key in consent.blog_keys:
            FollowedLeader.objects.get_or_create(follower=follower, blog_key=key)
        follower.language = consent.language
        follower.confirmed_at = follower.confirmed_at or timezone.now()
        follower.save(update_fields=["language", "confirmed_at"])
    return page(
        request,
        "confirmed",
        names=names,
        manage_url=reverse("follows:manage", args=[tokens.manage_token(follower)]),
    )


@require_http_methods(["GET", "HEAD", "POST"])
@never_cache
def manage(request, token):
    """Add or drop leaders, change the emails' language, stop everything, or revoke links."""
    follower, data = read_link(request, token, "manage")
    if follower is None:
        return data
    language = get_language()
    followed = [str(key) for key in follower.follows.values_list("blog_key", flat=True)]
    action = request.POST.get("action")
    if request.method == "POST" and action == "stop_all":
        follower.delete()
        return notice(request, "stopped_all")
    if request.method == "POST" and action == "new_link":
        Follower.objects.filter(pk=follower.pk).update(link_version=follower.link_version + 1)
        follower.refresh_from_db()
        emails.send_new_manage_link(follower)
        return notice(request, "new_link")
    initial = {"leaders": followed, "language": follower.language}
    form = ManageForm(request.POST or None, initial=initial, language=language)
    saved = False
    if request.method == "POST":
        if not form.is_valid():
            return page(request, "manage", 400, form=form, email=follower.email)
        _save_follows(follower, followed, form.cleaned_data)
        saved = True
        form = ManageForm(initial=form.cleaned_data, language=language)
    return page(request, "manage", form=form, email=follower.email, saved=saved)


def _save_follows(follower, followed, cleaned):
    """Followed leaders not on the form (a blog in another language only) are kept."""
    shown = {key for key, _name in ManageForm(language=get_language()).fields["leaders"].choices}
    chosen = set(cleaned["leaders"])
    with transaction.atomic():
        follower.follows.filter(blog_key__in=shown - chosen).delete()
        for key in chosen - set(followed):
            FollowedLeader.objects.get_or_create(follower=follower, blog_key=key)
        Follower.objects.filter(pk=follower.pk).update(language=cleaned["language"])


@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
@never_cache
def stop(request, token):
    """One leader's "stop these emails": a page with a button, and RFC 8058's one-click POST."""
    follower, data = read_link(request, token, "stop")
    if follower is None:
        return data
    name = blog_name(data.get("b"), get_language())
    if request.method != "POST":
        return page(request, "stop", name=name)
    follower.follows.filter(blog_key=data.get("b")).delete()
    return notice(request, "stopped")
