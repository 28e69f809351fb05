"""Every page type answers 200 over HTTP with what a reader expects to find on it."""

import datetime

import pytest
from django.utils import timezone

from demo.starter_pages import create_site_pages
from leaders.listings import POSTS_PER_PAGE
from tests import factories


def test_home_lists_latest_posts_newest_first_with_leader(client, blog_a, blog_b):
    factories.blog_post(blog_a, title="Older post", date=datetime.date(2026, 1, 5))
    factories.blog_post(blog_b, title="Newer post", date=datetime.date(2026, 2, 5))
    response = client.get("/")
    html = response.content.decode()
    assert response.status_code == 200
    assert html.index("Newer post") < html.index("Older post")
    assert "Ben Okoro" in html and "Ada Lovell" in html
    assert 'href="/leaders/"' in html


def test_home_leaves_out_drafts(client, blog_a):
    factories.blog_post(blog_a, title="Secret draft", publish=False)
    assert "Secret draft" not in client.get("/").content.decode()


def test_directory_lists_live_blogs_with_role(client, blog_a, blog_b):
    response = client.get("/leaders/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Ada Lovell" in html and "Ben Okoro" in html
    assert "Chief Executive" in html


def test_directory_shows_portrait_with_its_alt_text(client, directory):
    portrait = factories.image(title="Portrait")
    factories.leader_blog(
        directory, name="Cai Jones", portrait=portrait, portrait_alt_text="Cai Jones, smiling"
    )
    html = client.get("/leaders/").content.decode()
    assert 'alt="Cai Jones, smiling"' in html


def test_leader_blog_lists_only_its_own_live_posts_newest_first(client, blog_a, blog_b):
    factories.blog_post(blog_a, title="First thoughts", date=datetime.date(2026, 3, 1))
    factories.blog_post(blog_a, title="Second thoughts", date=datetime.date(2026, 4, 1))
    factories.blog_post(blog_a, title="Unfinished", publish=False)
    factories.blog_post(blog_b, title="Someone else's post")
    response = client.get("/leaders/ada-lovell/")
    html = response.content.decode()
    assert response.status_code == 200
    assert html.index("Second thoughts") < html.index("First thoughts")
    assert "Unfinished" not in html
    assert "Someone else&#x27;s post" not in html and "Someone else's post" not in html


def test_leader_blog_without_posts_says_so(client, blog_a):
    response = client.get("/leaders/ada-lovell/")
    assert "Ada Lovell has not published any posts yet." in response.content.decode()


def test_leader_blog_paginates_posts(client, blog_a):
    for day in range(POSTS_PER_PAGE + 2):
        factories.blog_post(blog_a, title=f"Post {day:02d}", date=datetime.date(2026, 1, 1 + day))
    first = client.get("/leaders/ada-lovell/").content.decode()
    second = client.get("/leaders/ada-lovell/?page=2").content.decode()
    assert "Post 11" in first and "Post 00" not in first
    assert "Post 00" in second and "Post 11" not in second
    assert "Page 2 of 2" in second


@pytest.mark.parametrize("bad_page", ["0", "999", "abc", "-1", "1e9"])
def test_leader_blog_survives_any_page_number(client, blog_a, bad_page):
    factories.blog_post(blog_a, title="Only post")
    response = client.get(f"/leaders/ada-lovell/?page={bad_page}")
    assert response.status_code == 200
    assert "Only post" in response.content.decode()


def test_post_page_shows_title_byline_summary_body_and_tags(client, blog_a):
    factories.blog_post(
        blog_a,
        title="Listening first",
        summary="Why I listen before I write.",
        body=[factories.paragraph("<p>Residents know their streets.</p>")],
        tags=["listening"],
    )
    response = client.get("/leaders/ada-lovell/listening-first/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Listening first</h1>" in html
    assert '<meta name="description" content="Why I listen before I write.">' in html
    assert "Residents know their streets." in html
    assert "Ada Lovell" in html and "listening" in html


def test_post_date_defaults_to_today(blog_a):
    from leaders.models import BlogPostPage

    assert BlogPostPage().date == timezone.localdate()
    assert BlogPostPage().allow_comments is True


def test_draft_post_is_not_found(client, blog_a):
    factories.blog_post(blog_a, title="Draft", publish=False)
    assert client.get("/leaders/ada-lovell/draft/").status_code == 404


def test_unknown_address_gets_the_styled_404(client, home):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


def test_html_lang_and_landmarks_on_every_page(client, home, post_a):
    create_site_pages(home)  # the footer links to the pages that exist
    for url in ["/", "/leaders/", "/leaders/ada-lovell/", "/leaders/ada-lovell/listening-first/"]:
        html = client.get(url).content.decode()
        assert '<html lang="en-GB">' in html, url
        assert 'class="skip-link" href="#main-content"' in html, url
        for landmark in ("<header", "<nav", '<main id="main-content"', "<footer"):
            assert landmark in html, (url, landmark)
        assert 'href="/accessibility/"' in html and 'href="/privacy/"' in html
