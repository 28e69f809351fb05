"""The approval workflow's tasks, the workflow and its assignment to the leaders' directory.

Created without clicking and repaired by `leaders.roles.ensure_roles` (after every migrate and
from `load_demo`) and whenever a directory page is saved; a second run changes nothing. The
tasks' behaviour is in `leaders.workflow`.
"""

from django.utils.translation import gettext_noop
from wagtail.models import Workflow, WorkflowPage, WorkflowTask

from .workflow import CommunicationsApprovalTask, LeaderSignOffTask

# Stored in English; marked so the catalogue translates them where the workflow emails show them.
WORKFLOW_NAME = gettext_noop("Leader sign-off and communications approval")
SIGN_OFF_TASK_NAME = gettext_noop("Leader sign-off")
COMMS_TASK_NAME = gettext_noop("Communications approval")


def ensure_workflow(directory, reviewers):
    """The two tasks in order, the group `reviewers` on the second, the workflow on `directory`."""
    sign_off, _ = LeaderSignOffTask.objects.get_or_create(name=SIGN_OFF_TASK_NAME)
    approval, _ = CommunicationsApprovalTask.objects.get_or_create(name=COMMS_TASK_NAME)
    approval.groups.add(reviewers)
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    for order, task in enumerate((sign_off, approval)):
        WorkflowTask.objects.update_or_create(
            workflow=workflow, task=task, defaults={"sort_order": order}
        )
    WorkflowPage.objects.update_or_create(page=directory, defaults={"workflow": workflow})
    return workflow
