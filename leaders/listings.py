"""The queries every listing of posts shares: which posts a reader may see, and what each
card needs beside the post itself.

Page models, archives, feeds and the home app all list posts, so this module sits below them
and names the page models through the app registry instead of importing them: `leaders.models`
imports the modules that build its routes, and they in turn need these queries.
"""

from django.apps import apps
from wagtail import hooks
from wagtail.models import Page

POSTS_PER_PAGE = 10

# Other apps add what they know about a listed post (e.g. its number of comments) by
# registering a function under this Wagtail hook; it receives the list of posts.
ANNOTATE_POSTS_HOOK = "annotate_listed_posts"


def live_posts():
    """Live, public blog posts, newest first: what a reader may see in any listing.

    Aliases are left out: in the other language's tree they stand for a post not translated yet
    (home.languages), and a listing shows only posts written in its language.
    """
    return (
        apps.get_model("leaders", "BlogPostPage")
        .objects.live()
        .public()
        .filter(alias_of__isnull=True)
        .select_related("hero_image")
        .order_by("-date", "-first_published_at", "-pk")
    )


def attach_blogs(posts):
    """Give each post its `blog` (the parent LeaderBlogPage) with one query for the whole list,
    then let other apps annotate the list (one query each, not one per post)."""
    posts = list(posts)
    parent_paths = {post.path[: -Page.steplen] for post in posts}
    blogs = {
        blog.path: blog
        for blog in apps.get_model("leaders", "LeaderBlogPage")
        .objects.filter(path__in=parent_paths)
        .select_related("portrait")
    }
    for post in posts:
        post.__dict__["blog"] = blogs.get(post.path[: -Page.steplen])
    for annotate in hooks.get_hooks(ANNOTATE_POSTS_HOOK):
        annotate(posts)
    return posts
