"""Erasure on request (UK GDPR art. 17) across the site: one person's comments and follows."""

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email

from comments import actions
from follows import retention


class Command(BaseCommand):
    help = (
        "Erase everything the site keeps about an email address: the commenter's details on "
        "every comment (as erase_commenter) and every follow, consent record and email sent."
    )

    def add_arguments(self, parser):
        parser.add_argument("email", help="The person's email address.")

    def handle(self, *args, email, **options):
        try:
            validate_email(email)
        except ValidationError as error:
            raise CommandError(f"Not an email address: {email!r}") from error
        comments = actions.erase_commenter(email)
        follows = retention.erase(email)
        self.stdout.write(
            f"Erased the commenter's details from {comments} comment(s); deleted {follows} "
            "follow record(s)."
        )
