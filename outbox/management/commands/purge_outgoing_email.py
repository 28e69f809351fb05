"""Delete the records of emails that finished (sent or failed) more than --days days ago.

A finished record keeps no message and no address, only what the report shows; this keeps the
table, and the report, to recent mail. Run daily (docs/deployment.md).
"""

import datetime

from django.core.management.base import BaseCommand
from django.utils import timezone

from outbox.models import OutgoingEmail


class Command(BaseCommand):
    help = "Delete the records of emails that finished more than --days days ago (default 90)."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=90)

    def handle(self, *args, days, **options):
        cutoff = timezone.now() - datetime.timedelta(days=days)
        deleted, _ = OutgoingEmail.objects.filter(finished_at__lt=cutoff).delete()
        self.stdout.write(f"Deleted {deleted} finished email record(s) older than {days} days.")
