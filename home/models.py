"""The site root."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from leaders.models import LeaderBlogPage, LeaderDirectoryPage, attach_blogs, live_posts

LATEST_POSTS = 6


class HomePage(Page):
    """The front page: an introduction, the latest posts from every leader, the way in."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["leaders.LeaderDirectoryPage"]
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
        return context
