from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from site_config import backups


class Command(BaseCommand):
    help = "Replace the database and the media folder with those of a backup folder."

    def add_arguments(self, parser):
        parser.add_argument("backup", help="A folder written by `manage.py backup`.")
        parser.add_argument(
            "--noinput", action="store_false", dest="interactive", help="Do not ask first."
        )

    def handle(self, *args, backup, interactive, **options):
        source = Path(backup)
        try:
            manifest = backups.read_manifest(source)
        except backups.BackupError as error:
            raise CommandError(str(error)) from error
        if interactive:
            answer = input(
                f"Replace this site's database and media with the backup of "
                f"{manifest['created_at']}? Type 'yes' to go on: "
            )
            if answer.strip().lower() != "yes":
                raise CommandError("Restore cancelled; nothing was changed.")
        try:
            backups.restore(source)
        except backups.BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"Restored {source} ({len(manifest['media'])} media files).")
