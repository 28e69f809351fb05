"""Page types of the leaders' part of the site: directory → leader blog → blog post."""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail.search.tasks import insert_or_update_object_task

from . import archives, post_context
from .blocks import PostBodyBlock
from .listings import POSTS_PER_PAGE, attach_blogs, live_posts
from .query_params import PAGE_NUMBER, reads_query
from .routes import TAG
from .workflow import (
    BlogPostPermissionTester,
    CommunicationsApprovalTask,  # noqa: F401  (the workflow's task types are models of this app)
    LeaderBlogPermissionTester,
    LeaderSignOffTask,  # noqa: F401
)


def optional_image(verbose_name):
    """An image a page may go without; deleting the image leaves the page in place."""
    return models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=verbose_name,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )


class LeaderDirectoryPage(Page):
    """/leaders/: every leader who blogs here."""

    intro = RichTextField(blank=True, features=["bold", "italic", "link"], verbose_name=_("intro"))

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["leaders.LeaderBlogPage"]
    max_count = 1

    class Meta:
        verbose_name = _("leader directory")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["blogs"] = (
            LeaderBlogPage.objects.child_of(self).live().public().select_related("portrait")
        )
        return context


class LeaderBlogPage(RoutablePageMixin, Page):
    """One leader's blog: their profile, and their posts beneath it.

    Routes (leaders/archives.py builds the listings): the paginated index, /<year>/,
    /<year>/<month>/, /tag/<slug>/, and RSS and Atom feeds at /feed/ and /feed/atom/.
    The listings read the page number; the feeds read no query parameter.
    """

    query_parameters_read = frozenset({PAGE_NUMBER})

    name = models.CharField(_("name"), max_length=120)
    role = models.CharField(_("role"), max_length=120, help_text=_("For example: Chief Executive"))
    organisation = models.CharField(_("organisation"), max_length=160)
    portrait = optional_image(_("portrait"))
    portrait_alt_text = models.CharField(
        _("portrait alt text"),
        max_length=200,
        blank=True,
        help_text=_(
            "Describes the photo, for example: Amira Hassan, smiling, outside the town hall."
        ),
    )
    biography = RichTextField(_("biography"), blank=True, features=["bold", "italic", "link"])
    leader = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("leader's account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="leader_blogs",
        help_text=_("The person who speaks on this blog. They may draft and submit posts here."),
    )
    left_office_on = models.DateField(
        _("left office on"),
        null=True,
        blank=True,
        help_text=_(
            "Set when the leader has left office: posts stay readable, no new posts, "
            "comments close."
        ),
    )
    publish_comments_before_review = models.BooleanField(
        _("publish comments before review"),
        default=False,
        help_text=_(
            "Citizens' comments appear at once and are reviewed afterwards. Comments with "
            "several links or a word from the hold list are still held for review."
        ),
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("name"),
                FieldPanel("role"),
                FieldPanel("organisation"),
                FieldPanel("portrait"),
                FieldPanel("portrait_alt_text"),
                FieldPanel("biography"),
            ],
            heading=_("Profile"),
        ),
        InlinePanel("links", label=_("Links"), heading=_("Links")),
        MultiFieldPanel(
            # Who speaks on a blog decides who may post on it: leaders cannot change it themselves.
            [
                FieldPanel("leader", permission="leaders.assign_leader"),
                FieldPanel("left_office_on", permission="leaders.assign_leader"),
            ],
            heading=_("Account and office"),
        ),
        # Only comment moderators (Communications team, superusers) may relax moderation.
        FieldPanel("publish_comments_before_review", permission="django_comments.can_moderate"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("name"),
        index.SearchField("role"),
        index.SearchField("organisation"),
    ]
    parent_page_types = ["leaders.LeaderDirectoryPage"]
    subpage_types = ["leaders.BlogPostPage"]

    class Meta:
        verbose_name = _("leader blog")
        permissions = [
            ("assign_leader", _("Can choose a blog's leader and mark them as former")),
        ]

    def clean(self):
        super().clean()
        if self.portrait_id and not self.portrait_alt_text.strip():
            raise ValidationError(
                {"portrait_alt_text": _("Describe the portrait for people who cannot see it.")}
            )
        # A recorded leaving date ends the leader's rights at once (leaders.roles), so it
        # cannot be recorded ahead of time.
        if self.left_office_on and self.left_office_on > timezone.localdate():
            raise ValidationError(
                {
                    "left_office_on": _(
                        "Enter the date once the leader has left; it cannot be in the future."
                    )
                }
            )

    def permissions_for_user(self, user):
        # Posts are published by the workflow, not by publishing a new child (leaders.workflow).
        return LeaderBlogPermissionTester(user, self)

    @property
    def is_former(self) -> bool:
        return self.left_office_on is not None and self.left_office_on <= timezone.localdate()

    def get_context(self, request, *args, posts=None, **kwargs):
        """`posts` narrows the listing (the archive and tag routes pass it)."""
        context = super().get_context(request, *args, **kwargs)
        if posts is None:
            posts = live_posts().child_of(self)
        page = Paginator(posts, POSTS_PER_PAGE).get_page(request.GET.get("page"))
        context["posts_page"] = page
        context["posts"] = attach_blogs(page.object_list)
        context.update(archives.blog_navigation(self, request))
        return context

    def get_cached_paths(self):
        """Purging the blog from a CDN purges its feeds too: they carry its posts' full text."""
        return ["/", self.reverse_subpage("rss"), self.reverse_subpage("atom")]

    @re_path(r"^(?P<year>\d{4})/$", name="year")
    def year_archive(self, request, year):
        return archives.year_view(self, request, int(year))

    @re_path(r"^(?P<year>\d{4})/(?P<month>\d{2})/$", name="month")
    def month_archive(self, request, year, month):
        return archives.month_view(self, request, int(year), int(month))

    @re_path(rf"^tag/{TAG}/$", name="tag")
    def tag_archive(self, request, tag):
        return archives.tag_view(self, request, tag)

    @path("feed/", name="rss")
    @reads_query()
    def rss_feed(self, request):
        return archives.blog_feed(self, request, "rss")

    @path("feed/atom/", name="atom")
    @reads_query()
    def atom_feed(self, request):
        return archives.blog_feed(self, request, "atom")


class LeaderLink(Orderable):
    blog = ParentalKey(LeaderBlogPage, on_delete=models.CASCADE, related_name="links")
    title = models.CharField(_("link text"), max_length=120)
    url = models.URLField(_("address"))

    panels = [FieldPanel("title"), FieldPanel("url")]

    class Meta(Orderable.Meta):
        verbose_name = _("link")


class BlogPostTag(TaggedItemBase):
    content_object = ParentalKey(
        "leaders.BlogPostPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class BlogPostPage(Page):
    """A post on a leader's blog; it goes live only through the approval workflow."""

    # Indexed: every listing is newest first, and the index keeps "latest posts" from scanning
    # (and sorting) the whole archive.
    date = models.DateField(_("post date"), default=datetime.date.today, db_index=True)
    summary = models.TextField(
        _("summary"),
        max_length=300,
        help_text=_("One or two plain sentences, shown in listings and search results."),
    )
    hero_image = optional_image(_("hero image"))
    hero_alt_text = models.CharField(
        _("hero image alt text"),
        max_length=200,
        blank=True,
        help_text=_("Leave empty only if the image is decorative."),
    )
    tags = ClusterTaggableManager(through=BlogPostTag, blank=True, verbose_name=_("tags"))
    body = StreamField(PostBodyBlock(), verbose_name=_("body"))
    allow_comments = models.BooleanField(
        _("allow comments"), default=True, help_text=_("Readers may comment (all moderated).")
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("date"),
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_alt_text")], heading=_("Hero image")
        ),
        FieldPanel("body"),
        FieldPanel("tags"),
    ]
    settings_panels = [*Page.settings_panels, FieldPanel("allow_comments")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.SearchField("leader_name"),
        index.FilterField("date"),
        # Listings and search leave out aliases, which stand for posts not yet translated.
        index.FilterField("alias_of"),
    ]
    parent_page_types = ["leaders.LeaderBlogPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("blog post")

    @classmethod
    def can_create_at(cls, parent):
        # A former leader's blog stays readable but takes no new posts.
        return super().can_create_at(parent) and parent.specific.left_office_on is None

    def permissions_for_user(self, user):
        # Posts are published by the workflow, not by anyone's publish button (leaders.workflow).
        return BlogPostPermissionTester(user, self)

    @cached_property
    def blog(self):
        """The leader's blog this post belongs to."""
        return LeaderBlogPage.objects.select_related("portrait").get(
            path=self.path[: -self.steplen]
        )

    def clean(self):
        super().clean()
        if archives.is_route_slug(self.slug):
            raise ValidationError(
                {
                    "slug": _(
                        "This slug is kept for the blog's feed and yearly archives. "
                        "Add a word, for example “%(slug)s-review”."
                    )
                    % {"slug": self.slug}
                }
            )

    def save(self, *args, **kwargs):
        result = super().save(*args, **kwargs)
        # Wagtail indexes a page on post_save, before modelcluster commits its tags, so a tag
        # added in the revision being published would be missing from search. Index again now;
        # the task reloads the row, so a draft's unsaved text never reaches the index.
        if kwargs.get("update_fields") is None:
            insert_or_update_object_task.enqueue(
                self._meta.app_label, self._meta.model_name, str(self.pk)
            )
        return result

    def leader_name(self) -> str:
        """Indexed for search, so a search for a leader's name finds their posts."""
        return self.blog.name

    @cached_property
    def reading_minutes(self) -> int:
        return post_context.reading_minutes(self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["blog"] = self.blog
        context.update(post_context.reader_aids(self, request))
        return context


@register_setting(icon="globe")
class LanguageSettings(BaseGenericSetting):
    """How the communications team publishes a site in two languages (leaders.language_versions)."""

    require_both_languages = models.BooleanField(
        _("Publish only when both languages are ready"),
        default=False,
        help_text=_(
            "When on, a post cannot be approved until its version in the other language exists "
            "and is live, scheduled, or itself waiting for communications approval. The first "
            "version to reach the team waits for the other; then either may be approved first."
        ),
    )

    panels = [FieldPanel("require_both_languages")]

    class Meta:
        verbose_name = _("language settings")
