"""The schedule's safety net for new-post emails (run every minute beside publish_scheduled).

A worker killed while sending leaves its task marked running for ever: django-tasks-db does not
run it again. This command queues a fresh sending task when an email is due or a claim was
orphaned; the task marks the orphan interrupted and sends every still-queued email once.
"""

from django.core.management.base import BaseCommand
from django.db.models import Q
from django.utils import timezone

from follows import tasks
from follows.models import Announcement, Delivery


class Command(BaseCommand):
    help = "Queue the new-post email task if any email is due or was left half sent."

    def handle(self, *args, **options):
        waiting = Q(state=Delivery.State.QUEUED, next_attempt_at__lte=timezone.now())
        due = (
            Delivery.objects.filter(waiting | Q(state=Delivery.State.SENDING)).exists()
            or Announcement.objects.filter(fanned_out=False).exists()
        )
        if due:
            tasks.deliver_new_posts.enqueue()
        self.stdout.write("Queued the new-post email task." if due else "Nothing to send.")
