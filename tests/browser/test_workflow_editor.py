"""The approval workflow in a real Chromium, through the editor's own buttons, with the demo's
communications team of one (`comms`).

The editor re-encodes the words it was given (Draftail adds paragraph keys), so pressing Approve
saves a revision by the reviewer even when nothing was changed: these tests prove that this
neither blocks the approval nor makes the reviewer the author of the leader's words.
"""

import json

import pytest

from tests.browser.helpers import sign_in

pytestmark = pytest.mark.browser

TEAM = "comms"  # Sam Okafor, the demo's only communications team member
LEADER = "amira.hassan"


def as_user(new_page, username):
    page = new_page()
    sign_in(page, username)
    return page


def awaiting_review(page):
    """The text of the dashboard's "Awaiting your review" panel ("" when it is not shown)."""
    page.goto("/admin/")
    panel = page.locator("#awaiting-review-section")
    return panel.inner_text() if panel.count() else ""


def open_editor(page, post):
    page.goto(f"/admin/pages/{post.pk}/edit/")
    page.wait_for_selector("textarea[name=summary]")


def press(page, label, comment=None):
    """Press a button of the editor's footer: the first is shown, the rest are in its menu.
    With `comment`, the button opens a dialog for it, which is then sent."""
    footer = page.locator("footer")
    button = footer.get_by_role("button", name=label, exact=True)
    if not button.is_visible():
        footer.get_by_role("button", name="More actions").click()
    if comment is None:
        with page.expect_navigation():
            button.click()
        return
    button.click()
    dialog = page.locator(".modal")
    dialog.locator("textarea[name=comment]").fill(comment)
    with page.expect_navigation():
        dialog.get_by_role("button", name=label, exact=True).click()


def messages(page):
    return page.locator(".messages").inner_text() if page.locator(".messages").count() else ""


def fresh(post):
    from leaders.models import BlogPostPage

    return BlogPostPage.objects.get(pk=post.pk)


def draft_by(username, title, summary):
    """A draft the leader wrote earlier (with no paragraph keys, as if made before Draftail)."""
    from django.contrib.auth import get_user_model

    from leaders.models import BlogPostPage, LeaderBlogPage

    leader = get_user_model().objects.get(username=username)
    blog = LeaderBlogPage.objects.get(leader=leader, locale__language_code="en-gb")
    post = BlogPostPage(
        title=title,
        slug="bins-from-march",
        summary=summary,
        body=json.dumps([{"type": "paragraph", "value": "<p>Recycling goes weekly.</p>"}]),
        live=False,
        owner=leader,
    )
    blog.add_child(instance=post)
    post.save_revision(user=leader)
    return post


def test_the_team_of_one_approves_the_demo_posts_from_the_editor(demo_site, new_page):
    from leaders.models import BlogPostPage
    from leaders.revision_words import words_author_id

    # A leader's post waits for the team: Approve in the editor publishes it, unchanged.
    panel = BlogPostPage.objects.get(title="What the residents' panel changed")
    author = words_author_id(panel)
    team = as_user(new_page, TEAM)
    assert "What the residents' panel changed" in awaiting_review(team)
    open_editor(team, panel)
    press(team, "Approve")
    assert "permission" not in messages(team)
    assert fresh(panel).live
    assert words_author_id(panel) == author

    # A post the team drafted waits for its leader; once she signs it off, the one member of
    # the team (who wrote it) may approve it.
    smoke = BlogPostPage.objects.get(title="Smoke alarm checks this winter")
    leader = as_user(new_page, "rhiannon.price")
    assert "Smoke alarm checks this winter" in awaiting_review(leader)
    open_editor(leader, smoke)
    press(leader, "Approve")
    assert fresh(smoke).current_workflow_task.name == "Communications approval"
    assert "Smoke alarm checks this winter" in awaiting_review(team)
    open_editor(team, smoke)
    press(team, "Approve with comment", comment="Thanks, Rhiannon.")
    assert fresh(smoke).live


def test_changes_go_back_to_the_leader_and_then_live_with_a_team_of_one(demo_site, new_page):
    post = draft_by(LEADER, "Bins from March", "Recycling changes.")

    # The leader tidies her draft, saves it, and submits it.
    leader = as_user(new_page, LEADER)
    open_editor(leader, post)
    leader.fill("textarea[name=summary]", "Recycling goes weekly.")
    press(leader, "Save draft")
    assert "Recycling goes weekly." in leader.locator("textarea[name=summary]").input_value()
    press(leader, "Submit to Leader sign-off and communications approval")
    assert fresh(post).current_workflow_task.name == "Communications approval"

    # The team asks for a date.
    team = as_user(new_page, TEAM)
    assert "Bins from March" in awaiting_review(team)
    open_editor(team, post)
    press(team, "Request changes", comment="When does it start?")
    assert fresh(post).workflow_states.get().status == "needs_changes"

    # She adds it and resubmits.
    open_editor(leader, post)
    leader.fill("textarea[name=summary]", "Recycling goes weekly from 2 March.")
    press(leader, "Resubmit to Communications approval")
    assert fresh(post).current_workflow_task.name == "Communications approval"

    # The team shortens her summary and approves with a comment: the change goes to her.
    open_editor(team, post)
    team.fill("textarea[name=summary]", "Weekly recycling from 2 March.")
    press(team, "Approve with comment", comment="Shortened the summary.")
    assert "to sign off" in messages(team)
    post = fresh(post)
    assert not post.live
    assert post.current_workflow_task.name == "Leader sign-off"

    # She sees what was changed, can compare the revisions, and signs the change off.
    assert "Bins from March" in awaiting_review(leader)
    open_editor(leader, post)
    assert "Sam Okafor has changed: Summary." in messages(leader)
    compare = leader.locator(".messages").get_by_role("link", name="Compare")
    compare_url = compare.get_attribute("href")
    open_editor(leader, post)
    press(leader, "Approve")
    assert fresh(post).current_workflow_task.name == "Communications approval"
    leader.goto(compare_url)
    assert leader.locator(".deletion").all_inner_texts() == ["Recycling goes weekly"]
    assert leader.locator(".addition").all_inner_texts() == ["Weekly recycling"]

    # The same (only) member of the team approves the words the leader accepted: live.
    assert "Bins from March" in awaiting_review(team)
    open_editor(team, post)
    press(team, "Approve")
    post = fresh(post)
    assert post.live
    assert post.summary == "Weekly recycling from 2 March."
    team.goto(post.url)
    assert "Recycling goes weekly." in team.content()
