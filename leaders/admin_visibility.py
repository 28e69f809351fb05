"""What of a page's unpublished state the admin shows to whom.

The rule:

- A user sees a page as it stands in the admin (its draft title, revisions, previews, history,
  workflow) only if it is one of Wagtail's *explorable* pages for them: the pages their groups
  hold a right on, everything below those, and the path down to them. A leader: their own blog
  and its posts in every state, and the directory above it. The communications team: the whole
  directory. A superuser: everything.
- Any other page exists for them only as readers see it: live, with no unpublished changes, so
  the title shown is the published one. Another leader's live post whose author is preparing a
  new version drops out of the page chooser until that version is published or discarded:
  showing it would show the new title and when it was last edited.

Wagtail keeps to this in its explorer, admin search, dashboard panels and most reports, but
not in views that check no page permission; each of those is replaced here by a subclass of
Wagtail's own view (`leaders.admin_urls`, `leaders.wagtail_hooks` register them).
"""

import functools
import json

from django.core.exceptions import PermissionDenied
from django.db.models import Count, F, OuterRef, Q, Subquery
from django.http import Http404, JsonResponse
from django.shortcuts import redirect
from taggit.models import ItemBase, Tag
from wagtail.admin.views import chooser, tags
from wagtail.admin.views.pages.bulk_actions.delete import DeleteBulkAction
from wagtail.admin.views.pages.bulk_actions.move import MoveBulkAction
from wagtail.admin.views.pages.bulk_actions.publish import PublishBulkAction
from wagtail.admin.views.pages.bulk_actions.unpublish import UnpublishBulkAction
from wagtail.admin.views.reports import page_types_usage
from wagtail.admin.viewsets import pages as page_viewsets
from wagtail.models import Locale, Page
from wagtail.permissions import policy_registry

from .approval_views import ApprovalExplainingEditView, ApprovalExplainingWorkflowActionView


def explorable_pages(user):
    """The pages whose unpublished state `user` may see."""
    return policy_registry.get_by_type(Page).explorable_instances(user)


def may_see_unpublished(user, page_ids):
    """Whether `user` may see the unpublished state of every one of the pages `page_ids`."""
    page_ids = set(page_ids)
    return not page_ids or explorable_pages(user).filter(pk__in=page_ids).count() == len(page_ids)


def visible_pages(pages, user):
    """`pages` narrowed to those `user` may see at all: explorable ones in any state, any other
    only as published (`draft_title` is then the live title)."""
    visible = Page.objects.filter(
        Q(pk__in=explorable_pages(user).values("pk")) | Q(live=True, has_unpublished_changes=False)
    )
    # By id: the chooser's search may only filter on the fields Page indexes for search.
    return pages.filter(pk__in=visible.values("pk"))


def chooser_queryset(pages, request):
    """The `construct_page_chooser_queryset` hook: browse and search list visible pages only."""
    return visible_pages(pages, request.user)


class ChooserBrowseView(chooser.BrowseView):
    """The chooser also shows the page it browses (its parent row): refuse a hidden one."""

    def get_object_list(self):
        parent = Page.objects.filter(pk=self.parent_page.pk)
        if not visible_pages(parent, self.request.user).exists():
            raise Http404
        return super().get_object_list()


class ChosenMultipleView(chooser.ChosenMultipleView):
    """Answers with the titles of the pages it is given: refuse any hidden one."""

    def get(self, request):
        requested = Page.objects.filter(pk__in=request.GET.getlist("id"))
        if requested.count() != visible_pages(requested, request.user).count():
            raise Http404
        return super().get(request)


class ExternalLinkView(chooser.ExternalLinkView):
    """Wagtail turns a pasted address of a live page into a link to that page, named by its
    draft title. For a page the user may not see as a draft, the link stays the address typed
    (it leads to the same page) unless the draft and the live page are the same."""

    def post(self, request):
        response = super().post(request)
        data = json.loads(response.content)
        internal = data.get("internal") or data.get("result") or {}
        page_id = internal.get("id")
        if page_id and not visible_pages(Page.objects.filter(pk=page_id), request.user).exists():
            return self.render_chosen_response(self.get_result_data())
        return response


class PageTypesUsageReportView(page_types_usage.PageTypesUsageReportView):
    """Counts, and names the last edited page, among the pages the user may see."""

    def get_queryset(self):
        queryset = super().get_queryset()
        pages = visible_pages(Page.objects.all(), self.request.user)
        language_code = self.filters.form.cleaned_data.get("page_locale")
        site_root_path = self.filters.form.cleaned_data.get("site")
        if language_code:
            pages = pages.filter(locale__language_code=language_code)
        if site_root_path:
            pages = pages.filter(path__startswith=site_root_path)
        last_edited = pages.filter(content_type=OuterRef("pk")).order_by(
            F("latest_revision_created_at").desc(nulls_last=True), "title", "-pk"
        )
        # Replaces Wagtail's annotations of the same names, which looked at every page.
        return queryset.annotate(
            count=Count("pages", filter=Q(pages__in=pages)),
            last_edited_page_id=Subquery(last_edited.values("pk")[:1]),
        )


class PageViewSet(page_viewsets.PageViewSet):
    """Wagtail's page views (editor, previews, revisions, history, workflow actions and
    previews, usage, …), each refusing first a page whose unpublished state the user may not
    see. Wagtail's workflow views named such a page in their "not awaiting moderation"
    message; its other views refuse for lack of a right, which these checks then repeat.

    The explorer (`parent_page_id`) is left to Wagtail: it sends the user to their own section.
    The editor and the workflow action view also explain an approval refused for a missing or
    unready version in another language.
    """

    page_kwargs = ("page_id", "pk", "page_to_move_id", "destination_id")
    # A refused approval is explained in the editor (leaders.approval_views).
    edit_view_class = ApprovalExplainingEditView
    workflow_action_view_class = ApprovalExplainingWorkflowActionView

    def get_view_by_name(self, name):
        view = super().get_view_by_name(name)

        @functools.wraps(view)
        def refuse_hidden_pages(request, *args, **kwargs):
            if not may_see_unpublished(
                request.user, [kwargs[key] for key in self.page_kwargs if key in kwargs]
            ):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return refuse_hidden_pages


class RefuseHiddenPagesMixin:
    """A bulk action lists every page it is given, with titles, even those the user may not act
    on: refuse the request if it names a page whose unpublished state the user may not see."""

    def get_actionable_objects(self):
        objects, extra = super().get_actionable_objects()
        named = [page.pk for page in [*objects, *extra["items_with_no_access"]]]
        if not may_see_unpublished(self.request.user, named):
            raise PermissionDenied
        return objects, extra


class DeletePagesAction(RefuseHiddenPagesMixin, DeleteBulkAction):
    pass


class MovePagesAction(RefuseHiddenPagesMixin, MoveBulkAction):
    pass


class PublishPagesAction(RefuseHiddenPagesMixin, PublishBulkAction):
    pass


class UnpublishPagesAction(RefuseHiddenPagesMixin, UnpublishBulkAction):
    pass


PAGE_BULK_ACTIONS = (DeletePagesAction, MovePagesAction, PublishPagesAction, UnpublishPagesAction)


def visible_tag_uses(user):
    """A filter on Tag: used by a page `user` may see, or by something that is not a page (the
    generic tagged items of images and documents)."""
    pages = visible_pages(Page.objects.all(), user).values("pk")
    uses = Q()
    for relation in Tag._meta.related_objects:
        if not issubclass(relation.related_model, ItemBase):
            continue
        target = relation.related_model._meta.get_field("content_object").related_model
        if target is not None and issubclass(target, Page):
            uses |= Q(**{f"{relation.name}__content_object__in": pages})
        else:
            uses |= Q(**{f"{relation.name}__isnull": False})
    return uses


def tag_autocomplete(request, app_name=None, model_name=None):
    """Wagtail's tag suggestions, less the tags only hidden pages use: a new page's tags are
    stored when it is created, long before anyone publishes them."""
    response = tags.autocomplete(request, app_name=app_name, model_name=model_name)
    if (app_name, model_name) not in ((None, None), ("taggit", "tag")):
        return response  # a custom tag model: none here
    names = json.loads(response.content)
    shown = set(
        Tag.objects.filter(name__in=names)
        .filter(visible_tag_uses(request.user))
        .values_list("name", flat=True)
    )
    return JsonResponse([name for name in names if name in shown], safe=False)


def explorer_start(user):
    """Where the page explorer starts for `user`, in the site's default language.

    With a tree per language, a leader holds rights on their blog in English and in Welsh, and
    the communications team on both directories: the pages' first common ancestor is the tree
    root, where Wagtail would start (and let them open any page). Start at their own pages in
    the default language instead, as with one language (Wagtail's locale switcher leads to the
    Welsh ones). None where Wagtail's own start is right (superusers, one language).
    """
    if user.is_superuser:
        return None
    pages = list(policy_registry.get_by_type(Page).instances_with_direct_explore_permission(user))
    own = [page for page in pages if page.locale_id == Locale.get_default().pk]
    if not own or len(own) == len(pages):
        return None
    return Page.objects.first_common_ancestor_of(own, include_self=True, strict=True)


def explore_root(request):
    start = explorer_start(request.user)
    if start is not None:
        return redirect("wagtailadmin_explore", start.pk)
    return page_viewsets.page_viewset_registry.as_view("index", is_base_page=True)(request)


def explore(request, parent_page_id):
    """A page's listing in the explorer; a page the user may not explore sends them back to
    their start, as Wagtail does with one language."""
    start = explorer_start(request.user)
    if start is not None and not explorable_pages(request.user).filter(pk=parent_page_id).exists():
        return redirect("wagtailadmin_explore", start.pk)
    view = page_viewsets.page_viewset_registry.as_view(
        "index", parent_page_id_kwarg="parent_page_id"
    )
    return view(request, parent_page_id=parent_page_id)
