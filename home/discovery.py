"""Ways into the posts of every leader at once: site-wide feeds, the feeds page and topics.

HomePage's routes call these. Listings use the same live-post queryset and blog attachment as
the leaders' own pages, so their query count does not grow with the number of posts. Every link
is a route of the home page (leaders.routes), so it follows the page tree and the language.
"""

from django.core.paginator import Paginator
from django.db.models import Count
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag

from leaders.archives import blog_feeds, feed_links, tag_or_404
from leaders.feeds import FeedSource, feed_response
from leaders.listings import POSTS_PER_PAGE, attach_blogs, live_posts
from leaders.models import LeaderBlogPage
from leaders.routes import route_url

HOME_TOPICS = 12


def site_posts(home):
    return live_posts().descendant_of(home)


def topics(home):
    """Tags of live posts with how many posts carry each, most used first."""
    return (
        Tag.objects.filter(leaders_blogposttag_items__content_object__in=site_posts(home))
        .annotate(post_count=Count("leaders_blogposttag_items"))
        .order_by("-post_count", "name")
    )


def site_feeds(home, request=None):
    return feed_links(
        _("All posts"),
        route_url(home, "rss", request=request),
        route_url(home, "atom", request=request),
    )


def tag_feeds(home, tag, request=None):
    return feed_links(
        _("Posts about %(tag)s") % {"tag": tag.name},
        route_url(home, "tag_rss", tag.slug, request=request),
        route_url(home, "tag_atom", tag.slug, request=request),
    )


def render(home, request, template, **context):
    return TemplateResponse(request, template, {"page": home, "self": home, **context})


def site_feed(home, request, kind):
    source = FeedSource(
        title=_("Leadership Voices: all posts"),
        description=_("Every post by the leaders who write on Leadership Voices."),
        link=home.get_url(request=request),
        feed_path=route_url(home, kind, request=request),
        posts=site_posts(home),
    )
    return feed_response(request, source, kind)


def tag_feed(home, request, slug, kind):
    tag = tag_or_404(slug)
    source = FeedSource(
        title=_("Leadership Voices: posts about %(tag)s") % {"tag": tag.name},
        description=_("Posts by every leader about %(tag)s.") % {"tag": tag.name},
        link=route_url(home, "tag", tag.slug, request=request),
        feed_path=route_url(home, f"tag_{kind}", tag.slug, request=request),
        posts=site_posts(home).filter(tags=tag),
    )
    return feed_response(request, source, kind)


def feeds_view(home, request):
    blogs = LeaderBlogPage.objects.descendant_of(home).live().public().order_by("title")
    return render(
        home,
        request,
        "home/feeds_page.html",
        site_feeds=site_feeds(home, request),
        blog_feeds=[(blog, blog_feeds(blog, request)) for blog in blogs],
        topics=topics(home),
    )


def tags_view(home, request):
    return render(home, request, "home/tags_page.html", topics=topics(home))


def tag_view(home, request, slug):
    tag = tag_or_404(slug)
    posts = site_posts(home).filter(tags=tag)
    page = Paginator(posts, POSTS_PER_PAGE).get_page(request.GET.get("page"))
    if not page.object_list:
        raise Http404(_("There are no posts about this topic."))
    return render(
        home,
        request,
        "home/tag_page.html",
        tag=tag,
        posts_page=page,
        posts=attach_blogs(page.object_list),
        feeds=tag_feeds(home, tag, request),
    )
