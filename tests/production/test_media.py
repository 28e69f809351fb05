"""Media safety through the real admin views: SVG only for the communications team, bounded
image uploads (bytes and pixels, decompression bombs), documents always downloaded; and
/media/ under `make run` and `make serve` serving images only, never a document."""

import importlib
import socket
import struct
import zlib
from pathlib import Path

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import clear_url_caches
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction, GroupCollectionPermission

from leaders.roles import COMMS_GROUP
from site_config import urls as site_urls
from site_config.security import MEDIA_POLICY
from tests import factories


def image_uploader(username, group_name, **user_fields):
    """A user in `group_name` who may use the admin and add images to the root collection."""
    group, _ = Group.objects.get_or_create(name=group_name)
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in ("add_image", "choose_image"):
        GroupCollectionPermission.objects.get_or_create(
            group=group,
            collection=Collection.get_first_root_node(),
            permission=Permission.objects.get(codename=codename),
        )
    user = factories.UserFactory(username=username, **user_fields)
    user.groups.add(group)
    return user


@pytest.fixture
def leader_client(client, db):
    client.force_login(image_uploader("leader.upload", "Leaders"))
    return client


@pytest.fixture
def comms_client(client, db):
    client.force_login(image_uploader("comms.upload", COMMS_GROUP))
    return client


def upload(client, filename, data, title="Upload"):
    return client.post(
        "/admin/images/add/",
        {"title": title, "file": SimpleUploadedFile(filename, data), "collection": "1"},
    )


def png_declaring(width, height) -> bytes:
    """A tiny PNG whose header claims width x height pixels: a decompression bomb's shape."""

    def chunk(kind, payload):
        body = kind + payload
        return struct.pack(">I", len(payload)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)  # 8-bit greyscale
    pixels = zlib.compress(b"\x00" * 64)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def form_errors(response) -> str:
    return " ".join(str(e) for e in response.context["form"].errors.get("file", []))


def test_leader_cannot_upload_an_svg_and_is_told_why(leader_client):
    response = upload(leader_client, "diagram.svg", factories.SVG_DIAGRAM)
    assert response.status_code == 200
    assert "Only the communications team can upload SVG images" in form_errors(response)
    assert not get_image_model().objects.exists()


def test_leader_can_still_upload_a_png(leader_client):
    response = upload(leader_client, "photo.png", factories.png_bytes())
    assert response.status_code == 302
    assert get_image_model().objects.count() == 1


def test_communications_team_member_can_upload_an_svg(comms_client):
    response = upload(comms_client, "diagram.svg", factories.SVG_DIAGRAM)
    assert response.status_code == 302
    assert get_image_model().objects.get().file.name.endswith(".svg")


def test_superuser_can_upload_an_svg(client, db):
    client.force_login(factories.UserFactory(username="root", is_superuser=True))
    assert upload(client, "diagram.svg", factories.SVG_DIAGRAM).status_code == 302


def test_leader_cannot_upload_an_svg_through_the_multiple_uploader(leader_client):
    response = leader_client.post(
        "/admin/images/multiple/add/",
        {"files[]": SimpleUploadedFile("diagram.svg", factories.SVG_DIAGRAM)},
    )
    assert response.status_code == 200
    assert response.json()["success"] is False
    assert "Only the communications team" in response.json()["error_message"]
    assert not get_image_model().objects.exists()


def test_decompression_bomb_is_refused_with_a_message_not_a_crash(comms_client):
    response = upload(comms_client, "bomb.png", png_declaring(50_000, 50_000))
    assert response.status_code == 200
    assert "This file has too many pixels" in form_errors(response)
    assert not get_image_model().objects.exists()


def test_image_above_the_pixel_limit_is_refused(comms_client, settings):
    settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS = 1000
    response = upload(comms_client, "big.png", factories.png_bytes(width=50, height=50))
    assert "This file has too many pixels (2500)" in form_errors(response)
    assert not get_image_model().objects.exists()


def test_image_above_the_byte_limit_is_refused(comms_client, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 100
    response = upload(comms_client, "photo.png", factories.png_bytes())
    assert "This file is too big" in form_errors(response)
    assert not get_image_model().objects.exists()


def test_documents_always_download_with_a_restrictive_policy(client, db):
    document = get_document_model()(title="Minutes")
    document.file.save("minutes.pdf", ContentFile(b"%PDF-1.4 minutes"), save=False)
    document.save()
    html = get_document_model()(title="Page")
    html.file.save("page.txt", ContentFile(b"<script>alert(1)</script>"), save=False)
    html.save()
    for doc in (document, html):
        response = client.get(doc.url)
        assert response.status_code == 200
        assert response["Content-Disposition"].startswith("attachment;")
        assert response["Content-Security-Policy"] == "default-src 'none'"
        assert response["X-Content-Type-Options"] == "nosniff"
        # Consuming the stream lets the test client close it (closing it by hand would fire
        # request_finished and close the test's database connection).
        assert b"".join(response.streaming_content) == doc.file.open("rb").read()
        doc.file.close()


# --- /media/ as Django serves it under `make run` and `make serve` ---------------------------
# Only Wagtail's image folders come from /media/; documents only ever through Wagtail's serve
# view (collection privacy). Every way of spelling a path that a server or the file system
# might read as documents/… must answer 404. {name} is the private document's file name.
SECRET = b"Board minutes: confidential item 4, the depot sale."
DISGUISED_DOCUMENT_PATHS = [
    "/media/documents/{name}",
    "/media//documents/{name}",
    "/media///documents/{name}",
    "/media/./documents/{name}",
    "/media/documents/./{name}",
    "/media/images/../documents/{name}",
    "/media/original_images/../documents/{name}",
    "/media/images/./../documents/{name}",
    "/media/images/x/../../documents/{name}",
    "/media/images/../../media/documents/{name}",
    "/media/%2e/documents/{name}",
    "/media/%2E/documents/{name}",
    "/media/images/%2e%2e/documents/{name}",
    "/media/images/.%2e/documents/{name}",
    "/media/%252e/documents/{name}",
    "/media/images/%252e%252e/documents/{name}",
    "/media/%2fdocuments/{name}",
    "/media/images%2f..%2fdocuments%2f{name}",
    "/media/images/..%2fdocuments/{name}",
    "/media/images/..%5cdocuments%5c{name}",
    "/media/images\\..\\documents\\{name}",
    "/media/images/..\\documents/{name}",
    "/media/Documents/{name}",
    "/media/DOCUMENTS/{name}",
    "/media/documents/{name}/",
    "/media/documents/{name}%00",
    "/media/images/%00/../../documents/{name}",
    "/media/images/%ef%bc%8e%ef%bc%8e/documents/{name}",  # fullwidth full stops
    "/media/images/%e2%80%a5/documents/{name}",  # two-dot leader
    "/media/images/%c0%ae%c0%ae/documents/{name}",  # overlong UTF-8 dots
    "/media/images;/../documents/{name}",
]
# Outside MEDIA_ROOT altogether: the secret key and the database live one folder up.
OUTSIDE_MEDIA_PATHS = [
    "/media/../{outside}",
    "/media/images/../../{outside}",
    "/media//{outside}",
    "/media/images/..\\..\\{outside}",
]


def private_document():
    """A document in a collection readers can open only with the board's password."""
    board = Collection.get_first_root_node().add_child(name="Board papers")
    CollectionViewRestriction.objects.create(
        collection=board,
        restriction_type=CollectionViewRestriction.PASSWORD,
        password="board-only",
    )
    document = get_document_model()(title="Board minutes", collection=board)
    document.file.save("board-minutes.txt", ContentFile(SECRET), save=False)
    document.save()
    return document


@pytest.fixture
def media_served(settings):
    """The site's own URL conf as `make run` and `make serve` build it (SERVE_MEDIA on)."""
    settings.SERVE_MEDIA = True
    importlib.reload(site_urls)
    clear_url_caches()
    yield
    settings.SERVE_MEDIA = False
    importlib.reload(site_urls)
    clear_url_caches()


def body(response) -> bytes:
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def test_private_document_is_refused_by_wagtails_view(client, db):
    document = private_document()
    response = client.get(document.url)
    assert SECRET not in body(response)
    assert b"password" in body(response).lower()


def test_no_spelling_of_a_media_path_reaches_a_document(client, db, media_served, settings):
    document = private_document()
    name = document.file.name.removeprefix("documents/")
    outside = Path(settings.MEDIA_ROOT).parent / "secret_key"
    outside.write_bytes(SECRET)
    paths = [p.format(name=name) for p in DISGUISED_DOCUMENT_PATHS] + [
        p.format(outside=outside.name) for p in OUTSIDE_MEDIA_PATHS
    ]
    answers = {path: client.get(path) for path in paths}
    leaked = [path for path, response in answers.items() if SECRET in body(response)]
    assert leaked == []
    assert {path: r.status_code for path, r in answers.items() if r.status_code != 404} == {}


def test_a_link_out_of_an_image_folder_is_not_followed(client, db, media_served, settings):
    document = private_document()
    images = Path(settings.MEDIA_ROOT, "images")
    images.mkdir(parents=True, exist_ok=True)
    (images / "minutes.txt").symlink_to(Path(document.file.path))
    (images / "papers").symlink_to(Path(document.file.path).parent, target_is_directory=True)
    name = Path(document.file.name).name
    for path in ["/media/images/minutes.txt", f"/media/images/papers/{name}"]:
        response = client.get(path)
        assert response.status_code == 404, path
        assert SECRET not in body(response)


def test_images_and_renditions_are_served_sandboxed(client, db, media_served):
    image = factories.image(filename="hall.png")
    rendition = image.get_rendition("fill-20x20")
    for stored in (image.file, rendition.file):
        response = client.get(f"/media/{stored.name}")
        assert response.status_code == 200, stored.name
        assert response["Content-Type"] == "image/png"
        assert response["Content-Security-Policy"] == MEDIA_POLICY
        assert body(response) == Path(stored.path).read_bytes()
    assert client.head(f"/media/{image.file.name}").status_code == 200


def test_folders_and_other_media_are_not_listed_or_served(client, db, media_served, settings):
    factories.image(filename="hall.png")
    Path(settings.MEDIA_ROOT, "exports").mkdir()
    Path(settings.MEDIA_ROOT, "exports", "list.csv").write_text("name,email")
    for path in [
        "/media/",
        "/media/images/",
        "/media/original_images/",
        "/media/original_images",
        "/media/exports/list.csv",
        "/media/original_images/missing.png",
    ]:
        response = client.get(path)
        assert response.status_code == 404, path
        assert response["Content-Security-Policy"] == MEDIA_POLICY


def raw_get(port: int, target: str) -> tuple[int, bytes]:
    """GET `target` exactly as written (HTTP clients normalise paths), over HTTP/1.0 so the body
    arrives in one piece."""
    request = f"GET {target} HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n".encode()
    with socket.create_connection(("127.0.0.1", port), timeout=60) as sock:
        sock.sendall(request)
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    head, _, content = data.partition(b"\r\n\r\n")
    return int(head.split(b" ", 2)[1]), content


def test_real_server_never_hands_out_a_document_from_media(real_server_factory):
    server = real_server_factory()
    created = server.manage(
        "shell",
        "--no-imports",
        "-c",
        "from tests.production.test_media import private_document\n"
        "from wagtail.images import get_image_model\n"
        "d = private_document()\n"
        "i = get_image_model().objects.exclude(file__endswith='.svg').first()\n"
        "print(d.url, d.file.name, i.file.name, i.get_rendition('fill-20x20').file.name)",
    )
    document_url, document_file, image_file, rendition_file = created.stdout.split()
    server.start()
    secret_key = (server.workdir / "secret_key").read_bytes().strip()
    name = document_file.removeprefix("documents/")
    paths = [p.format(name=name) for p in DISGUISED_DOCUMENT_PATHS] + [
        p.format(outside=outside)
        for p in OUTSIDE_MEDIA_PATHS
        for outside in ("secret_key", "db.sqlite3")
    ]
    answers = {path: raw_get(server.port, path) for path in paths}
    leaked = [
        path
        for path, (_status, content) in answers.items()
        if SECRET in content or secret_key in content or b"SQLite format" in content
    ]
    assert leaked == []
    # 404 from the site; gunicorn itself may refuse a malformed request line with 400.
    assert {
        path: status for path, (status, _c) in answers.items() if status not in {400, 404}
    } == {}

    status, content = raw_get(server.port, document_url)
    assert SECRET not in content and b"password" in content.lower()
    for stored in (image_file, rendition_file):
        status, content = raw_get(server.port, f"/media/{stored}")
        assert status == 200, stored
        assert content == (server.workdir / "media" / stored).read_bytes()
