"""What the staff see of following, and who may see what.

Counts only, by default: the communications team sees every leader's, a leader sees their
own. Addresses need `follows.view_follower_addresses` (the team holds it, for subject access
requests), and every view of them is written to Wagtail's audit log.
"""

from collections import defaultdict

from django.db.models import Count
from wagtail.log_actions import log

from leaders.models import LeaderBlogPage

from .models import Announcement, Delivery, FollowedLeader, Follower

COUNTS_PERMISSION = "follows.view_follower"
ADDRESSES_PERMISSION = "follows.view_follower_addresses"
VIEW_ADDRESSES_ACTION = "follows.view_addresses"


def may_see_all(user) -> bool:
    return user.has_perm(COUNTS_PERMISSION)


def visible_blogs(user):
    """The blogs (one per leader, in their first language) whose counts `user` may see."""
    blogs = LeaderBlogPage.objects.filter(alias_of=None).order_by("name", "pk")
    if not may_see_all(user):
        keys = LeaderBlogPage.objects.filter(leader=user).values("translation_key")
        blogs = blogs.filter(translation_key__in=keys)
    first = {}
    for blog in blogs:
        first.setdefault(blog.translation_key, blog)
    return list(first.values())


def counts(blogs):
    """{blog_key: {language: confirmed followers}}."""
    rows = (
        FollowedLeader.objects.filter(
            blog_key__in=[blog.translation_key for blog in blogs],
            follower__confirmed_at__isnull=False,
        )
        .values("blog_key", "follower__language")
        .annotate(count=Count("pk"))
    )
    table = defaultdict(dict)
    for row in rows:
        table[row["blog_key"]][row["follower__language"]] = row["count"]
    return table


def recent_sends(blogs, limit=20):
    """The latest announcements of these blogs with the count of each delivery state."""
    announcements = list(
        Announcement.objects.filter(blog_key__in=[blog.translation_key for blog in blogs]).order_by(
            "-created_at"
        )[:limit]
    )
    states = (
        Delivery.objects.filter(announcement__in=announcements)
        .values("announcement_id", "state")
        .annotate(count=Count("pk"))
    )
    by_announcement = defaultdict(dict)
    for row in states:
        by_announcement[row["announcement_id"]][row["state"]] = row["count"]
    for announcement in announcements:
        announcement.states = by_announcement[announcement.translation_key]
    return announcements


def addresses(user, blog):
    """The confirmed followers' addresses of `blog`, logged as seen by `user`."""
    followers = (
        Follower.objects.filter(confirmed_at__isnull=False, follows__blog_key=blog.translation_key)
        .order_by("email")
        .values_list("email", "language", "confirmed_at")
    )
    log(blog, VIEW_ADDRESSES_ACTION, user=user, data={"count": len(followers)})
    return followers
