"""The Wagtail admin asks no other host for anything: staff avatars are local, not Gravatar.

Wagtail fetches each staff member's avatar from Gravatar unless told not to, which sends a hash
of their email address to a third party on every admin page.
"""

from tests.browser.helpers import RequestLog, sign_in

ADMIN_PAGES = [
    "/admin/",
    "/admin/pages/",
    "/admin/users/",
    "/admin/groups/",
    "/admin/account/",
    "/admin/images/",
    "/admin/documents/",
    "/admin/reports/site-history/",
    "/admin/workflows/list/",
]


def test_admin_pages_request_nothing_from_other_hosts(demo_site, new_page, live_server):
    from leaders.models import LeaderBlogPage

    site_host = live_server.url.split("//", 1)[1]
    blog = LeaderBlogPage.objects.get(slug="amira-hassan", locale__language_code="en-gb")
    post = blog.get_children().first()
    for username in ["admin", "comms", "amira.hassan"]:
        page = new_page()  # a fresh context: nothing cached from the previous user
        log = RequestLog(page)
        sign_in(page, username)
        for path in [*ADMIN_PAGES, f"/admin/pages/{post.pk}/edit/"]:
            page.goto(path, wait_until="load")
            assert "gravatar.com" not in page.content(), f"{path} links to Gravatar ({username})"
        other_hosts = log.hosts() - {site_host}
        assert not other_hosts, f"the admin asked other hosts as {username}: {other_hosts}"
