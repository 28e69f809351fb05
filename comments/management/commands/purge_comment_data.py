"""Data retention for comments: run daily (see README). Safe to run at any time, idempotent."""

from django.core.management.base import BaseCommand

from comments import actions
from comments.conf import option


class Command(BaseCommand):
    help = (
        "Delete commenters' IP addresses older than IP_RETENTION_DAYS, expired or used "
        "confirmation links, comments removed more than REMOVED_RETENTION_DAYS ago and "
        "comments of deleted posts."
    )

    def handle(self, *args, **options):
        counts = actions.purge()
        self.stdout.write(
            f"IP addresses cleared: {counts['ip_addresses']} "
            f"(older than {option('IP_RETENTION_DAYS')} days); "
            f"confirmation links deleted: {counts['confirmations']}; "
            f"removed comments deleted: {counts['removed_comments']}; "
            f"comments of deleted posts deleted: {counts['orphaned_comments']}."
        )
