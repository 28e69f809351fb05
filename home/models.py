"""The site root and the site-wide pages a public body must have."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from leaders.listings import attach_blogs, live_posts
from leaders.models import LeaderBlogPage, LeaderDirectoryPage
from leaders.query_params import PAGE_NUMBER, reads_query
from leaders.routes import TAG

from . import discovery, reports

LATEST_POSTS = 6
INFORMATION_FEATURES = ["h2", "h3", "bold", "italic", "link", "ol", "ul"]


class HomePage(RoutablePageMixin, Page):
    """The front page: an introduction, the latest posts from every leader, the way in.

    Routes (home/discovery.py): site-wide feeds at /feed/ and /feed/atom/, the feeds page
    /feeds/, topics across every leader at /tags/ and /tags/<slug>/ with their own feeds.
    Only a topic's page reads a query parameter (its page number).
    """

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "leaders.LeaderDirectoryPage",
        "home.AccessibilityStatementPage",
        "home.PrivacyNoticePage",
        "home.CookiesPage",
        "home.CommentPolicyPage",
    ]
    max_count = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["latest_posts"] = attach_blogs(live_posts().descendant_of(self)[:LATEST_POSTS])
        context["directory"] = LeaderDirectoryPage.objects.child_of(self).live().first()
        context["blogs"] = (
            LeaderBlogPage.objects.descendant_of(self).live().public().select_related("portrait")
        )
        context["topics"] = discovery.topics(self)[: discovery.HOME_TOPICS]
        return context

    def get_cached_paths(self):
        """Purging the home page from a CDN purges the site feeds too (every post's full text)."""
        return ["/", self.reverse_subpage("rss"), self.reverse_subpage("atom")]

    @path("feed/", name="rss")
    def rss_feed(self, request):
        return discovery.site_feed(self, request, "rss")

    @path("feed/atom/", name="atom")
    def atom_feed(self, request):
        return discovery.site_feed(self, request, "atom")

    @path("feeds/", name="feeds")
    def feeds_page(self, request):
        return discovery.feeds_view(self, request)

    @path("tags/", name="tags")
    def tags_page(self, request):
        return discovery.tags_view(self, request)

    @re_path(rf"^tags/{TAG}/$", name="tag")
    @reads_query(PAGE_NUMBER)
    def tag_page(self, request, tag):
        return discovery.tag_view(self, request, tag)

    @re_path(rf"^tags/{TAG}/feed/$", name="tag_rss")
    def tag_rss_feed(self, request, tag):
        return discovery.tag_feed(self, request, tag, "rss")

    @re_path(rf"^tags/{TAG}/feed/atom/$", name="tag_atom")
    def tag_atom_feed(self, request, tag):
        return discovery.tag_feed(self, request, tag, "atom")


class InformationPage(Page):
    """A page of text the organisation keeps up to date, with the date it was last reviewed."""

    body = RichTextField(_("body"), features=INFORMATION_FEATURES)
    last_reviewed = models.DateField(
        _("last reviewed"),
        null=True,
        blank=True,
        help_text=_("Shown at the end of the page. Update it whenever you check the text."),
    )

    content_panels = [*Page.content_panels, FieldPanel("body"), FieldPanel("last_reviewed")]
    search_fields = [*Page.search_fields, index.SearchField("body")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    template = "home/information_page.html"

    class Meta:
        abstract = True


class AccessibilityStatementPage(RoutablePageMixin, InformationPage):
    """The accessibility statement (the government's model format) and its problem-report form.

    /report/ is a route rather than a Wagtail form page: the form's fields, wording and error
    handling are fixed by the regulations' needs, not something editors should reshape.
    """

    report_email = models.EmailField(
        _("report email address"),
        help_text=_("Where reports of accessibility problems are sent."),
    )
    prepared_on = models.DateField(
        _("statement prepared on"),
        null=True,
        blank=True,
        help_text=_("When the statement was first prepared."),
    )

    content_panels = [
        *InformationPage.content_panels,
        MultiFieldPanel(
            [FieldPanel("report_email"), FieldPanel("prepared_on")],
            heading=_("Reporting and preparation"),
        ),
    ]
    max_count = 1
    template = "home/accessibility_statement_page.html"

    class Meta:
        verbose_name = _("accessibility statement")

    @path("report/", name="report")
    def report(self, request):
        return reports.report_view(self, request)

    @path("report/sent/", name="report_sent")
    def report_sent(self, request):
        return reports.sent_view(self, request)


class PrivacyNoticePage(InformationPage):
    max_count = 1
    template = "home/information_page.html"  # Wagtail derives one per class unless told

    class Meta:
        verbose_name = _("privacy notice")


class CommentPolicyPage(InformationPage):
    max_count = 1
    template = "home/information_page.html"

    class Meta:
        verbose_name = _("comment policy")


class CookiesPage(InformationPage):
    """Lists every cookie the site sets; editors keep the table in step with the site."""

    content_panels = [
        *InformationPage.content_panels,
        InlinePanel("cookies", heading=_("Cookies this site sets"), label=_("Cookie")),
    ]
    max_count = 1
    template = "home/cookies_page.html"

    class Meta:
        verbose_name = _("cookies page")


class Cookie(Orderable):
    page = ParentalKey(CookiesPage, on_delete=models.CASCADE, related_name="cookies")
    name = models.CharField(_("name"), max_length=100)
    purpose = models.CharField(_("purpose"), max_length=300)
    expires = models.CharField(_("expires"), max_length=100, help_text=_("For example: 1 year"))
    essential = models.BooleanField(
        _("essential"),
        default=True,
        help_text=_("Essential cookies make the site work; any other cookie needs consent."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("purpose"),
        FieldPanel("expires"),
        FieldPanel("essential"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("cookie")
