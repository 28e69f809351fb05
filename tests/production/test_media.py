"""Media safety through the real admin views: SVG only for the communications team, bounded
image uploads (bytes and pixels, decompression bombs), documents always downloaded."""

import struct
import zlib

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, GroupCollectionPermission

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
    client.force_login(image_uploader("comms.upload", "Communications team"))
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
