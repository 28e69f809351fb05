"""Pages a public body must have, the accessibility report form, sitemap.xml, robots.txt and
the site icon."""

import xml.etree.ElementTree as ET

import pytest
from django.core import mail
from django.core.management import call_command

from home.models import AccessibilityStatementPage, CookiesPage
from tests import factories

from .conftest import send_report

SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
FOOTER_LINKS = [
    "/accessibility/",
    "/accessibility/report/",
    "/privacy/",
    "/cookies/",
    "/comment-policy/",
]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "heading"),
    [
        ("/accessibility/", "Reporting accessibility problems with this website"),
        ("/privacy/", "How to complain"),
        ("/cookies/", "csrftoken"),
        ("/comment-policy/", "Freedom of Information"),
    ],
)
def test_site_information_pages_are_published_with_starting_text(client, site_pages, path, heading):
    response = client.get(path)
    assert response.status_code == 200
    assert heading in response.content.decode()


@pytest.mark.django_db
def test_cookies_page_lists_each_cookie_in_a_table(client, site_pages):
    html = client.get("/cookies/").content.decode()
    assert '<th scope="row"><code>csrftoken</code></th>' in html
    assert '<th scope="row"><code>sessionid</code></th>' in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/leaders/",
        "/leaders/ada-lovell/",
        "/search/",
        "/tags/",
        "/accessibility/",
        "/no-such-page/",
    ],
)
def test_every_page_footer_links_to_the_statement_pages(client, site_pages, posts, path):
    html = client.get(path).content.decode()
    for link in FOOTER_LINKS:
        assert f'href="{link}"' in html


@pytest.mark.django_db
def test_load_demo_creates_the_statement_pages_once(settings):
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    english = {"locale__language_code": "en-gb"}
    assert AccessibilityStatementPage.objects.live().get(**english).url == "/accessibility/"
    assert CookiesPage.objects.get(**english).cookies.count() == 2


@pytest.mark.django_db
def test_report_form_sends_the_report_to_the_team(client, site_pages, instant_forms):
    response = send_report(
        client,
        page_address="/leaders/",
        problem="The play button is hard to see.",
        name="Sam",
        email="sam@example.org",
    )
    assert response.status_code == 302
    assert response["Location"] == "/accessibility/report/sent/"
    [message] = mail.outbox
    assert message.to == ["accessibility@eastmoor.example"]
    assert message.reply_to == ["sam@example.org"]
    assert "The play button is hard to see." in message.body
    assert "Report sent" in client.get(response["Location"]).content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({}, "Describe the problem you found"),
        ({"problem": "   "}, "Describe the problem you found"),
        ({"problem": "x" * 5001}, "The description must be 5000 characters or fewer"),
        (
            {"problem": "Bad contrast", "email": "not-an-email"},
            "Enter an email address in the correct format",
        ),
    ],
)
def test_report_form_explains_bad_input_and_sends_nothing(
    client, site_pages, instant_forms, data, message
):
    response = send_report(client, **data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "There is a problem" in html
    assert message in html
    assert 'aria-invalid="true"' in html
    assert "_error" in html and 'aria-describedby="id_' in html
    assert response.context["form"].data.get("problem", "") == data.get("problem", "")
    assert mail.outbox == []


@pytest.mark.django_db
def test_report_form_keeps_the_text_when_mail_cannot_be_sent(
    client, site_pages, instant_forms, settings
):
    settings.EMAIL_BACKEND = "tests.readers.failing_email.MailServerDownBackend"
    response = send_report(client, problem="Captions missing")
    assert response.status_code == 503
    html = response.content.decode()
    assert "Your report could not be sent" in html
    assert "Captions missing" in html


@pytest.mark.django_db
def test_report_form_is_protected_by_csrf(site_pages):
    from django.test import Client

    response = Client(enforce_csrf_checks=True).post("/accessibility/report/", {"problem": "x"})
    assert response.status_code == 403


@pytest.mark.django_db
def test_sitemap_lists_every_live_page_on_the_public_address(client, site_pages, posts, draft):
    site_pages.save_revision().publish()  # the migration's home page has no revision yet
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)  # noqa: S314 (our own response)
    entries = {
        url.find("s:loc", SITEMAP_NS).text: url.find("s:lastmod", SITEMAP_NS).text
        for url in root.findall("s:url", SITEMAP_NS)
    }
    base = "https://leaders.example"
    for path in [
        "/",
        "/leaders/",
        "/leaders/ada-lovell/",
        "/leaders/ada-lovell/winter-ready/",
        "/accessibility/",
        "/cookies/",
    ]:
        assert base + path in entries
        assert entries[base + path]  # a last-modified date
    assert not any("secret-draft" in loc for loc in entries)


@pytest.mark.django_db
def test_robots_txt_points_to_the_sitemap_and_keeps_search_out(client):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "Disallow: /search/" in lines
    assert "Sitemap: https://leaders.example/sitemap.xml" in lines


@pytest.mark.django_db
def test_favicon_is_linked_and_served_from_the_site_itself(client, home):
    html = client.get("/").content.decode()
    assert '<link rel="icon" href="/static/icons/favicon.ico"' in html
    assert '<link rel="icon" href="/static/icons/favicon.svg" type="image/svg+xml">' in html
    # Clients that never read the page ask for /favicon.ico at the root.
    response = client.get("/favicon.ico", follow=True)
    assert response.redirect_chain == [("/static/icons/favicon.ico", 301)]
    assert response.status_code == 200
    assert b"".join(response.streaming_content)[:4] == b"\x00\x00\x01\x00"  # an ICO file


@pytest.mark.django_db
def test_listing_canonical_keeps_only_a_real_page_number(client, blog_a):
    for n in range(12):
        factories.blog_post(blog_a, title=f"Note {n}")
    html = client.get("/leaders/ada-lovell/?page=2&utm_source=x").content.decode()
    assert (
        '<link rel="canonical" href="https://leaders.example/leaders/ada-lovell/?page=2">' in html
    )
    html = client.get("/leaders/ada-lovell/?page=abc").content.decode()
    assert '<link rel="canonical" href="https://leaders.example/leaders/ada-lovell/">' in html
