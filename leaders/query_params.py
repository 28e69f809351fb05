"""Which query parameters a page or a route of a routable page reads.

A page that reads none (a post, the directory, a feed) renders the same whatever the query
string says; a listing reads its page number. The page cache keys a page on the parameters it
reads and hides every other one from it (`pagecache.middleware`), so a shared link's tracking
parameters neither bypass the cache nor multiply its entries. A page or route that starts
reading a parameter must say so here, or it never sees it.
"""

PAGE_NUMBER = "page"


def reads_query(*names: str):
    """Decorator for a route (or any view) that reads these query parameters, each a page
    number; without it a route reads what its page's `query_parameters_read` attribute says."""

    def mark(view):
        view.query_parameters_read = frozenset(names)
        return view

    return mark
