"""Listings of live posts beyond a blog's front page: date archives, tag pages and feeds.

LeaderBlogPage's routes (RoutablePageMixin) and the site-wide tag routes on HomePage call these.
Every listing is a live-post queryset handed to the page's own get_context, which paginates it
and attaches blogs in a fixed number of queries, however many posts there are.
"""

import datetime
import re
from dataclasses import dataclass

from django.http import Http404
from django.utils import formats
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag

from .feeds import FeedSource, feed_response
from .listings import live_posts
from .routes import route_url


@dataclass(frozen=True)
class FeedLink:
    """A feed a page announces with <link rel="alternate"> and links to for readers."""

    title: str
    url: str
    kind: str  # "rss" or "atom"

    @property
    def mime_type(self) -> str:
        return "application/atom+xml" if self.kind == "atom" else "application/rss+xml"


def feed_links(title, rss_url, atom_url):
    return [
        FeedLink(_("%(title)s (RSS)") % {"title": title}, rss_url, "rss"),
        FeedLink(_("%(title)s (Atom)") % {"title": title}, atom_url, "atom"),
    ]


def blog_feeds(blog, request=None):
    return feed_links(
        _("Posts by %(name)s") % {"name": blog.name},
        route_url(blog, "rss", request=request),
        route_url(blog, "atom", request=request),
    )


ROUTE_SLUG = re.compile(r"^(feed|\d{4})$")


def is_route_slug(slug: str) -> bool:
    """True for a post slug the blog's own routes (feed, year archives) would answer instead."""
    return bool(ROUTE_SLUG.match(slug or ""))


def tag_or_404(slug):
    tag = Tag.objects.filter(slug=slug).first()
    if tag is None:
        raise Http404(_("No such tag."))
    return tag


def blog_posts(blog):
    return live_posts().child_of(blog)


def archive_months(blog):
    """The months this leader posted in, newest first, grouped by year, for the archive nav."""
    years = {}
    for month in blog_posts(blog).dates("date", "month", order="DESC"):
        years.setdefault(month.year, []).append(month)
    return sorted(years.items(), reverse=True)


def tags_in_use(posts):
    """Tags of the given live posts, by name, each once."""
    return (
        Tag.objects.filter(leaders_blogposttag_items__content_object__in=posts)
        .distinct()
        .order_by("name")
    )


def blog_navigation(blog, request=None):
    """The ways through one leader's posts shown on each of their listings: dates, tags, feeds."""
    return {
        "archive_months": archive_months(blog),
        "blog_tags": tags_in_use(blog_posts(blog)),
        "feeds": blog_feeds(blog, request),
    }


def render_listing(blog, request, posts, heading):
    if not posts.exists():
        raise Http404(_("There are no posts here."))
    return blog.render(
        request,
        posts=posts,
        template="leaders/leader_blog_listing.html",
        context_overrides={"listing_heading": heading},
    )


def check_year(year):
    # Years before 1 cannot be a date at all; Django's year lookup would raise on them.
    if year < datetime.MINYEAR:
        raise Http404(_("There is no such year."))


def year_view(blog, request, year):
    check_year(year)
    posts = blog_posts(blog).filter(date__year=year)
    heading = _("Posts by %(name)s in %(year)s") % {"name": blog.name, "year": year}
    return render_listing(blog, request, posts, heading)


def month_view(blog, request, year, month):
    check_year(year)
    if not 1 <= month <= 12:
        raise Http404(_("There is no such month."))
    posts = blog_posts(blog).filter(date__year=year, date__month=month)
    when = formats.date_format(datetime.date(year, month, 1), "F Y")
    heading = _("Posts by %(name)s in %(when)s") % {"name": blog.name, "when": when}
    return render_listing(blog, request, posts, heading)


def tag_view(blog, request, slug):
    tag = tag_or_404(slug)
    posts = blog_posts(blog).filter(tags=tag)
    heading = _("Posts by %(name)s tagged “%(tag)s”") % {"name": blog.name, "tag": tag.name}
    return render_listing(blog, request, posts, heading)


def blog_feed(blog, request, kind):
    source = FeedSource(
        title=_("Leadership Voices: %(name)s") % {"name": blog.name},
        description=_("Posts by %(name)s, %(role)s, %(organisation)s.")
        % {"name": blog.name, "role": blog.role, "organisation": blog.organisation},
        link=blog.get_url(request=request),
        feed_path=route_url(blog, kind, request=request),
        posts=blog_posts(blog),
    )
    return feed_response(request, source, kind)
