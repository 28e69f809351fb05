"""The communications team's report of posts with no version in another content language.

Oldest gap first: a gap is as old as the existing version's first publication, or its first
revision if it was never published. Only the communications team and superusers see it; leaders
do not (the team arranges the translations). Each page of results takes a fixed number of
queries whatever the number of posts.
"""

import django_filters
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import CharField, OuterRef, Q, Subquery
from django.db.models.functions import Cast, Coalesce
from django.urls import reverse
from django.utils import timezone
from django.utils.timesince import timesince
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.reports import ReportView
from wagtail.models import Revision

from .language_versions import content_languages, language_name, missing_codes, posts_with_gaps
from .language_versions import translate_url as translate_page_url
from .models import BlogPostPage, LeaderBlogPage
from .roles import COMMS_GROUP


def may_see_report(user):
    return user.is_active and (user.is_superuser or user.groups.filter(name=COMMS_GROUP).exists())


def language_choices():
    return [(code, language_name(code)) for code in content_languages()]


def leaders_with_blogs(request):
    return (
        get_user_model()
        .objects.filter(leader_blogs__isnull=False)
        .distinct()
        .order_by("first_name", "last_name", "username")
    )


class TranslationGapsFilterSet(WagtailFilterSet):
    leader = django_filters.ModelChoiceFilter(
        label=_("Leader"), queryset=leaders_with_blogs, method="filter_leader"
    )
    language = django_filters.ChoiceFilter(
        label=_("Written in"), choices=language_choices, field_name="locale__language_code"
    )

    class Meta:
        model = BlogPostPage
        fields = []

    def filter_leader(self, queryset, name, value):
        blogs = LeaderBlogPage.objects.filter(leader=value).values_list("path", flat=True)
        under = Q(pk__in=[])
        for path in blogs:
            under |= Q(path__startswith=path)
        return queryset.filter(under)


class TranslationGapsView(ReportView):
    page_title = _("Translation gaps")
    header_icon = "globe"
    results_template_name = "leaders/admin/translation_gaps_results.html"
    filterset_class = TranslationGapsFilterSet
    index_url_name = "leaders_translation_gaps"
    index_results_url_name = "leaders_translation_gaps_results"
    model = BlogPostPage
    paginate_by = 50

    def dispatch(self, request, *args, **kwargs):
        if not may_see_report(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        first_revision = Revision.page_revisions.filter(
            object_id=Cast(OuterRef("pk"), output_field=CharField())
        ).order_by("created_at", "pk")
        posts = posts_with_gaps(BlogPostPage.objects.all(), self.languages)
        return (
            posts.select_related("locale")
            .annotate(
                gap_since=Coalesce(
                    "first_published_at", Subquery(first_revision.values("created_at")[:1])
                )
            )
            .order_by("gap_since", "pk")
        )

    @property
    def languages(self):
        return content_languages()

    def decorate_paginated_queryset(self, posts):
        """The leader's blog of each post, and what to show, in one more query."""
        posts = list(posts)
        blogs = {
            blog.path: blog
            for blog in LeaderBlogPage.objects.filter(
                path__in={post.path[: -post.steplen] for post in posts}
            ).only("path", "name", "title")
        }
        now = timezone.now()
        user = self.request.user
        for post in posts:
            post.blog_name = getattr(blogs.get(post.path[: -post.steplen]), "name", "")
            post.language_name = language_name(post.locale.language_code)
            post.missing_names = [
                language_name(code) for code in missing_codes(post, self.languages)
            ]
            post.gap_age = timesince(post.gap_since, now, depth=1) if post.gap_since else ""
            post.edit_url = reverse("wagtailadmin_pages:edit", args=(post.pk,))
            post.translate_url = translate_page_url(post, user)
        return posts


def menu_item():
    return TranslationGapsMenuItem(
        _("Translation gaps"),
        reverse("leaders_translation_gaps"),
        name="translation-gaps",
        icon_name="globe",
        order=750,
    )


class TranslationGapsMenuItem(MenuItem):
    def is_shown(self, request):
        return bool(content_languages()) and may_see_report(request.user)
