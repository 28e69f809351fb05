"""What a post page offers a reader beyond the post itself.

Reading time, the previous and next post by the same leader, related posts (shared tags),
plain share links (no scripts, counters or trackers: each is an ordinary link the reader
chooses to follow), and the data search engines and social sites read (share image, JSON-LD).
"""

import json
import math
from urllib.parse import quote, urlencode

from django.db.models import Count, Q
from django.urls import reverse
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from .archives import blog_feeds
from .feeds import bitmap_rendition
from .listings import attach_blogs, live_posts
from .site_url import absolute_url

WORDS_PER_MINUTE = 200
RELATED_POSTS = 3
SHARE_IMAGE_FILTER = "fill-1200x630|format-jpeg"


def reading_minutes(post) -> int:
    """Minutes to read the post at an unhurried pace; never less than one."""
    text = " ".join(
        [post.title, post.summary, *post.body.stream_block.get_searchable_content(post.body)]
    )
    return max(1, math.ceil(len(strip_tags(text).split()) / WORDS_PER_MINUTE))


def neighbours(post):
    """The same leader's previous (older) and next (newer) live posts, by date."""
    pk = post.pk or 0  # a new page in preview has no pk yet
    siblings = live_posts().child_of(post.blog).exclude(pk=pk)
    older = Q(date__lt=post.date) | Q(date=post.date, pk__lt=pk)
    previous = siblings.filter(older).order_by("-date", "-pk").first()
    following = siblings.exclude(older).order_by("date", "pk").first()
    return previous, following


def related_posts(post, limit=RELATED_POSTS):
    """Live posts by any leader that share the most tags with this one, newest first."""
    tag_ids = [tag.pk for tag in post.tags.all()]
    if not tag_ids:
        return []
    related = (
        live_posts()
        .filter(locale_id=post.locale_id)  # in the language being read
        .exclude(pk=post.pk)
        .filter(tagged_items__tag_id__in=tag_ids)
        .annotate(shared_tags=Count("tagged_items"))
        .order_by("-shared_tags", "-date", "-pk")
    )
    return attach_blogs(related[:limit])


def share_links(title: str, url: str):
    """(label, href) pairs: each opens the service's own share form, nothing loads before."""
    text = f"{title} {url}"
    return [
        (
            _("Share by email"),
            "mailto:?" + urlencode({"subject": title, "body": url}, quote_via=quote),
        ),
        (
            _("Share on LinkedIn"),
            "https://www.linkedin.com/sharing/share-offsite/?" + urlencode({"url": url}),
        ),
        (_("Share on X"), "https://x.com/intent/post?" + urlencode({"text": title, "url": url})),
        (
            _("Share on Facebook"),
            "https://www.facebook.com/sharer/sharer.php?" + urlencode({"u": url}),
        ),
        (_("Share on Mastodon"), "https://mastodonshare.com/?" + urlencode({"text": text})),
    ]


def share_image(post):
    """The image social sites show: the hero image, else the post's first bitmap diagram."""
    image = post.hero_image
    alt = post.hero_alt_text
    if image is None or image.is_svg():
        image, alt = None, ""
        for block in post.body:
            diagram = block.value if block.block_type == "diagram" else None
            if diagram and diagram.get("image") and not diagram.is_svg:
                image, alt = diagram["image"], diagram["alt_text"]
                break
    rendition = bitmap_rendition(image, SHARE_IMAGE_FILTER)
    if rendition is None:
        return None
    # `fill` never enlarges: a small picture gives a smaller rendition, so say its real size.
    return {
        "url": absolute_url(rendition.url),
        "alt": alt,
        "width": rendition.width,
        "height": rendition.height,
    }


def html_language() -> str:
    """BCP 47 tag of the language being served: "en-GB" or "cy"."""
    code = translation.get_language() or "en-gb"
    language, _sep, region = code.partition("-")
    return f"{language}-{region.upper()}" if region else language


def structured_data(post, url, image) -> str:
    """JSON-LD BlogPosting, escaped so it can sit inside a <script> element."""
    blog = post.blog
    data = {
        "@context": "https://schema.org",
        "@type": "BlogPosting",
        "headline": post.title,
        "description": post.summary,
        "url": url,
        "mainEntityOfPage": url,
        "datePublished": (post.first_published_at or post.date).isoformat(),
        "dateModified": (
            post.last_published_at or post.first_published_at or post.date
        ).isoformat(),
        "author": {
            "@type": "Person",
            "name": blog.name,
            "jobTitle": blog.role,
            "url": absolute_url(blog),
            "worksFor": {"@type": "Organization", "name": blog.organisation},
        },
        "publisher": {
            "@type": "Organization",
            "name": blog.organisation,
            # The site's home page, in the language being read.
            "url": absolute_url(reverse("wagtail_serve", args=[""])),
        },
        "keywords": [tag.name for tag in post.tags.all()],
        "timeRequired": f"PT{post.reading_minutes}M",
        # The post is served in its own language (English, or Welsh under /cy/).
        "inLanguage": html_language(),
    }
    if image:
        data["image"] = image["url"]
    text = json.dumps(data, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def reader_aids(post, request) -> dict:
    """Context for the post template: everything above, computed once per view."""
    previous, following = neighbours(post)
    url = absolute_url(post, request)
    image = share_image(post)
    return {
        "previous_post": previous,
        "next_post": following,
        "related_posts": related_posts(post),
        "share_links": share_links(post.title, url),
        "share_image": image,
        "canonical_url": url,
        "structured_data": structured_data(post, url, image),
        "feeds": blog_feeds(post.blog, request),
    }
