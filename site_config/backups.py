"""Backups of the database and the media folder, and their restore.

The database is copied with the engine's own tool, never dumpdata (Wagtail's tree paths,
revisions and content types do not survive a JSON round trip): SQLite through its online
backup API (consistent while the site runs), PostgreSQL through pg_dump's custom format and
pg_restore. Media files are copied beside it. `manifest.json` records the engine, a SHA-256 per
media file and the row count of every model, so a restore can be verified, not trusted.

A backup folder: var/backups/<UTC timestamp>/{manifest.json, database.sqlite3|database.dump,
media/}.
"""

import datetime
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import tempfile
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.files.storage import FileSystemStorage, storages
from django.db import connections

MANIFEST = "manifest.json"


class BackupError(Exception):
    """A backup or restore that cannot go ahead; the message says what to do."""


def _database():
    return settings.DATABASES["default"]


def _engine() -> str:
    engine = _database()["ENGINE"]
    if engine.endswith("sqlite3"):
        return "sqlite"
    if engine.endswith("postgresql"):
        return "postgresql"
    raise BackupError(f"Backups support SQLite and PostgreSQL, not {engine}.")


def _media_root() -> Path:
    # Media in S3 are protected by bucket versioning, not by copying the bucket here.
    if not isinstance(storages["default"], FileSystemStorage):
        raise BackupError("Media are not on the local disk: back up the bucket with its own tools.")
    return Path(settings.MEDIA_ROOT)


def _run_pg(program: str, *args: str) -> None:
    executable = shutil.which(program)
    if executable is None:
        raise BackupError(
            f"{program} is not installed (Debian: apt-get install postgresql-client)."
        )
    db = _database()
    env = {**os.environ}
    if db.get("PASSWORD"):
        env["PGPASSWORD"] = str(db["PASSWORD"])
    connection_args = [
        "--host",
        str(db.get("HOST") or "127.0.0.1"),
        "--port",
        str(db.get("PORT") or 5432),
    ]
    if db.get("USER"):
        connection_args += ["--username", str(db["USER"])]
    result = subprocess.run(  # noqa: S603 - a PostgreSQL tool, arguments from settings
        [executable, *connection_args, *args], env=env, capture_output=True, text=True
    )
    if result.returncode != 0:
        raise BackupError(f"{program} failed: {result.stderr.strip()}")


def media_checksums(root: Path) -> dict[str, str]:
    sums = {}
    if root.exists():
        for path in sorted(p for p in root.rglob("*") if p.is_file()):
            sums[path.relative_to(root).as_posix()] = hashlib.sha256(path.read_bytes()).hexdigest()
    return sums


def row_counts() -> dict[str, int]:
    return {
        model._meta.label: model._base_manager.count()
        for model in apps.get_models()
        if model._meta.managed and not model._meta.proxy
    }


def backup(destination_root: Path) -> Path:
    engine = _engine()
    media_root = _media_root()
    stamp = datetime.datetime.now(datetime.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = Path(destination_root) / stamp
    target.mkdir(parents=True)
    if engine == "sqlite":
        source = sqlite3.connect(_database()["NAME"])
        copy = sqlite3.connect(target / "database.sqlite3")
        try:
            source.backup(copy)
        finally:
            copy.close()
            source.close()
    else:
        _run_pg(
            "pg_dump",
            "--format=custom",
            "--no-owner",
            "--no-acl",
            "--file",
            str(target / "database.dump"),
            str(_database()["NAME"]),
        )
    if media_root.exists():
        shutil.copytree(media_root, target / "media")
    manifest = {
        "created_at": stamp,
        "engine": engine,
        "media": media_checksums(target / "media"),
        "rows": row_counts(),
    }
    (target / MANIFEST).write_text(json.dumps(manifest, indent=1, sort_keys=True))
    return target


def read_manifest(source: Path) -> dict:
    path = Path(source) / MANIFEST
    if not path.is_file():
        raise BackupError(f"{source} is not a backup folder: it has no {MANIFEST}.")
    manifest = json.loads(path.read_text())
    if media_checksums(Path(source) / "media") != manifest["media"]:
        raise BackupError(f"The media files in {source} do not match their checksums.")
    return manifest


def restore(source: Path) -> dict:
    """Replace the database and the media folder with the backup's; returns the manifest."""
    source = Path(source)
    manifest = read_manifest(source)
    engine = _engine()
    if manifest["engine"] != engine:
        raise BackupError(
            f"This backup is of a {manifest['engine']} database; the site uses {engine}."
        )
    media_root = _media_root()
    connections.close_all()
    if engine == "sqlite":
        backup_db = sqlite3.connect(source / "database.sqlite3")
        live = sqlite3.connect(_database()["NAME"])
        try:
            backup_db.backup(live)
        finally:
            live.close()
            backup_db.close()
    else:
        _run_pg(
            "pg_restore",
            "--clean",
            "--if-exists",
            "--no-owner",
            "--no-acl",
            "--single-transaction",
            "--dbname",
            str(_database()["NAME"]),
            str(source / "database.dump"),
        )
    # Media: copy beside the live folder first, then swap, so a failure leaves the old one.
    media_root.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".media-restore-", dir=media_root.parent))
    if (source / "media").exists():
        shutil.copytree(source / "media", staging / "media")
    else:
        (staging / "media").mkdir()
    if media_root.exists():
        media_root.rename(staging / "previous")
    (staging / "media").rename(media_root)
    shutil.rmtree(staging)
    return manifest
