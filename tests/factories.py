"""Factories for users, images and pages, shared by every test module."""

import datetime
import io
import json

import factory
from django.contrib.auth import get_user_model
from django.core.files.images import ImageFile
from django.utils.text import slugify
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page, Site

from home.models import HomePage
from leaders.models import BlogPostPage, LeaderBlogPage, LeaderDirectoryPage

PASSWORD = "correct-horse-battery-staple"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    first_name = "Test"
    last_name = "User"
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def _save(obj, create, extracted, **kwargs):
        if create:
            obj.save()


def png_bytes(width=64, height=48, colour="#1d4f6e") -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), colour).save(buffer, format="PNG")
    return buffer.getvalue()


SVG_DIAGRAM = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 200 100">'
    b'<rect width="120" height="40" fill="#1d4f6e"/></svg>'
)


def image(title="Test image", filename="test.png", data=None):
    data = png_bytes() if data is None else data
    instance = get_image_model()(title=title)
    instance.file.save(filename, ImageFile(io.BytesIO(data), name=filename), save=False)
    instance.save()
    return instance


def home_page() -> HomePage:
    """The site root made by migrations, rebuilt if a transactional test has flushed it."""
    site = Site.objects.filter(is_default_site=True).first()
    if site is not None:
        return site.root_page.specific
    Locale.objects.get_or_create(language_code="en-gb")
    if not Collection.objects.exists():
        Collection.add_root(name="Root")
    root = Page.objects.filter(depth=1).first() or Page.add_root(title="Root", slug="root")
    home = root.add_child(instance=HomePage(title="Leadership Voices", slug="home"))
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    return home


def directory_page(home) -> LeaderDirectoryPage:
    existing = LeaderDirectoryPage.objects.child_of(home).first()
    if existing:
        return existing
    page = LeaderDirectoryPage(title="Our leaders", slug="leaders")
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


def leader_blog(directory, name="Ada Lovell", slug=None, leader=None, **fields) -> LeaderBlogPage:
    page = LeaderBlogPage(
        title=name,
        slug=slug or slugify(name),
        name=name,
        role=fields.pop("role", "Chief Executive"),
        organisation=fields.pop("organisation", "Eastmoor Borough Council"),
        leader=leader,
        **fields,
    )
    directory.add_child(instance=page)
    page.save_revision().publish()
    return page


def paragraph(text="<p>Some words.</p>"):
    return {"type": "paragraph", "value": text}


def blog_post(blog, title="A post", slug=None, body=None, publish=True, tags=(), **fields):
    page = BlogPostPage(
        title=title,
        slug=slug or slugify(title),
        summary=fields.pop("summary", f"Summary of {title}."),
        date=fields.pop("date", datetime.date(2026, 11, 1)),
        body=json.dumps(body if body is not None else [paragraph()]),
        live=publish,
        **fields,
    )
    blog.add_child(instance=page)
    if tags:
        page.tags.add(*tags)
    revision = page.save_revision()
    if publish:
        revision.publish()
    return page
