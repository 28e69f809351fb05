"""The site's navigation, read from the page tree: the header, the footer, and the pages other
pages point to (the leaders' directory, the privacy notice, the comment policy, topics, feeds).

No slug or path is written anywhere. Each link is the URL of a live child of the site's root
page, found by its type (the leaders' directory and the four statement pages) or because
editors ticked "Show in menus"; or a route of one of those pages; or a named URL (search).
Renaming or moving a page moves every link to it, and a bilingual site gets each language's own
tree.

Cost: one query (the root's children) per request, however many templates ask, since the result
is kept on the request; none for a page served from the page cache. Publishing, unpublishing or
moving any page but a post or a blog refreshes the whole page cache (pagecache.invalidation), so
a cached page never keeps an old link.
"""

from dataclasses import dataclass

from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _
from wagtail.models import Site

from leaders.archives import FeedLink
from leaders.models import LeaderDirectoryPage
from leaders.routes import route_url

from . import discovery
from .models import (
    AccessibilityStatementPage,
    CommentPolicyPage,
    CookiesPage,
    HomePage,
    PrivacyNoticePage,
)

# Pages found by their type, each with the label the site gives its links whatever its title.
BY_TYPE = {
    LeaderDirectoryPage: ("directory", _("Leaders")),
    AccessibilityStatementPage: ("accessibility", _("Accessibility statement")),
    PrivacyNoticePage: ("privacy", _("Privacy notice")),
    CookiesPage: ("cookies", _("Cookies")),
    CommentPolicyPage: ("comment_policy", _("Comment policy")),
}


@dataclass(frozen=True)
class Link:
    label: str
    url: str


@dataclass(frozen=True)
class Navigation:
    """Every link is None when its page is missing (not created, not live, not routable)."""

    search: Link | None = None
    home: Link | None = None
    root: HomePage | None = None  # the site's home page, for its own routes in templates
    directory: Link | None = None
    menu: tuple[Link, ...] = ()  # the header's links between Home and Search
    accessibility: Link | None = None
    accessibility_report: Link | None = None
    privacy: Link | None = None
    cookies: Link | None = None
    comment_policy: Link | None = None
    topics: Link | None = None
    feeds_page: Link | None = None
    feeds: tuple[FeedLink, ...] = ()  # the site-wide feeds every page announces

    @property
    def header(self) -> tuple[Link, ...]:
        return tuple(link for link in (self.home, *self.menu, self.search) if link)

    @property
    def footer(self) -> tuple[Link, ...]:
        links = (
            self.accessibility,
            self.accessibility_report,
            self.privacy,
            self.cookies,
            self.comment_policy,
            self.feeds_page,
        )
        return tuple(link for link in links if link)


def _link(label, url) -> Link | None:
    return Link(label, url) if url else None


def _named(label, name) -> Link | None:
    """A link to a named URL; None where it is not routed (the 404 page of a test URLconf)."""
    try:
        return Link(label, reverse(name))
    except NoReverseMatch:
        return None


def build(request) -> Navigation:
    """The navigation of the site answering `request` (only search without one)."""
    search = _named(_("Search"), "search")
    site = Site.find_for_request(request)
    if site is None:
        return Navigation(search=search)
    root = site.root_page.localized.specific_deferred
    found, menu = {}, []
    for child in root.get_children().live().specific(defer=True):
        key, label = BY_TYPE.get(type(child), (None, child.title))
        link = _link(label, child.get_url(request=request))
        if key and key not in found:
            found[key] = (child, link)
        # The leaders' directory is the site's main section: always in the header.
        if link and (child.show_in_menus or key == "directory"):
            menu.append(link)
    links = {key: link for key, (_page, link) in found.items()}
    statement = found.get("accessibility", (None, None))[0]
    if statement is not None:
        links["accessibility_report"] = _link(
            _("Report an accessibility problem"), route_url(statement, "report", request=request)
        )
    home = root if isinstance(root, HomePage) else None
    if home is not None:
        links["topics"] = _link(_("Topics"), route_url(home, "tags", request=request))
        links["feeds_page"] = _link(_("Feeds"), route_url(home, "feeds", request=request))
        links["feeds"] = tuple(discovery.site_feeds(home, request))
    return Navigation(
        search=search,
        home=_link(_("Home"), root.get_url(request=request)),
        root=home,
        menu=tuple(menu),
        **links,
    )


def for_request(request) -> Navigation:
    """The navigation for this request, built once and kept on it."""
    if request is None:
        return build(None)
    navigation = getattr(request, "_site_navigation", None)
    if navigation is None:
        navigation = request._site_navigation = build(request)
    return navigation
