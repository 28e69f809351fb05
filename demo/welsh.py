"""The demo's Welsh tree, from demo/content_cy.py: every page translated, except what that file
leaves out, which stays an alias (the reader sees "not available in Welsh yet").

Pages are translated as editors do it (Wagtail's `copy_for_translation`, or an alias made when
the English page was created turned into a page), then filled, saved as a revision and published.
Demo loading bypasses the workflow, as for the English posts. Idempotent: a written Welsh page is
left as it is, and an alias is made once.
"""

import datetime
import json

from django.core.exceptions import FieldDoesNotExist
from django.utils import timezone
from wagtail.models import Locale

from demo import content as demo_content
from demo import content_cy
from home.models import (
    AccessibilityStatementPage,
    CommentPolicyPage,
    Cookie,
    CookiesPage,
    PrivacyNoticePage,
)
from leaders.models import BlogPostPage, LeaderBlogPage, LeaderLink

WELSH = "cy"
SITE_PAGES = {
    "accessibility": AccessibilityStatementPage,
    "privacy": PrivacyNoticePage,
    "cookies": CookiesPage,
    "comment_policy": CommentPolicyPage,
}


def welsh_locale():
    return Locale.objects.get_or_create(language_code=WELSH)[0]


def paragraphs(value):
    """A biography given as a list of paragraphs becomes rich text."""
    if isinstance(value, list | tuple):
        return "".join(f"<p>{paragraph}</p>" for paragraph in value)
    return value


def translate(source, locale, fields, user=None, prepare=None):
    """The Welsh version of `source` with `fields` (and what `prepare` does to it), published.
    An existing written one is left as it is; an alias standing for it is turned into the page.
    """
    existing = source.get_translation_or_none(locale)
    if existing is not None and existing.alias_of_id is None:
        return existing.specific, False
    if existing is not None:
        page = existing.specific
        page.alias_of = None
    else:
        page = source.copy_for_translation(locale).specific
    for name, value in fields.items():
        try:
            page._meta.get_field(name)
        except FieldDoesNotExist:
            continue
        setattr(page, name, value)
    if prepare is not None:
        prepare(page)
    page.save()
    page.save_revision(user=user).publish()
    return page, True


def alias(source, locale):
    """An alias of `source` in the Welsh tree: the page is not translated yet."""
    existing = source.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific
    return source.copy_for_translation(locale, alias=True).specific


class WelshTree:
    """Builds the Welsh tree beside the English one `load_demo` has just made."""

    def __init__(self, draw_diagram):
        self.locale = welsh_locale()
        self.draw_diagram = draw_diagram  # (key, spec) -> image, as the English loader draws

    def load(self, home, directory):
        welsh_home = self.page(home, content_cy.PAGES_CY.get("home"))
        if welsh_home.alias_of_id:
            return  # nothing below can be written in Welsh under an untranslated home page
        self.page(directory, content_cy.PAGES_CY.get("directory"))
        for leader in demo_content.LEADERS:
            blog = LeaderBlogPage.objects.child_of(directory).get(slug=leader["slug"])
            self.blog(blog, leader, content_cy.LEADERS_CY.get(leader["slug"]))
        for key, page_class in SITE_PAGES.items():
            page = page_class.objects.child_of(home).first()
            if page is not None:
                self.site_page(key, page, content_cy.PAGES_CY.get(key))

    def page(self, source, spec):
        if not spec:
            return alias(source, self.locale)
        fields = {**spec, "intro": paragraphs(spec.get("intro", ""))}
        return translate(source, self.locale, fields)[0]

    def blog(self, blog, leader, spec):
        if not spec:
            welsh_blog = alias(blog, self.locale)
        else:
            fields = {
                **spec,
                "title": spec.get("name", blog.name),
                "biography": paragraphs(spec.get("biography", "")),
                "portrait_alt_text": spec.get(
                    "portrait_alt_text", f"Portread o {spec.get('name', blog.name)}"
                ),
            }
            fields.pop("posts", None)
            links = fields.pop("links", [])

            def welsh_links(page):
                page.links.clear()
                for title, url in links:
                    page.links.add(LeaderLink(title=title, url=url))

            welsh_blog = translate(blog, self.locale, fields, prepare=welsh_links)[0]
        posts = (spec or {}).get("posts", {})
        for post_spec in leader["posts"]:
            post = BlogPostPage.objects.child_of(blog).filter(slug=post_spec["slug"]).first()
            if post is None:
                continue
            welsh = posts.get(post_spec["slug"])
            if welsh is None or welsh_blog.alias_of_id:
                alias(post, self.locale)
            else:
                self.post(post, welsh, blog.leader)

    def post(self, post, spec, leader):
        fields = {
            "title": spec["title"],
            "slug": spec["slug"],
            "summary": spec["summary"],
            "body": json.dumps([self.block(kind, value) for kind, value in spec["body"]]),
            "owner": leader,
        }

        def welsh_tags(page):
            page.tags.clear()
            page.tags.add(*spec.get("tags", []))

        page, created = translate(post, self.locale, fields, user=leader, prepare=welsh_tags)
        if not created:
            return
        # As the English post: it went out on its own date.
        published_at = timezone.make_aware(datetime.datetime.combine(page.date, datetime.time(9)))
        BlogPostPage.objects.filter(pk=page.pk).update(
            first_published_at=published_at, last_published_at=published_at
        )

    def block(self, kind, value):
        """A body block in raw form; a diagram gets its Welsh words and a Welsh-labelled chart."""
        if kind != "diagram":
            return {"type": kind, "value": value}
        english = demo_content.DIAGRAMS[value]
        welsh = {**english, **content_cy.DIAGRAMS_CY.get(value, {})}
        labels = welsh.get("bars", [])
        bars = [
            (labels[index] if index < len(labels) else label, amount)
            for index, (label, amount) in enumerate(english["bars"])
        ]
        image = self.draw_diagram(f"{value}-{WELSH}", {**welsh, "bars": bars})
        return {
            "type": "diagram",
            "value": {
                "image": image.pk,
                "alt_text": welsh["alt_text"],
                "caption": welsh["caption"],
                "long_description": welsh.get("long_description", ""),
                "credit": welsh.get("credit", ""),
                "credit_url": english.get("credit_url", ""),
                "licence": english.get("licence", "none"),
            },
        }

    def site_page(self, key, page, spec):
        if not spec:
            return alias(page, self.locale)
        fields = dict(spec)
        rows = fields.pop("rows", None)
        link_text = fields.pop("privacy_link_text", None)
        if key == "comment_policy" and "PRIVACY_LINK" in fields.get("body", ""):
            privacy = PrivacyNoticePage.objects.filter(locale=self.locale).first()
            text = link_text or (privacy.title if privacy else "")
            link = f'<a linktype="page" id="{privacy.pk}">{text}</a>' if privacy else ""
            fields["body"] = fields["body"].replace("PRIVACY_LINK", link)

        def welsh_cookies(welsh):
            if rows and isinstance(welsh, CookiesPage):
                welsh.cookies.clear()
                for name, purpose, expires in rows:
                    welsh.cookies.add(Cookie(name=name, purpose=purpose, expires=expires))

        return translate(page, self.locale, fields, prepare=welsh_cookies)[0]
