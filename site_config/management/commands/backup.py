from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from site_config import backups


class Command(BaseCommand):
    help = "Back up the database and the media folder into var/backups/<timestamp>/."

    def add_arguments(self, parser):
        parser.add_argument(
            "--output-dir",
            default=str(Path(settings.VAR_DIR) / "backups"),
            help="Folder that receives the timestamped backup folder (default: var/backups).",
        )

    def handle(self, *args, output_dir, **options):
        try:
            target = backups.backup(Path(output_dir))
        except backups.BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(str(target))
