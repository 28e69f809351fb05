"""The "Comments" area of the Wagtail admin: the moderation queue, one comment, the actions.

Built on Wagtail's ModelViewSet (listing, filters, pagination) and bulk actions; the detail
screen and the action endpoints are small views of ours because no generic view approves,
removes or replies.
"""

import django_filters
from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Min, Q
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, ngettext_lazy
from django.views.generic import TemplateView, View
from django_comments_xtd.models import XtdComment
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import BulkActionsCheckboxColumn, Column, DateColumn, TitleColumn
from wagtail.admin.views.bulk_action import BulkAction
from wagtail.admin.views.generic import IndexView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies.base import BasePermissionPolicy
from wagtail.permissions import register_permission_policy

from comments import actions
from comments.rules import hold_reasons
from comments.targets import (
    as_object_pks,
    comments_on_posts,
    html_lang,
    replies_allowed_under,
    with_languages,
)
from leaders.models import BlogPostPage, LeaderBlogPage, Page
from leaders.staff_mail import staff_language
from site_config.ids import IdChoiceField, parse_id

MODERATE = "django_comments.can_moderate"


def can_moderate(user) -> bool:
    return user.is_active and (user.is_superuser or user.has_perm(MODERATE))


class CommentModerationPolicy(BasePermissionPolicy):
    """Moderators (the Communications team, superusers) may view and change comments; nobody
    adds or deletes them here (citizens add them, the purge command deletes them)."""

    def user_has_permission(self, user, action):
        return action in {"view", "change"} and can_moderate(user)

    def users_with_any_permission(self, actions):
        if not {"view", "change"} & set(actions):
            return get_user_model().objects.none()
        return (
            get_user_model()
            .objects.filter(
                Q(is_superuser=True)
                | Q(user_permissions__codename="can_moderate")
                | Q(groups__permissions__codename="can_moderate"),
                is_active=True,
            )
            .distinct()
        )


register_permission_policy(XtdComment, CommentModerationPolicy(XtdComment), exact_class=True)


def waiting(queryset):
    return queryset.filter(is_public=False, is_removed=False)


def status_of(comment) -> str:
    if comment.is_removed:
        return str(_("Removed"))
    if not comment.is_public:
        return str(_("Waiting for approval"))
    if getattr(comment, "open_reports", 0):
        return str(_("Reported"))
    return str(_("Approved"))


def in_its_language(text, code):
    """`text` marked with the language `code`, so screen readers pronounce it right."""
    return format_html('<span lang="{}">{}</span>', html_lang(code), text)


def language_name(code):
    """The language's own name ("English", "Cymraeg"), marked with its language."""
    return in_its_language(dict(settings.LANGUAGES).get(code, code), code)


def attach_posts(comments):
    """Give each comment on a listing page its post and blog, in two queries."""
    comments = list(comments)
    posts = {
        str(post.pk): post
        for post in BlogPostPage.objects.filter(
            pk__in=[int(c.object_pk) for c in comments if c.object_pk.isdigit()]
        ).only("pk", "title", "path", "depth", "url_path")
    }
    parent_paths = {post.path[: -Page.steplen] for post in posts.values()}
    blogs = {blog.path: blog for blog in LeaderBlogPage.objects.filter(path__in=parent_paths)}
    for comment in comments:
        post = posts.get(comment.object_pk)
        comment.post = post
        comment.blog = blogs.get(post.path[: -Page.steplen]) if post else None
        comment.status = status_of(comment)
    return comments


class LeaderFilter(django_filters.ModelChoiceFilter):
    field_class = IdChoiceField


class CommentFilterSet(WagtailFilterSet):
    STATUS_CHOICES = [
        ("queue", _("Waiting or reported")),
        ("pending", _("Waiting for approval")),
        ("reported", _("Reported")),
        ("approved", _("Approved")),
        ("removed", _("Removed")),
        ("all", _("All comments")),
    ]
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=STATUS_CHOICES, method="filter_status", empty_label=None
    )
    leader = LeaderFilter(
        label=_("Leader"), queryset=LeaderBlogPage.objects.order_by("title"), method="filter_leader"
    )
    language = django_filters.ChoiceFilter(
        label=_("Language"), choices=settings.LANGUAGES, field_name="language"
    )

    class Meta:
        model = XtdComment
        fields = []

    def __init__(self, data=None, *args, **kwargs):
        # The queue (waiting or reported) is what moderators open the area for.
        data = data.copy() if data is not None else None
        if data is not None and not data.get("status"):
            data["status"] = "queue"
        super().__init__(data, *args, **kwargs)

    def filter_status(self, queryset, name, value):
        reported = Q(open_reports__gt=0)
        pending = Q(is_public=False, is_removed=False)
        return {
            "queue": queryset.filter(pending | reported, is_removed=False),
            "pending": queryset.filter(pending),
            "reported": queryset.filter(reported, is_removed=False),
            "approved": queryset.filter(is_public=True, is_removed=False),
            "removed": queryset.filter(is_removed=True),
        }.get(value, queryset)

    def filter_leader(self, queryset, name, value):
        return queryset.filter(object_pk__in=as_object_pks(BlogPostPage.objects.child_of(value)))


class CommentIndexView(IndexView):
    default_ordering = "submit_date"
    page_title = _("Comments")
    paginate_by = 50

    def get_base_queryset(self):
        return with_languages(comments_on_posts()).annotate(
            open_reports=Count("reports", filter=Q(reports__resolved_at__isnull=True))
        )

    @property
    def columns(self):
        return [
            BulkActionsCheckboxColumn("bulk_actions", obj_type="comment"),
            TitleColumn(
                "excerpt",
                label=_("Comment"),
                accessor=lambda c: in_its_language(
                    Truncator(c.comment).chars(90) or _("(empty)"), c.language
                ),
                get_url=lambda c: reverse("comment_moderation:detail", args=[c.pk]),
                get_title_id=lambda c: f"comment_{c.pk}_title",
            ),
            Column("user_name", label=_("Name")),
            Column("language", label=_("Language"), accessor=lambda c: language_name(c.language)),
            Column("post", label=_("Post"), accessor=lambda c: c.post.title if c.post else ""),
            Column("leader", label=_("Leader"), accessor=lambda c: c.blog.name if c.blog else ""),
            Column("status", label=_("Status")),
            Column("open_reports", label=_("Open reports")),
            DateColumn("submit_date", label=_("Sent"), sort_key="submit_date"),
        ]

    def paginate_queryset(self, queryset, page_size):
        paginator, page, object_list, is_paginated = super().paginate_queryset(queryset, page_size)
        page.object_list = attach_posts(object_list)
        return paginator, page, page.object_list, is_paginated


class ModerationForm(forms.Form):
    reply = forms.CharField(
        label=_("Reply as the leader"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=3000,
        help_text=_("Published at once, shown as the leader's reply."),
    )
    language = forms.ChoiceField(
        label=_("Language of the reply"),
        choices=settings.LANGUAGES,
        required=False,
        widget=forms.RadioSelect,
        help_text=_("So that screen readers read it aloud in the right language."),
    )

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        # The leader's own language (Account → Language in the admin) unless they choose.
        self.fields["language"].initial = staff_language(user) if user else settings.LANGUAGE_CODE


def may_reply(user, comment) -> bool:
    """Moderators may reply on any blog; a leader on comments on their own blog."""
    if can_moderate(user):
        return True
    blog = attach_posts([comment])[0].blog
    return blog is not None and blog.leader_id == user.pk


class CommentDetailView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "comments/admin/detail.html"
    header_icon = "comment"

    def dispatch(self, request, pk):
        self.comment = get_object_or_404(with_languages(comments_on_posts()), pk=pk)
        attach_posts([self.comment])
        if not (can_moderate(request.user) or may_reply(request.user, self.comment)):
            raise PermissionDenied
        comment = self.comment
        self.can_reply_here = (
            comment.is_public and not comment.is_removed and replies_allowed_under(comment)
        )
        return super().dispatch(request, pk)

    def get_page_title(self):
        return _("Comment by %(name)s") % {"name": self.comment.user_name or _("(erased)")}

    def get_breadcrumbs_items(self):
        items = [*self.breadcrumbs_items]
        if can_moderate(self.request.user):
            items.append({"url": reverse("comment_moderation:index"), "label": _("Comments")})
        return [*items, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        comment = self.comment
        parent = None
        if comment.parent_id != comment.pk:
            parent = with_languages(XtdComment.norel_objects.filter(pk=comment.parent_id)).first()
        return super().get_context_data(
            comment=comment,
            parent=parent,
            parent_lang=html_lang(parent.language) if parent else None,
            lang=html_lang(comment.language),
            language=language_name(comment.language),
            status=status_of(comment),
            hold_reasons=hold_reasons(comment.comment, comment.post)
            if comment.post and not comment.is_public and not comment.is_removed
            else [],
            reports=comment.reports.all(),
            can_moderate=can_moderate(self.request.user),
            can_reply=self.can_reply_here,
            **{"reply_form": ModerationForm(user=self.request.user), **kwargs},
        )

    def post(self, request, pk):
        """The reply form: published at once in the leader's name."""
        if not self.can_reply_here:
            raise PermissionDenied
        form = ModerationForm(request.POST, user=request.user)
        if form.is_valid():
            try:
                actions.reply_as_leader(
                    self.comment,
                    form.cleaned_data["reply"],
                    request.user,
                    form.cleaned_data["language"] or staff_language(request.user),
                )
            except actions.ReplyRefused as refusal:
                form.add_error("reply", str(refusal))
            else:
                messages.success(request, _("Your reply is published."))
                return redirect("comment_moderation:detail", pk)
        return self.render_to_response(self.get_context_data(reply_form=form), status=400)


def _erase(comment, user):
    count = actions.erase_commenter(comment.user_email, user) if comment.user_email else 0
    return ngettext(
        "The commenter's details were erased from %(count)d comment.",
        "The commenter's details were erased from %(count)d comments.",
        count,
    ) % {"count": count}


class CommentActionView(View):
    """POST endpoints for one comment's buttons; each action is audit-logged in actions.py."""

    http_method_names = ["post"]
    action = None
    ACTIONS = {
        "approve": (actions.approve, _("Comment approved: it is now on the post.")),
        "remove": (actions.remove, _("Comment removed from the site.")),
        "restore": (actions.restore, _("Comment restored.")),
    }

    def post(self, request, pk):
        comment = get_object_or_404(comments_on_posts(), pk=pk)
        if not can_moderate(request.user):
            raise PermissionDenied
        if self.action == "erase":
            message = _erase(comment, request.user)
        else:
            action, message = self.ACTIONS[self.action]
            action(comment, request.user)
        messages.success(request, message)
        return redirect("comment_moderation:detail", pk)


class CommentViewSet(ModelViewSet):
    model = XtdComment
    icon = "comment"
    menu_label = _("Comments")
    menu_order = 250
    add_to_admin_menu = True
    url_prefix = "comments"
    url_namespace = "comment_moderation"
    index_view_class = CommentIndexView
    filterset_class = CommentFilterSet
    index_template_name = "comments/admin/index.html"

    def get_urlpatterns(self):
        # Only the listing of the generic views: comments are not created or edited here.
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("<id:pk>/", CommentDetailView.as_view(), name="detail"),
            path("<id:pk>/reply/", CommentDetailView.as_view(), name="reply"),
            *[
                path(f"<id:pk>/{name}/", CommentActionView.as_view(action=name), name=name)
                for name in [*CommentActionView.ACTIONS, "erase"]
            ],
        ]

    def register_reference_index(self):
        """Comments hold no references to other content."""

    def register_admin_url_finder(self):
        """There is no edit view; the detail screen is linked from the listing."""


class _CommentBulkAction(BulkAction):
    """Runs `action` (one of comments.actions) on each selected comment, then says `done`."""

    models = [XtdComment]
    template_name = "comments/admin/bulk_confirm.html"

    def check_perm(self, obj):
        return can_moderate(self.request.user)

    @classmethod
    def get_queryset(cls, model, object_ids):
        # The ids come from the query string (`?id=…`); one that no comment can have is skipped.
        pks = [pk for pk in map(parse_id, object_ids) if pk is not None]
        return list(comments_on_posts().filter(pk__in=pks))

    def get_execution_context(self):
        return {"user": self.request.user}

    @classmethod
    def execute_action(cls, objects, user=None, **kwargs):
        for comment in objects:
            cls.action(comment, user)
        return len(objects), 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return self.done % {"count": num_parent_objects}


class ApproveBulkAction(_CommentBulkAction):
    display_name = _("Approve")
    action_type = "approve"
    aria_label = _("Approve selected comments")
    action = staticmethod(actions.approve)
    done = ngettext_lazy("%(count)d comment approved.", "%(count)d comments approved.", "count")


class RemoveBulkAction(_CommentBulkAction):
    display_name = _("Remove")
    action_type = "remove"
    aria_label = _("Remove selected comments")
    classes = {"serious"}
    action = staticmethod(actions.remove)
    done = ngettext_lazy("%(count)d comment removed.", "%(count)d comments removed.", "count")


class ModerationQueuePanel(Component):
    """Dashboard: how many comments wait and for how long (the policy promises two working days)."""

    name = "comment_moderation_queue"
    order = 90
    template_name = "comments/admin/dashboard_panel.html"

    def get_context_data(self, parent_context):
        queue = waiting(comments_on_posts())
        oldest = queue.aggregate(oldest=Min("submit_date"))["oldest"]
        reported = (
            comments_on_posts()
            .filter(is_removed=False, reports__resolved_at__isnull=True, reports__isnull=False)
            .distinct()
            .count()
        )
        return {
            "waiting": queue.count(),
            "reported": reported,
            "oldest": oldest,
            "oldest_age": timezone.now() - oldest if oldest else None,
            "queue_url": reverse("comment_moderation:index"),
        }
