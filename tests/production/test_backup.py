"""Restore drill: back up the demo site, wipe it, restore it, and prove nothing was lost."""

import json
import re
import shutil
import urllib.request

from tests.production.realserver import _pg_admin

SNAPSHOT = (
    "import json; from django.conf import settings; from pathlib import Path;"
    "from site_config.backups import media_checksums, row_counts;"
    "print(json.dumps({'rows': row_counts(),"
    " 'media': media_checksums(Path(settings.MEDIA_ROOT))}))"
)
KEY_PAGES = ["/", "/leaders/", "/leaders/amira-hassan/"]
# The follow form's signed time of showing differs from one rendering to the next.
SHOWN_AT = re.compile(rb'name="timestamp" value="[^"]*"')


def snapshot(server) -> dict:
    return json.loads(server.manage("shell", "-c", SNAPSHOT).stdout.strip().splitlines()[-1])


def render_key_pages(server) -> dict:
    server.start()
    try:
        pages = {}
        for path in KEY_PAGES:
            with urllib.request.urlopen(server.url(path), timeout=30) as response:  # noqa: S310
                assert response.status == 200, path
                pages[path] = SHOWN_AT.sub(b'name="timestamp"', response.read())
        return pages
    finally:
        server.stop()


def wipe(server) -> None:
    if server.kind == "sqlite":
        for suffix in ("", "-wal", "-shm"):
            (server.workdir / f"db.sqlite3{suffix}").unlink(missing_ok=True)
    else:
        _pg_admin(f'DROP DATABASE "{server.pg_name}" WITH (FORCE)')
        _pg_admin(f'CREATE DATABASE "{server.pg_name}"')
    shutil.rmtree(server.workdir / "media")


def test_backup_wipe_restore_gives_back_the_same_site(real_server_factory, database):
    server = real_server_factory(database)
    before_pages = render_key_pages(server)  # renders create image renditions too
    before = snapshot(server)
    assert before["rows"]["wagtailcore.Page"] > 10
    assert before["rows"]["wagtailcore.Revision"] > 10
    assert before["rows"]["wagtailimages.Image"] > 0
    assert before["rows"]["wagtailimages.Rendition"] > 0
    assert len(before["media"]) > 0

    backup_dir = server.manage("backup").stdout.strip().splitlines()[-1]
    wipe(server)
    assert not (server.workdir / "media").exists()

    result = server.manage("restore", backup_dir, "--noinput")
    assert "Restored" in result.stdout

    after = snapshot(server)
    assert after["rows"] == before["rows"]
    assert after["media"] == before["media"]
    fixtree = server.manage("fixtree").stdout
    assert "No problems found" in fixtree, fixtree
    after_pages = render_key_pages(server)
    for path in KEY_PAGES:
        assert after_pages[path] == before_pages[path], path


def test_restore_refuses_a_folder_whose_media_do_not_match_the_manifest(real_server_factory):
    server = real_server_factory()
    backup_dir = server.manage("backup").stdout.strip().splitlines()[-1]
    first_media = sorted((server.workdir / "backups").rglob("media/**/*.*"))[0]
    first_media.write_bytes(b"tampered")
    before = snapshot(server)
    result = server.manage("restore", backup_dir, "--noinput", check=False)
    assert result.returncode != 0
    assert "do not match their checksums" in result.stderr
    assert snapshot(server) == before
