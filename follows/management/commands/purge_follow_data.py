"""Data retention for following: run daily beside purge_comment_data (docs/follows.md)."""

from django.core.management.base import BaseCommand

from follows import retention
from follows.conf import option


class Command(BaseCommand):
    help = "Delete follow requests nobody confirmed within CONFIRMATION_DAYS."

    def handle(self, *args, **options):
        counts = retention.purge()
        self.stdout.write(
            f"Unconfirmed rows deleted (older than {option('CONFIRMATION_DAYS')} days): "
            f"{counts['followers']} with their follower, {counts['requests']} other requests."
        )
