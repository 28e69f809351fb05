"""The staff screens of following in the Wagtail admin: counts and recent sends, and one
leader's follower addresses for those allowed to see them."""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from leaders.models import LeaderBlogPage

from . import staff


class FollowersView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "follows/admin/index.html"
    page_title = _("Followers")
    header_icon = "mail"

    def dispatch(self, request, *args, **kwargs):
        self.blogs = staff.visible_blogs(request.user)
        if not self.blogs and not staff.may_see_all(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        table = staff.counts(self.blogs)
        rows = [
            {
                "blog": blog,
                "counts": [
                    table[blog.translation_key].get(code, 0) for code, _n in settings.LANGUAGES
                ],
            }
            for blog in self.blogs
        ]
        return {
            **super().get_context_data(**kwargs),
            "languages": [name for _code, name in settings.LANGUAGES],
            "rows": rows,
            "sends": staff.recent_sends(self.blogs),
            "may_see_addresses": self.request.user.has_perm(staff.ADDRESSES_PERMISSION),
        }


class AddressesView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "follows/admin/addresses.html"
    header_icon = "mail"

    def dispatch(self, request, pk):
        if not request.user.has_perm(staff.ADDRESSES_PERMISSION):
            raise PermissionDenied
        self.blog = get_object_or_404(LeaderBlogPage, pk=pk)
        return super().dispatch(request, pk)

    def get_page_title(self):
        return _("Followers of %(name)s") % {"name": self.blog.name}

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("follows_admin:index"), "label": _("Followers")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        return {
            **super().get_context_data(**kwargs),
            "followers": staff.addresses(self.request.user, self.blog),
        }
