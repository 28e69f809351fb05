"""The header, the footer and every link to a site page come from the page tree: renaming a
page moves its links at once (through the page cache too), a withdrawn page leaves no dead
link, and no template spells out a path of its own."""

import re
from pathlib import Path

import pytest
from django.conf import settings

from home.models import (
    AccessibilityStatementPage,
    CommentPolicyPage,
    CookiesPage,
    PrivacyNoticePage,
)
from leaders.models import LeaderDirectoryPage

pytestmark = pytest.mark.django_db

TEMPLATES = Path(settings.BASE_DIR) / "templates"


def section(html: str, start: str, end: str = "</nav>") -> str:
    return html.split(start, 1)[1].split(end, 1)[0]


def header_links(html: str) -> list[str]:
    return re.findall(r'href="([^"]*)"', section(html, '<header class="site-header">', "</header>"))


def footer_links(html: str) -> list[str]:
    return re.findall(r'href="([^"]*)"', section(html, 'aria-label="Site information"'))


def rename(page_class, slug):
    page = page_class.objects.get()
    page.slug = slug
    page.save_revision().publish()
    return page


@pytest.fixture
def site(site_pages, posts):
    return site_pages


@pytest.mark.parametrize(
    "path", ["/", "/leaders/ada-lovell/budget-questions-answered/", "/search/", "/no-such-page/"]
)
def test_header_and_footer_links_are_the_pages_in_the_tree(client, site, path):
    html = client.get(path).content.decode()
    assert header_links(html) == ["/", "/", "/leaders/", "/search/"]  # the site's name, then nav
    assert footer_links(html) == [
        "/accessibility/",
        "/accessibility/report/",
        "/privacy/",
        "/cookies/",
        "/comment-policy/",
        "/feeds/",
    ]


def test_renaming_a_statement_page_moves_its_links_on_cached_pages_too(client, site):
    assert 'href="/privacy/"' in client.get("/").content.decode()  # now in the page cache
    rename(PrivacyNoticePage, "your-data")
    rename(AccessibilityStatementPage, "access")
    html = client.get("/").content.decode()
    assert "/privacy/" not in footer_links(html)
    assert "/your-data/" in footer_links(html)
    assert footer_links(html)[:2] == ["/access/", "/access/report/"]
    report = client.get("/access/report/").content.decode()
    assert 'href="/your-data/"' in report  # the form's own link to the privacy notice
    assert 'href="/privacy/"' not in report
    policy = client.get("/comment-policy/").content.decode()  # its text links by page id
    assert '<a href="/your-data/">privacy notice</a>' in policy


def test_renaming_the_directory_moves_the_header_and_the_breadcrumbs(client, site):
    rename(LeaderDirectoryPage, "people")
    html = client.get("/people/ada-lovell/budget-questions-answered/").content.decode()
    assert "/people/" in header_links(html)
    assert '<li><a href="/people/">Leaders</a></li>' in section(html, 'class="breadcrumbs"')
    assert 'href="/leaders/"' not in html
    assert 'href="/people/"' in client.get("/no-such-page/").content.decode()
    blog = client.get("/people/ada-lovell/").content.decode()  # its routes follow it
    for route in ("feed/", "feed/atom/", "2025/", "2025/03/", "tag/budget/"):
        assert f'href="/people/ada-lovell/{route}"' in blog, route


def test_the_comment_form_links_to_the_policy_and_notice_where_they_are(client, site):
    rename(CommentPolicyPage, "house-rules")
    html = client.get("/leaders/ada-lovell/budget-questions-answered/").content.decode()
    form = html.split('class="comment-form"', 1)[1].split("</form>", 1)[0]
    assert 'href="/house-rules/"' in form and 'href="/privacy/"' in form
    assert "/comment-policy/" not in form


def test_a_withdrawn_page_leaves_no_link(client, site):
    CookiesPage.objects.get().unpublish()
    html = client.get("/").content.decode()
    assert "/cookies/" not in footer_links(html)
    assert "/privacy/" in footer_links(html)


def test_editors_add_a_page_to_the_header_with_show_in_menus(client, site):
    cookies = CookiesPage.objects.get()
    cookies.show_in_menus = True
    cookies.save_revision().publish()
    links = header_links(client.get("/").content.decode())
    # The site's name and Home, the root's menu pages in tree order, then Search.
    assert links[:2] == ["/", "/"] and links[-1] == "/search/"
    assert sorted(links[2:-1]) == ["/cookies/", "/leaders/"]


def test_the_site_feeds_are_announced_from_the_home_page_routes(client, site):
    html = client.get("/search/").content.decode()
    rss = '<link rel="alternate" type="application/rss+xml" title="All posts (RSS)" href="/feed/">'
    assert rss in html
    assert 'title="All posts (Atom)" href="/feed/atom/"' in html


def test_no_template_spells_out_a_path_on_the_site():
    """Links to the site's own pages come from the tree, {% url %} or {% routed_url %}."""
    literal = re.compile(
        r"""(?:href|action|src)=["']/|default:["']/|url ?\}\}(?:[/\w]|\{% ?url\b)"""
    )
    offenders = []
    for template in TEMPLATES.rglob("*"):
        if template.suffix in (".html", ".txt"):
            for number, line in enumerate(template.read_text().splitlines(), 1):
                if literal.search(line):
                    offenders.append(f"{template.relative_to(TEMPLATES)}:{number}: {line.strip()}")
    assert offenders == []
