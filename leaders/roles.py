"""Who may do what on the leaders' blogs, set up without clicking and kept in step with the pages.

- `Leaders` and `Communications team`: admin access, may upload and choose images, and may
  translate the pages they may edit (simple_translation's "Translate").
- Each blog has its own group, `Leader blog: <slug>`, holding add + edit rights on that blog only,
  in every language: English and Welsh versions alike (Wagtail grants page rights to groups,
  never to single users). Its one member is the blog's `leader`, unless `left_office_on` is set:
  then the account loses its rights. The original version says who; translations follow it.
- The communications team may add, edit and publish across the directory, change the language
  settings ("Publish only when both languages are ready"), see the report of outgoing
  email, and see the users listing (where it resets a colleague's lost second factor, never
  edits an account); `publish_page` is what lets it unpublish at once (a takedown).
  Publishing a post directly is withheld by `leaders.workflow.BlogPostPermissionTester`, so
  posts go live only through the workflow.
- Wagtail's own `Editors` and `Moderators` groups hold rights on the tree root, which would cover
  every leader's blog (page rights are inherited and cannot exclude a subtree). Our roles do not
  use them, so `ensure_roles` removes their page rights on the directory's ancestors; they keep
  their image and document rights. Site pages outside the directory are edited by superusers.

The workflow those rights feed (its tasks, and its assignment to the directory) is set up by
`leaders.workflow_setup`, called from here.

`ensure_roles()` is idempotent. It runs after every `migrate`, from `load_demo`, and the receivers
in `leaders.signal_handlers` re-apply the relevant part whenever a directory or a blog page is
saved, in the admin or in code.
"""

from django.apps import apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
)

from .models import LeaderBlogPage, LeaderDirectoryPage
from .workflow_setup import ensure_workflow

LEADERS_GROUP = "Leaders"
COMMS_GROUP = "Communications team"
BLOG_GROUP_PREFIX = "Leader blog: "
WAGTAIL_DEFAULT_GROUPS = ("Editors", "Moderators")

IMAGE_PERMISSIONS = ("add_image", "choose_image")
COMMS_PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page")
LEADER_PAGE_PERMISSIONS = ("add_page", "change_page")


def _permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


@transaction.atomic
def ensure_roles():
    """Create or repair every group, permission and the workflow; a second run changes nothing."""
    # On a fresh database this runs before Wagtail's apps have had their permissions created.
    for label in (
        "auth",
        "wagtailadmin",
        "wagtailimages",
        "wagtailcore",
        "leaders",
        "simple_translation",
        "outbox",
    ):
        create_permissions(apps.get_app_config(label), verbosity=0)
    root_collection = Collection.get_first_root_node()
    for name in (LEADERS_GROUP, COMMS_GROUP):
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(_permission("wagtailadmin", "access_admin"))
        # "Translate" in the page editor: on the pages each may edit only (Wagtail checks).
        group.permissions.add(_permission("simple_translation", "submit_translation"))
        # A flushed database (TransactionTestCase) has no root collection until one is made.
        for codename in IMAGE_PERMISSIONS if root_collection else ():
            GroupCollectionPermission.objects.get_or_create(
                group=group,
                collection=root_collection,
                permission=_permission("wagtailimages", codename),
            )
    Group.objects.get(name=COMMS_GROUP).permissions.add(
        _permission("leaders", "change_languagesettings"),
        # The users listing, to reset a colleague's second factor (site_config).
        _permission("auth", "view_user"),
        # The report of outgoing email: its state, never its addresses.
        _permission("outbox", "view_outgoingemail"),
    )
    for directory in LeaderDirectoryPage.objects.all():
        ensure_directory_roles(directory)
    for blog in LeaderBlogPage.objects.all():
        sync_blog_permissions(blog)


def ensure_directory_roles(directory):
    """The communications team's rights on the directory, and the workflow assigned to it."""
    comms, _ = Group.objects.get_or_create(name=COMMS_GROUP)
    comms.permissions.add(_permission("leaders", "assign_leader"))
    for codename in COMMS_PAGE_PERMISSIONS:
        GroupPagePermission.objects.get_or_create(
            group=comms, page=directory, permission=_permission("wagtailcore", codename)
        )
    GroupPagePermission.objects.filter(
        group__name__in=WAGTAIL_DEFAULT_GROUPS,
        page__in=Page.objects.ancestor_of(directory, inclusive=True),
    ).delete()
    ensure_workflow(directory, reviewers=comms)


def blog_versions(blog):
    """The blog in every language (its translations and aliases), the original first."""
    return LeaderBlogPage.objects.filter(translation_key=blog.translation_key).order_by("pk")


def blog_group(blog, versions=None):
    """The group that holds the rights on `blog` in every language (found by its page
    permissions, named by the original's slug)."""
    versions = list(versions if versions is not None else blog_versions(blog)) or [blog]
    name = f"{BLOG_GROUP_PREFIX}{versions[0].slug}"
    group = Group.objects.filter(
        name__startswith=BLOG_GROUP_PREFIX, page_permissions__page__in=versions
    ).first()
    if group is None:
        group, _ = Group.objects.get_or_create(name=name)
    elif group.name != name:
        group.name = name
        group.save(update_fields=["name"])
    for version in versions:
        for codename in LEADER_PAGE_PERMISSIONS:
            GroupPagePermission.objects.get_or_create(
                group=group, page=version, permission=_permission("wagtailcore", codename)
            )
    return group


def sync_blog_permissions(blog):
    """Give the rights on `blog`, in every language, to its serving leader, and take them from
    anyone else.

    One person speaks on a blog whatever the language: the original version's `leader` and
    `left_office_on` say who and until when, and its translations are kept in step (a Welsh
    version published from an older draft cannot bring back a former leader).
    """
    versions = list(blog_versions(blog)) or [blog]
    source = versions[0]
    stale = [
        version.pk
        for version in versions[1:]
        if (version.leader_id, version.left_office_on) != (source.leader_id, source.left_office_on)
    ]
    if stale:
        LeaderBlogPage.objects.filter(pk__in=stale).update(
            leader_id=source.leader_id, left_office_on=source.left_office_on
        )
    group = blog_group(source, versions)
    serving = source.leader_id and source.left_office_on is None
    wanted = {source.leader} if serving else set()
    current = set(group.user_set.all())
    group.user_set.remove(*(current - wanted))
    group.user_set.add(*(wanted - current))
    for user in current | wanted:
        sync_leader_membership(user)


def sync_leader_membership(user):
    """A user is in `Leaders` exactly while they lead at least one blog in office."""
    leaders, _ = Group.objects.get_or_create(name=LEADERS_GROUP)
    if LeaderBlogPage.objects.filter(leader=user, left_office_on__isnull=True).exists():
        user.groups.add(leaders)
    else:
        user.groups.remove(leaders)


def remove_blog_group(blog):
    """A deleted blog's group goes with its last version; its members' `Leaders` membership
    is recomputed. While another language's version remains, the group stays with it."""
    remaining = blog_versions(blog).exclude(pk=blog.pk).first()
    if remaining is not None:
        sync_blog_permissions(remaining)
        return
    group = Group.objects.filter(name=f"{BLOG_GROUP_PREFIX}{blog.slug}").first()
    if group is None:
        return
    members = list(group.user_set.all())
    group.delete()
    for user in members:
        sync_leader_membership(user)
