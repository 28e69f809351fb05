"""The staff side of a bilingual site: workflow and comment emails in each person's language,
the communications team's report of missing translations, and "Publish only when both languages
are ready" on the team's approval."""

import datetime

import pytest
from django.core import mail
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from wagtail.models import Locale, Page
from wagtail.users.models import UserProfile

from leaders import language_versions
from leaders.models import BlogPostPage, LanguageSettings
from tests import factories
from tests.comments.conftest import make_comment
from tests.workflow.helpers import act, create_post, edit_post, editor_action, fresh, refused

LANGUAGES = [("en-gb", "English"), ("cy", "Cymraeg")]
REPORT = "/admin/reports/translation-gaps/"


@pytest.fixture
def welsh(settings, db):
    """The site in English and Welsh, as the i18n settings make it."""
    settings.WAGTAIL_I18N_ENABLED = True
    settings.LANGUAGES = settings.WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
    return Locale.objects.get_or_create(language_code="cy")[0]


def prefers(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


def in_welsh(message, **values):
    with translation.override("cy"):
        welsh = gettext(message)
    assert welsh != message, f"no Welsh for {message!r}"
    return welsh % values if values else welsh


def to(address):
    return [message for message in mail.outbox if address in message.to]


# Emails


def test_each_member_of_staff_reads_the_workflow_emails_in_their_own_language(
    client, welsh, blog_a, leader_a, comms, comms_2
):
    prefers(leader_a, "cy")
    prefers(comms, "en-gb")  # comms_2 has chosen nothing: the site's language

    # A team member drafts a post for the Welsh-speaking leader: she is asked in Welsh.
    create_post(client, comms, blog_a, "Library hours", submit=True)
    post = BlogPostPage.objects.child_of(blog_a).get(slug="library-hours")
    [sign_off] = to(leader_a.email)
    assert sign_off.subject == in_welsh(
        'Your sign-off is needed: "%(title)s"', title="Library hours"
    )
    assert in_welsh("Read it as it would appear:") in sign_off.body
    assert in_welsh("Edit your notification preferences here:") in sign_off.body
    assert "Read it as it would appear" not in sign_off.body

    # She signs off in the Welsh admin; the team hears in English, whatever she reads.
    mail.outbox.clear()
    assert act(client, leader_a, post, "approve").status_code == 302
    for member in (comms, comms_2):
        [awaiting] = to(member.email)
        assert awaiting.subject.startswith('The page "Library hours" has been submitted')
        assert '"Communications approval"' in awaiting.subject
        assert "You can edit the page here:" in awaiting.body

    # Changes requested: the author (English) is told in English ...
    mail.outbox.clear()
    assert act(client, comms_2, post, "reject", comment="Add the Sunday hours.").status_code == 302
    [rejected] = to(comms.email)
    assert "has been rejected during" in rejected.subject
    assert "Add the Sunday hours." in rejected.body


def test_a_welsh_speaking_leader_hears_of_approval_changes_and_comments_in_welsh(
    client, welsh, blog_a, leader_a, comms
):
    prefers(leader_a, "cy")
    create_post(client, leader_a, blog_a, "Bus routes", submit=True)
    post = BlogPostPage.objects.child_of(blog_a).get(slug="bus-routes")

    mail.outbox.clear()
    act(client, comms, post, "reject", comment="Dyddiad?")
    [rejected] = to(leader_a.email)
    workflow = in_welsh("Leader sign-off and communications approval")
    assert rejected.subject == in_welsh(
        'The page "%(title)s" has been rejected during "%(workflow)s".',
        title="Bus routes",
        workflow=workflow,
    )
    assert in_welsh("You can edit the page here:") in rejected.body

    edit_post(client, leader_a, post, action="action-submit", summary="From 2 March.")
    mail.outbox.clear()
    act(client, comms, post, "approve")
    [approved] = to(leader_a.email)
    assert approved.subject == in_welsh(
        'The page "%(title)s" has been approved in "%(workflow)s".',
        title="Bus routes",
        workflow=workflow,
    )

    # A moderator (reading in English) approves a comment: the leader is told in Welsh.
    mail.outbox.clear()
    comment = make_comment(fresh(post), "Diolch am yr esboniad.", public=False)
    moderator = Client()
    moderator.force_login(comms)
    moderator.post(f"/admin/comments/{comment.pk}/approve/")
    [told] = to(leader_a.email)
    assert told.subject == in_welsh("New comment on your post “%(title)s”", title="Bus routes")
    assert in_welsh("Read it on the post:") in told.body


def test_a_language_the_site_does_not_offer_falls_back_to_the_sites(
    client, welsh, blog_a, leader_a, comms
):
    prefers(leader_a, "fr")
    create_post(client, comms, blog_a, "Library hours", submit=True)
    [sign_off] = to(leader_a.email)
    assert sign_off.subject == 'Your sign-off is needed: "Library hours"'


# The translation-gap report


def post_in(blog, title, published_days_ago):
    post = factories.blog_post(blog, title=title)
    ago = datetime.timedelta(days=published_days_ago, hours=1)
    post.first_published_at = timezone.now() - ago
    post.save(update_fields=["first_published_at"])
    return post


def welsh_version(post, locale, client=None, user=None):
    """The post's Welsh draft, as an editor makes it: "Translate", or, where the synchronised
    tree already holds an alias of the post, the admin's "Convert alias" (as `user`)."""
    alias = post.get_translation_or_none(locale)
    if alias is None:
        return post.copy_for_translation(locale, copy_parents=True)
    client.force_login(user)
    convert = client.post(reverse("wagtailadmin_pages:convert_alias", args=(alias.pk,)))
    assert convert.status_code == 302
    return type(post).objects.get(pk=alias.pk)


def gap_rows(html):
    return [line for line in html.splitlines() if "data-translation-gap=" in line]


def test_report_lists_posts_missing_a_language_oldest_gap_first(
    client, welsh, blog_a, blog_b, comms
):
    recent = post_in(blog_a, "Recent post", 3)
    oldest = post_in(blog_b, "Oldest post", 40)
    translated = post_in(blog_a, "Translated post", 90)
    welsh_version(translated, welsh)

    client.force_login(comms)
    response = client.get(REPORT)
    assert response.status_code == 200
    html = response.content.decode()
    rows = gap_rows(html)
    assert [f'data-translation-gap="{oldest.pk}"' in rows[0], len(rows)] == [True, 2]
    assert f'data-translation-gap="{recent.pk}"' in rows[1]
    assert "Translated post" not in html
    assert "1\xa0month" in html and "3\xa0days" in html
    assert "Ben Okoro" in html and "Ada Lovell" in html
    assert reverse("wagtailadmin_pages:edit", args=(oldest.pk,)) in html

    # Filtered by leader, and by the language the post exists in.
    leader_b = blog_b.leader
    only_b = client.get(REPORT, {"leader": leader_b.pk}).content.decode()
    assert "Oldest post" in only_b and "Recent post" not in only_b
    only_welsh = client.get(REPORT, {"language": "cy"}).content.decode()
    assert gap_rows(only_welsh) == []


def test_report_is_for_the_communications_team_and_superusers_only(
    client, welsh, blog_a, leader_a, comms, superuser
):
    post_in(blog_a, "Recent post", 3)
    client.force_login(leader_a)
    assert refused(client.get(REPORT))
    assert "translation-gaps" not in client.get("/admin/").content.decode()
    client.force_login(superuser)
    assert "Recent post" in client.get(REPORT).content.decode()
    client.force_login(comms)
    assert "Recent post" in client.get(REPORT).content.decode()
    assert REPORT in client.get("/admin/").content.decode()


def test_report_takes_the_same_number_of_queries_for_more_posts(client, welsh, blog_a, comms):
    client.force_login(comms)
    post_in(blog_a, "First", 5)
    client.get(REPORT)  # warm the caches of the first request (site, settings, content types)

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(REPORT).status_code == 200
        return len(captured)

    few = queries()
    for number in range(6):
        post_in(blog_a, f"Post {number}", number)
    welsh_version(post_in(blog_a, "Translated", 9), welsh)
    assert len(gap_rows(client.get(REPORT).content.decode())) == 7
    assert queries() == few


# "Publish only when both languages are ready"


def require_both(on=True):
    settings = LanguageSettings.load()
    settings.require_both_languages = on
    settings.save()


def submitted_post(client, leader, blog, title):
    create_post(client, leader, blog, title, submit=True)
    return BlogPostPage.objects.child_of(blog).get(title=title)


def messages_of(response):
    return [str(message) for message in response.context["messages"]]


def test_with_the_setting_off_a_post_is_approved_without_its_welsh_version(
    client, welsh, blog_a, leader_a, comms
):
    post = submitted_post(client, leader_a, blog_a, "Bins")
    assert act(client, comms, post, "approve").status_code == 302
    assert fresh(post).live


def test_with_the_setting_on_approval_waits_for_the_welsh_version_then_either_goes_first(
    client, welsh, blog_a, leader_a, comms
):
    require_both()
    post = submitted_post(client, leader_a, blog_a, "Bins")

    # The editor says, before anything is pressed, that the Welsh version is missing.
    client.force_login(comms)
    editor = client.get(f"/admin/pages/{post.pk}/edit/")
    assert "This post cannot be approved until it has a Welsh version." in editor.content.decode()

    # Approve in the editor: refused, with the reason and a link to translate it.
    response = editor_action(client, comms, post, "approve")
    assert response.status_code == 302
    assert response.url == f"/admin/pages/{post.pk}/edit/"
    shown = client.get(response.url)
    text = shown.content.decode()
    assert "Not approved: this post has no Welsh version yet." in text
    assert f"/admin/pages/{post.pk}/edit/" in text
    assert not fresh(post).live
    assert fresh(post).current_workflow_task.name == "Communications approval"

    # A Welsh version in draft is not ready either; the link now opens it.
    cymraeg = welsh_version(fresh(post), welsh, client, leader_a)
    client.force_login(comms)
    response = act(client, comms, post, "approve")
    assert response.status_code == 302
    text = client.get(response.url).content.decode()
    assert "Not approved: the Welsh version of this post is not ready yet." in text
    assert f"/admin/pages/{cymraeg.pk}/edit/" in text
    assert not fresh(post).live

    # The leader submits the Welsh version (her submission is her sign-off): it reaches the
    # team, so either version may now be approved; the Welsh one goes first here.
    assert edit_post(client, leader_a, cymraeg, action="action-submit").status_code == 302
    assert fresh(cymraeg).current_workflow_task.name == "Communications approval"
    assert act(client, comms, cymraeg, "approve").status_code == 302
    assert fresh(cymraeg).live
    assert act(client, comms, post, "approve").status_code == 302
    assert fresh(post).live


def test_a_forged_approval_of_a_post_without_its_welsh_version_is_refused(
    client, welsh, blog_a, leader_a, comms, superuser
):
    require_both()
    post = submitted_post(client, leader_a, blog_a, "Bins")
    for reviewer in (comms, superuser):
        client.force_login(reviewer)
        state = Page.objects.get(pk=post.pk).current_workflow_task_state
        url = reverse("wagtailadmin_pages:workflow_action", args=(post.pk, "approve", state.pk))
        response = client.post(url, {"comment": ""}, headers={"x-requested-with": "XMLHttpRequest"})
        assert response.status_code == 200
        assert response.json()["redirect"] == f"/admin/pages/{post.pk}/edit/"
        assert not fresh(post).live
        assert fresh(post).current_workflow_task.name == "Communications approval"
    assert language_versions.not_ready(fresh(post))[0].version is None


def test_the_setting_is_a_site_setting_the_communications_team_can_change(client, welsh, comms):
    client.force_login(comms)
    url = reverse("wagtailsettings:edit", args=("leaders", "languagesettings"))
    page = client.get(url, follow=True)
    assert page.status_code == 200
    url = page.redirect_chain[-1][0] if page.redirect_chain else url
    assert "Publish only when both languages are ready" in page.content.decode()
    assert client.post(url, {"require_both_languages": "on"}).status_code == 302
    assert LanguageSettings.load().require_both_languages
