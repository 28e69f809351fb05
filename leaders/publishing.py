"""What happens when every step of a workflow has approved: publish, with the workflow's authority.

A module of its own because Wagtail imports WAGTAIL_FINISH_WORKFLOW_ACTION while its models are
still loading, so this file must not import Wagtail's models at the top.
"""


def publish_approved(workflow_state, user=None):
    """Publish the latest revision (now, or at its go-live time) once every step approved it.

    Wagtail's default asks the final approver for their own publish permission, which
    `BlogPostPermissionTester` withholds from everyone but superusers: the completed workflow is
    the authority to publish. The audit log still records the approver as the publisher.
    """
    from leaders.workflow import BlogPostPermissionTester

    page = workflow_state.content_object.specific
    skip_checks = user is not None and isinstance(
        page.permissions_for_user(user), BlogPostPermissionTester
    )
    page.get_latest_revision().publish(user=user, skip_permission_checks=skip_checks)
