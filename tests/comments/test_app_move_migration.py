"""The comment models moved from the `leaders` app to `comments` without losing a row.

The database is migrated back to the old layout, filled there through the old models, then
migrated forward: every row, content type, permission and audit-log entry is found again.
"""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

OLD_LAYOUT = [("leaders", "0005_blogpostpage_date_index"), ("comments", None)]


def migrate(targets):
    """Migrate the test database to `targets`; return the models as they are there."""
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    executor.loader.build_graph()
    return executor.loader.project_state([t for t in targets if t[1] is not None]).apps


def latest_targets():
    executor = MigrationExecutor(connection)
    return executor.loader.graph.leaf_nodes()


@pytest.fixture
def old_layout(db):
    """The models of the old layout; the database is brought back to today's whatever happens."""
    try:
        yield migrate(OLD_LAYOUT)
    finally:
        migrate(latest_targets())


# serialized_rollback: the database is left as the next tests expect (groups, workflow, site).
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_comment_rows_survive_the_move_to_the_comments_app(blog_a, post_a, old_layout):
    old = old_layout
    ContentType = old.get_model("contenttypes", "ContentType")
    Permission = old.get_model("auth", "Permission")
    Group = old.get_model("auth", "Group")
    XtdComment = old.get_model("django_comments_xtd", "XtdComment")
    ModelLogEntry = old.get_model("wagtailcore", "ModelLogEntry")
    post_type = ContentType.objects.get(app_label="leaders", model="blogpostpage")
    comment = XtdComment.objects.create(
        content_type=post_type,
        object_pk=str(post_a.pk),
        site_id=1,
        user_name="Resident",
        user_email="resident@example.org",
        comment="Thank you for explaining.",
        submit_date="2026-11-30T11:00:00Z",
        is_public=True,
        thread_id=0,
        parent_id=0,
        level=0,
        order=1,
    )
    old.get_model("leaders", "CommentReport").objects.create(comment=comment, reason="spam")
    old.get_model("leaders", "PendingConfirmation").objects.create(
        token_hash="a" * 64,
        page_id=post_a.pk,
        user_name="Waiting",
        user_email="waiting@example.org",
        comment="Held until confirmed.",
    )
    old.get_model("leaders", "CommentSettings").objects.create(paused=True, hold_words="casino")
    old.get_model("leaders", "LeaderBlogPage").objects.filter(pk=blog_a.pk).update(
        post_moderation=True
    )
    settings_type, _ = ContentType.objects.get_or_create(
        app_label="leaders", model="commentsettings"
    )
    permission, _ = Permission.objects.get_or_create(
        content_type=settings_type,
        codename="change_commentsettings",
        defaults={"name": "Can change comment settings"},
    )
    Group.objects.create(name="Moderators of the old layout").permissions.add(permission)
    ModelLogEntry.objects.create(
        content_type=post_type,
        object_id=str(comment.pk),
        label="Comment",
        action="leaders.comment.approve",
        timestamp="2026-11-30T12:00:00Z",
        data={},
    )

    new = migrate(latest_targets())

    assert new.get_model("comments", "CommentReport").objects.get().reason == "spam"
    pending = new.get_model("comments", "PendingConfirmation").objects.get()
    assert (pending.user_name, pending.page_id) == ("Waiting", post_a.pk)
    settings = new.get_model("comments", "CommentSettings").objects.get()
    assert settings.paused and settings.hold_words == "casino"
    blog = new.get_model("leaders", "LeaderBlogPage").objects.get(pk=blog_a.pk)
    assert blog.publish_comments_before_review is True
    group = new.get_model("auth", "Group").objects.get(name="Moderators of the old layout")
    assert list(group.permissions.values_list("content_type__app_label", "codename")) == [
        ("comments", "change_commentsettings")
    ]
    assert new.get_model("wagtailcore", "ModelLogEntry").objects.get().action == (
        "comments.approve"
    )
