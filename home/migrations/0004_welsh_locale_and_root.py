"""The Welsh locale, and a Welsh home page for the site: an alias of the English one.

Wagtail serves /cy/ from the translation of the Site's root page in the active language. Until
editors (or `load_demo`) write the Welsh home page, that translation is an alias, which the site
answers with "not available in Welsh yet" and a link to the English page (home/languages.py),
never with English text under a Welsh address. Idempotent: a database that already has a Welsh
translation of its root keeps it.
"""

from django.db import migrations
from wagtail.models import Site as CurrentSite

WELSH = "cy"
STEPLEN = 4
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _next_child_path(parent_path, last_child_path):
    """Treebeard's next materialised path after `last_child_path` (or the first under the parent)."""
    if last_child_path is None:
        return parent_path + "0" * (STEPLEN - 1) + "1"
    step = last_child_path[-STEPLEN:]
    number = 0
    for char in step:
        number = number * len(ALPHABET) + ALPHABET.index(char)
    number += 1
    digits = ""
    while number:
        number, rest = divmod(number, len(ALPHABET))
        digits = ALPHABET[rest] + digits
    return parent_path + digits.rjust(STEPLEN, "0")


def create_welsh_root(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    Page = apps.get_model("wagtailcore", "Page")
    Site = apps.get_model("wagtailcore", "Site")
    HomePage = apps.get_model("home", "HomePage")

    welsh, _created = Locale.objects.get_or_create(language_code=WELSH)
    for site in Site.objects.all():
        root = HomePage.objects.filter(pk=site.root_page_id).first()
        if root is None or root.locale_id == welsh.pk:
            continue
        if Page.objects.filter(translation_key=root.translation_key, locale=welsh).exists():
            continue
        parent_path = root.path[:-STEPLEN]
        last = (
            Page.objects.filter(path__startswith=parent_path, depth=root.depth)
            .order_by("-path")
            .values_list("path", flat=True)
            .first()
        )
        slug = f"{root.slug}-{WELSH}"
        siblings = Page.objects.filter(path__startswith=parent_path, depth=root.depth)
        while siblings.filter(slug=slug).exists():
            slug += "-1"
        HomePage.objects.create(
            title=root.title,
            draft_title=root.title,
            slug=slug,
            content_type_id=root.content_type_id,
            path=_next_child_path(parent_path, last),
            depth=root.depth,
            numchild=0,
            url_path=f"{root.url_path.rstrip('/').rsplit('/', 1)[0]}/{slug}/",
            live=root.live,
            has_unpublished_changes=False,
            first_published_at=root.first_published_at,
            last_published_at=root.last_published_at,
            seo_title=root.seo_title,
            search_description=root.search_description,
            show_in_menus=root.show_in_menus,
            intro=root.intro,
            locale=welsh,
            translation_key=root.translation_key,
            alias_of_id=root.pk,
        )
        if root.depth > 1:
            parent = Page.objects.get(path=parent_path)
            parent.numchild += 1
            parent.save(update_fields=["numchild"])
    # Page URLs are built from the cached list of site roots, one per language.
    CurrentSite.clear_site_root_paths_cache()


def remove_welsh_root(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    Locale = apps.get_model("wagtailcore", "Locale")
    welsh = Locale.objects.filter(language_code=WELSH).first()
    if welsh is None:
        return
    # Only the untouched alias this migration made: a written Welsh tree is editors' work.
    for alias in Page.objects.filter(locale=welsh, depth=2, alias_of__isnull=False, numchild=0):
        parent = Page.objects.get(path=alias.path[:-STEPLEN])
        alias.delete()
        parent.numchild -= 1
        parent.save(update_fields=["numchild"])
    CurrentSite.clear_site_root_paths_cache()


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0003_site_information_pages"),
        ("wagtailcore", "0098_apitoken"),
    ]
    operations = [migrations.RunPython(create_welsh_root, remove_welsh_root)]

