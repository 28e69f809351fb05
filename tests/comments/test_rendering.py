"""Comment text is plain text on the page; rendering cost does not grow with the comments."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests import factories

from .conftest import make_comment

XSS_PAYLOADS = [
    ("<script>alert('x')</script>", "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;"),
    ('<img src=x onerror="alert(1)">', "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;"),
    ('<a href="javascript:alert(1)">go</a>', "&lt;a href=&quot;javascript:alert(1)&quot;&gt;go"),
    ("javascript:alert(document.cookie)", "javascript:alert(document.cookie)"),
    ('"><script>alert(1)</script><p title="', "&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"),
    ("' onmouseover='alert(1)", "&#x27; onmouseover=&#x27;alert(1)"),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("payload", "escaped"), XSS_PAYLOADS)
def test_markup_in_a_comment_comes_back_escaped(client, post_a, payload, escaped):
    make_comment(post_a, payload, user_name=payload[:50])
    html = client.get(post_a.url).content.decode()
    text = html[html.index('class="comment__text"') :]
    assert text.startswith(f'class="comment__text" lang="en-GB">{escaped}')
    assert "<script>alert" not in html
    assert 'onerror="alert' not in html
    assert 'href="javascript:' not in html
    assert "onmouseover='" not in html


@pytest.mark.django_db
def test_urls_become_links_marked_nofollow_ugc_and_line_breaks_are_kept(client, post_a):
    make_comment(post_a, "First line\nSee https://www.eastmoor.example/budget please")
    html = client.get(post_a.url).content.decode()
    assert "First line<br>See " in html
    assert (
        '<a href="https://www.eastmoor.example/budget" rel="nofollow ugc">'
        "https://www.eastmoor.example/budget</a>"
    ) in html


@pytest.mark.django_db
def test_email_and_ip_never_appear_on_the_page(client, post_a):
    make_comment(post_a, "Hello", user_email="private@residents.example", ip_address="198.51.100.7")
    html = client.get(post_a.url).content.decode()
    assert "private@residents.example" not in html
    assert "198.51.100.7" not in html


@pytest.mark.django_db
def test_threads_render_replies_nested_under_their_parent(client, post_a):
    top = make_comment(post_a, "Top comment")
    make_comment(post_a, "A reply", parent=top)
    html = client.get(post_a.url).content.decode()
    assert html.index("Top comment") < html.index("comment-list--replies") < html.index("A reply")


@pytest.mark.django_db
def test_leaders_reply_is_marked_as_the_leaders(client, post_a, leader_a):
    top = make_comment(post_a, "A question")
    make_comment(post_a, "An answer", parent=top, user=leader_a, user_name="Ada Lovell")
    html = client.get(post_a.url).content.decode()
    assert "comment--leader" in html
    assert "Chief Executive, author of this blog" in html


@pytest.mark.django_db
def test_held_and_removed_comments_are_not_shown(client, post_a):
    make_comment(post_a, "Still waiting", public=False)
    make_comment(post_a, "Taken down", is_removed=True)
    html = client.get(post_a.url).content.decode()
    assert "Still waiting" not in html
    assert "Taken down" not in html
    assert "0 comments" in html


def _queries_to_render(client, url):
    client.get(url)  # warm caches that are filled once per process (content types, settings)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.django_db
def test_post_renders_with_the_same_number_of_queries_for_1_or_200_comments(client, blog_a):
    one = factories.blog_post(blog_a, title="One comment", slug="one-comment")
    many = factories.blog_post(blog_a, title="Many comments", slug="many-comments")
    make_comment(one, "Only one")
    parents = []
    for number in range(200):
        parent = parents[-1] if number % 4 == 3 and parents else None
        comment = make_comment(many, f"Comment {number}", parent=parent)
        parents.append(comment)

    queries_one = _queries_to_render(client, one.url)
    queries_many = _queries_to_render(client, many.url)

    assert queries_one == queries_many
    assert "200 comments" in client.get(many.url).content.decode()


@pytest.mark.django_db
def test_listing_shows_comment_counts_with_one_query_for_the_whole_page(client, blog_a):
    posts = [factories.blog_post(blog_a, title=f"Post {n}", slug=f"post-{n}") for n in range(3)]
    for number, post in enumerate(posts):
        for _ in range(number):
            make_comment(post)
    make_comment(posts[0], "Held", public=False)

    few = _queries_to_render(client, blog_a.url)
    for post in [
        factories.blog_post(blog_a, title=f"More {n}", slug=f"more-{n}") for n in range(4)
    ]:
        make_comment(post)
    more = _queries_to_render(client, blog_a.url)

    html = client.get(blog_a.url).content.decode()
    assert "0 comments" in html and "1 comment" in html and "2 comments" in html
    assert few == more


@pytest.mark.django_db
def test_replies_to_a_removed_comment_leave_with_it(client, post_a):
    parent = make_comment(post_a, "Removed parent")
    make_comment(post_a, "Orphaned reply", parent=parent)
    type(parent).norel_objects.filter(pk=parent.pk).update(is_removed=True)
    html = client.get(post_a.url).content.decode()
    assert "Removed parent" not in html and "Orphaned reply" not in html
    assert "0 comments" in html


@pytest.mark.django_db
def test_closed_post_shows_no_reply_links_but_keeps_report_links(client, post_a):
    comment = make_comment(post_a, "Still reportable")
    post_a.allow_comments = False
    post_a.save_revision().publish()
    html = client.get(post_a.url).content.decode()
    assert f"/comments/reply/{comment.pk}/" not in html
    assert f"/comments/report/{comment.pk}/" in html
