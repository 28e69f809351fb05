"""URLs of the routes of routable pages: a blog's feeds and archives, the home page's topics.

A route's URL is the page's own URL (from the page tree: its site, and its language once the
site is bilingual) followed by the route's pattern, reversed by name. Nothing else spells out
"feed/" or "tags/".
"""

# A tag's slug in a route: letters of any alphabet, as taggit writes them (Welsh "diogelwch-tân"),
# where Django's <slug:> takes ASCII only.
TAG = r"(?P<tag>[-\w]+)"


def route_url(page, name, *args, request=None, full=False) -> str | None:
    """The URL of route `name` (with its arguments, in order) of a `RoutablePageMixin` page.

    None if the page has no URL. `full` gives the URL on the host of the page's Site record
    (for purging a CDN), not on the public address: for that, pass the result to
    `leaders.site_url.absolute_url`. `request` (or any object Wagtail may cache site look-ups
    on, such as a purge batch) saves repeated look-ups.
    """
    base = page.get_full_url(request=request) if full else page.get_url(request=request)
    if base is None:
        return None
    if not base.endswith("/"):
        base += "/"
    return base + page.reverse_subpage(name, args=args or None)
