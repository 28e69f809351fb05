"""seed_scale writes pages and comments in bulk exactly as Wagtail and xtd would have."""

import io

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone
from django_comments_xtd import conf as xtd_conf
from django_comments_xtd.models import XtdComment

from demo.management.commands.seed_scale import BIG_THREAD_SLUG, THREAD_SHAPE
from leaders.models import BlogPostPage, LeaderBlogPage
from tests import factories

pytestmark = pytest.mark.django_db

SMALL = {"leaders": 3, "posts_per_leader": 4, "comments": 60, "big_thread": 20}


def seed(**options):
    call_command("seed_scale", stdout=io.StringIO(), **{**SMALL, **options})


def thread_shape(comments):
    """(level, order, nested_count, parent position, root position) of each comment."""
    position = {comment.pk: n for n, comment in enumerate(comments)}
    return [
        (c.level, c.order, c.nested_count, position[c.parent_id], position[c.thread_id])
        for c in comments
    ]


def test_fixtree_finds_nothing_to_repair():
    seed()
    out = io.StringIO()
    call_command("fixtree", "--noinput", stdout=out)
    report = out.getvalue()
    assert report.count("No problems found") == 2, report
    assert "Incorrect" not in report
    assert "missing" not in report


def test_counts_match_the_options_and_scale_multiplies_posts_and_comments():
    seed(scale=2)
    assert LeaderBlogPage.objects.live().count() == 3
    assert BlogPostPage.objects.live().count() == 3 * 4 * 2
    assert XtdComment.objects.filter(is_public=True, is_removed=False).count() == 60 * 2
    big = BlogPostPage.objects.get(slug=BIG_THREAD_SLUG)
    assert XtdComment.objects.filter(object_pk=str(big.pk)).count() == 20
    for post in BlogPostPage.objects.all():
        assert post.tags.count() == 2


def test_seeded_pages_are_served_listed_and_found_by_search(client):
    seed()
    blog = LeaderBlogPage.objects.get(slug="leader-02")
    post = BlogPostPage.objects.child_of(blog).order_by("path").last()
    assert post.url == f"/leaders/leader-02/{post.slug}/"
    assert client.get(post.url).status_code == 200
    assert post.title in client.get(blog.url).content.decode()
    assert list(BlogPostPage.objects.live().search(post.title))


def test_thread_fields_are_what_xtds_own_save_computes(monkeypatch):
    seed()
    big = BlogPostPage.objects.get(slug=BIG_THREAD_SLUG)
    seeded = list(XtdComment.objects.filter(object_pk=str(big.pk)).order_by("thread_id", "order"))[
        : len(THREAD_SHAPE)
    ]

    monkeypatch.setattr(xtd_conf.settings, "COMMENTS_XTD_MAX_THREAD_LEVEL", 2)
    other = BlogPostPage.objects.exclude(pk=big.pk).first()
    saved = []
    for parent in THREAD_SHAPE:
        comment = XtdComment(
            content_type=ContentType.objects.get_for_model(BlogPostPage),
            object_pk=str(other.pk),
            site_id=1,
            comment="Saved one by one",
            submit_date=timezone.now(),
            parent_id=0 if parent is None else saved[parent].pk,
        )
        comment.save()
        saved.append(comment)
    saved = [XtdComment.objects.get(pk=c.pk) for c in saved]
    saved.sort(key=lambda c: c.order)
    assert thread_shape(seeded) == thread_shape(saved)


def test_refuses_a_database_that_already_has_leaders(blog_a):
    with pytest.raises(CommandError, match="empty database"):
        seed()
    assert BlogPostPage.objects.count() == 0


def test_factories_still_build_on_a_seeded_tree(client):
    """A page added the normal way after seeding lands in the right place in the tree."""
    seed()
    blog = LeaderBlogPage.objects.get(slug="leader-01")
    post = factories.blog_post(blog, title="Written in the admin")
    assert post.path[:-4] == blog.path
    assert client.get(post.url).status_code == 200
