"""A post's versions in the site's other content languages: which exist, and which are ready.

A post and its translations share a `translation_key`; each is a page in its own locale. An
alias (`alias_of`) repeats another page's words and is no translation, so it never counts.

A version is **ready** when it is live, is approved and scheduled to go live, or is itself
waiting for (or being given) the communications team's approval, i.e. its leader has signed it
off. With the site setting "Publish only when both languages are ready" on, the team's approval
of a post waits until every other language's version is ready (`refuse_unless_ready`), so the
first version to reach the team waits for the second, and then either may be approved first.

Everything here is about content languages, so nothing applies while `WAGTAIL_I18N_ENABLED` is
off or only one content language is configured.
"""

from dataclasses import dataclass

from django.apps import apps
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db.models import Exists, OuterRef, Q
from django.urls import NoReverseMatch, reverse
from django.utils.translation import get_language_info, gettext
from wagtail.models import Revision, TaskState, WorkflowState


def content_languages():
    """The language codes posts are written in, when the site is multilingual; else []."""
    if not getattr(settings, "WAGTAIL_I18N_ENABLED", False):
        return []
    codes = [code for code, _name in getattr(settings, "WAGTAIL_CONTENT_LANGUAGES", [])]
    return codes if len(codes) > 1 else []


def language_name(code):
    """The language's name in the current interface language ("Welsh", "Cymraeg")."""
    try:
        return gettext(get_language_info(code.split("-")[0])["name"])
    except KeyError:
        return code


def _post_model():
    # Through the app registry: leaders.models imports leaders.workflow, which imports this.
    return apps.get_model("leaders", "BlogPostPage")


def translations_of(page, codes):
    """{language code: the post's version in that language} for those of `codes` that exist."""
    versions = (
        _post_model()
        .objects.filter(
            translation_key=page.translation_key,
            locale__language_code__in=codes,
            alias_of__isnull=True,
        )
        .select_related("locale")
    )
    return {version.locale.language_code: version for version in versions}


def ready_ids(pages):
    """The ids of those of `pages` that are ready (see the module's docstring)."""
    approval_tasks = apps.get_model("leaders", "CommunicationsApprovalTask").objects.all()
    ids = [page.pk for page in pages]
    ready = {page.pk for page in pages if page.live}
    object_ids = [str(pk) for pk in ids if pk not in ready]
    if not object_ids:
        return ready
    scheduled = Revision.page_revisions.filter(
        object_id__in=object_ids, approved_go_live_at__isnull=False
    ).values_list("object_id", flat=True)
    at_the_team = WorkflowState.objects.filter(
        object_id__in=object_ids,
        status=WorkflowState.STATUS_IN_PROGRESS,
        current_task_state__status=TaskState.STATUS_IN_PROGRESS,
        current_task_state__task__in=approval_tasks,
    ).values_list("object_id", flat=True)
    return ready | {int(pk) for pk in [*scheduled, *at_the_team]}


@dataclass
class NotReady:
    """The version of a post in `language` is missing (`version` None) or not ready yet."""

    language: str
    version: object

    @property
    def name(self):
        return language_name(self.language)

    def message(self, refused=True):
        """Why the approval is (`refused`) or would be refused, naming the language."""
        values = {"language": self.name}
        if self.version is None and refused:
            text = gettext(
                "Not approved: this post has no %(language)s version yet. Both languages must "
                "be ready before either is published."
            )
        elif self.version is None:
            text = gettext(
                "This post cannot be approved until it has a %(language)s version. Both "
                "languages must be ready before either is published."
            )
        elif refused:
            text = gettext(
                "Not approved: the %(language)s version of this post is not ready yet. It can "
                "be approved once the %(language)s version is live or waiting for "
                "communications approval."
            )
        else:
            text = gettext(
                "This post cannot be approved until its %(language)s version is live or "
                "waiting for communications approval."
            )
        return text % values

    def link(self, page, user):
        """(label, url) of where to make the version ready: its editor, or translate `page`."""
        values = {"language": self.name}
        if self.version is not None:
            url = reverse("wagtailadmin_pages:edit", args=(self.version.pk,))
            return gettext("Open the %(language)s version") % values, url
        return gettext("Translate into %(language)s") % values, translate_url(page, user)


def translate_url(page, user):
    """Where `user` starts a translation of `page`: simple_translation's form when it is
    installed and they may use it, else the page's editor."""
    if user.has_perm("simple_translation.submit_translation"):
        try:
            return reverse("simple_translation:submit_page_translation", args=(page.pk,))
        except NoReverseMatch:
            pass
    return reverse("wagtailadmin_pages:edit", args=(page.pk,))


def both_languages_required():
    if not content_languages():
        return False
    return apps.get_model("leaders", "LanguageSettings").load().require_both_languages


def not_ready(page):
    """What keeps `page` from being approved under the setting: a `NotReady` per other language
    whose version is missing or not ready; [] when the setting is off or nothing is missing."""
    if not both_languages_required():
        return []
    codes = [code for code in content_languages() if code != page.locale.language_code]
    versions = translations_of(page, codes)
    ready = ready_ids(list(versions.values()))
    return [
        NotReady(code, versions.get(code))
        for code in codes
        if code not in versions or versions[code].pk not in ready
    ]


class LanguageVersionNotReady(PermissionDenied):
    """An approval refused because a version in another language is missing or not ready; the
    admin's page views turn it into a message in the editor (`leaders.approval_views`)."""

    def __init__(self, page, missing):
        self.page = page
        self.missing = missing
        super().__init__(" ".join(item.message() for item in missing))


def refuse_unless_ready(page):
    missing = not_ready(page)
    if missing:
        raise LanguageVersionNotReady(page, missing)


def posts_with_gaps(posts, codes):
    """`posts` (a BlogPostPage queryset) narrowed to those lacking a version in any of `codes`
    other than their own, each annotated `has_<n>` for the language `codes[n]`."""
    post_model = _post_model()
    annotations = {}
    gap = Q()
    for index, code in enumerate(codes):
        name = f"has_{index}"
        annotations[name] = Exists(
            post_model.objects.filter(
                translation_key=OuterRef("translation_key"),
                locale__language_code=code,
                alias_of__isnull=True,
            )
        )
        gap |= Q(**{name: False})
    return posts.filter(alias_of__isnull=True).annotate(**annotations).filter(gap)


def missing_codes(post, codes):
    """The languages of `codes` a post from `posts_with_gaps` has no version in."""
    return [code for index, code in enumerate(codes) if not getattr(post, f"has_{index}")]
