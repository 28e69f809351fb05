"""load_demo brings the demo posts' comment threads once: most approved, a few waiting for the
moderators and one reported, so a moderator signing in has work to do."""

import pytest
from django.core.management import call_command
from django_comments_xtd.models import XtdComment

from comments.models import CommentLanguage, CommentReport
from demo import content as demo_content
from demo import content_cy
from leaders.models import BlogPostPage


def expected_count(comments):
    return sum(1 + expected_count(comment["replies"]) for comment in comments)


@pytest.mark.django_db
def test_load_demo_loads_the_comment_threads_approved_and_idempotently(client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115

    expected = sum(
        expected_count(post["comments"])
        for leader in demo_content.LEADERS
        for post in leader["posts"]
    )
    welsh = sum(expected_count(thread) for thread in content_cy.COMMENTS_CY.values())
    assert expected > 0 and welsh > 0
    assert XtdComment.objects.count() == expected + welsh
    assert CommentLanguage.objects.filter(language="cy").count() == welsh
    held = XtdComment.objects.filter(is_public=False)
    assert set(held.values_list("user_name", flat=True)) == {
        "Priya N.",
        "Dai Morgan",
        "Gwilym Roberts",
    }
    assert CommentReport.objects.get().comment.user_name == "Best Deals 4U"
    assert set(XtdComment.objects.values_list("ip_address", flat=True)) == {
        demo_content.COMMENT_DEMO_IP
    }
    replies = XtdComment.objects.exclude(level=0)
    assert replies.exists()
    assert replies.filter(user__isnull=False).exists()  # leaders' replies carry their account

    post = BlogPostPage.objects.get(slug="why-i-started-writing", locale__language_code="en-gb")
    html = client.get(post.url).content.decode()
    assert "Will you actually reply to comments" in html
    assert "author of this blog" in html
    # One conversation: the Welsh comment shows on both versions, marked as Welsh.
    welsh_post = BlogPostPage.objects.get(
        locale__language_code="cy", translation_key=post.translation_key
    )
    for version in (post, welsh_post):
        html = client.get(version.url).content.decode()
        assert 'lang="cy">Gwych gweld y blog yn Gymraeg hefyd.' in html, version.url
