"""Erasure on request (UK GDPR art. 17): blank one person's details on every comment."""

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email

from comments import actions


class Command(BaseCommand):
    help = (
        "Blank the name, email and IP address on every comment from an email address, replace "
        "the text of published ones, cancel follow-up emails, and record it in the audit log."
    )

    def add_arguments(self, parser):
        parser.add_argument("--email", required=True, help="The commenter's email address.")

    def handle(self, *args, email, **options):
        try:
            validate_email(email)
        except ValidationError as error:
            raise CommandError(f"Not an email address: {email!r}") from error
        count = actions.erase_commenter(email)
        self.stdout.write(f"Erased the commenter's details from {count} comment(s).")
