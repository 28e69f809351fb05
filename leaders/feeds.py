"""RSS and Atom feeds of live posts, built on Django's syndication framework.

One Feed class serves every feed (site-wide, per leader, per tag): the route that answers
hands it a FeedSource with the posts and the wording. Django's generators write only a summary;
readers expect the whole post, so the two generators below add the full body as
content:encoded (RSS) and <content> (Atom). Every URL is absolute on SITE_URL
(leaders.site_url), because feed readers fetch from elsewhere.
"""

import re
from dataclasses import dataclass

from django.contrib.syndication.views import Feed
from django.db.models import QuerySet
from django.utils.feedgenerator import Atom1Feed, Enclosure, Rss201rev2Feed

from .listings import attach_blogs
from .site_url import absolute_url

FEED_LENGTH = 20
HERO_FILTER = "width-1200|format-jpeg"
# src, href and srcset values that start with one "/" are paths on this site.
URL_ATTRIBUTE = re.compile(r'\b(src|href|srcset)="([^"]*)"')


def absolute_html(html: str) -> str:
    """The HTML with every site path in src, href and srcset made absolute."""

    def rewrite(match):
        name, value = match.groups()
        if name == "srcset":
            value = ", ".join(absolute_url(part.strip()) for part in value.split(","))
        else:
            value = absolute_url(value)
        return f'{name}="{value}"'

    return URL_ATTRIBUTE.sub(rewrite, html)


def bitmap_rendition(image, spec):
    """A rendition of a bitmap image, or None for SVG or when the original file is missing
    (Wagtail raises SourceImageIOError, an OSError): a lost file must not break the page."""
    if image is None or image.is_svg():
        return None
    try:
        return image.get_rendition(spec)
    except OSError:
        return None


@dataclass(frozen=True)
class FeedSource:
    """What one feed is about: its wording, the page it mirrors and its posts."""

    title: str
    description: str
    link: str  # path of the HTML page the feed mirrors
    feed_path: str
    posts: QuerySet


class FullContentRss(Rss201rev2Feed):
    def rss_attributes(self):
        return {
            **super().rss_attributes(),
            "xmlns:content": "http://purl.org/rss/1.0/modules/content/",
        }

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        handler.addQuickElement("content:encoded", item["content"])


class FullContentAtom(Atom1Feed):
    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        handler.addQuickElement("content", item["content"], {"type": "html"})


class PostsFeed(Feed):
    """The newest live posts of a FeedSource, with author, dates, tags, full content and hero."""

    feed_type = FullContentRss

    def __call__(self, request, *args, **kwargs):
        self.request = request  # item URLs use the request's cached site root paths
        return super().__call__(request, *args, **kwargs)

    def get_object(self, request, source):
        return source

    def title(self, source):
        return source.title

    def description(self, source):
        return source.description

    def subtitle(self, source):
        return source.description

    def link(self, source):
        return absolute_url(source.link)

    def feed_url(self, source):
        return absolute_url(source.feed_path)

    def items(self, source):
        return attach_blogs(source.posts.prefetch_related("tags")[:FEED_LENGTH])

    def item_title(self, post):
        return post.title

    def item_description(self, post):
        return post.summary

    def item_link(self, post):
        return absolute_url(post, self.request)

    def item_author_name(self, post):
        return post.blog.name if post.blog else None

    def item_author_link(self, post):
        return absolute_url(post.blog, self.request) if post.blog else None

    def item_pubdate(self, post):
        return post.first_published_at

    def item_updateddate(self, post):
        return post.last_published_at or post.first_published_at

    def item_categories(self, post):
        return [tag.name for tag in post.tags.all()]

    def item_enclosures(self, post):
        rendition = bitmap_rendition(post.hero_image, HERO_FILTER)
        if rendition is None:
            return []
        try:
            length = rendition.file.size
        except OSError:  # the file went missing from storage; RSS says 0 for "unknown"
            length = 0
        return [Enclosure(absolute_url(rendition.url), str(length), "image/jpeg")]

    def item_extra_kwargs(self, post):
        return {"content": absolute_html(body_html(post))}


class AtomPostsFeed(PostsFeed):
    feed_type = FullContentAtom


def body_html(post) -> str:
    """The post as a feed reader shows it: hero image (with its alt text), then the body."""
    parts = []
    rendition = bitmap_rendition(post.hero_image, HERO_FILTER)
    if rendition is not None:
        parts.append(rendition.img_tag({"alt": post.hero_alt_text}))
    parts.extend(block.render(context={"block_id": block.id}) for block in post.body)
    return "".join(str(part) for part in parts)


def feed_response(request, source: FeedSource, kind: str):
    feed = AtomPostsFeed() if kind == "atom" else PostsFeed()
    return feed(request, source=source)
