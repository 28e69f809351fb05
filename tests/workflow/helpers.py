"""Helpers that drive Wagtail's real page editor and workflow views with the test client."""

import json

from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from tests import factories


def post_form(title, body=None, **fields):
    """The POST body of Wagtail's page editor for a BlogPostPage."""
    data = {
        "title": title,
        "slug": fields.pop("slug", title.lower().replace(" ", "-")),
        "date": "2026-11-20",
        "summary": fields.pop("summary", f"Summary of {title}."),
        "hero_image": "",
        "hero_alt_text": "",
        "body": streamfield(body or [("paragraph", rich_text("<p>My own words.</p>"))]),
        "tags": "",
        "allow_comments": "on",
        "comments": inline_formset([]),
        "go_live_at": "",
        "expire_at": "",
        "seo_title": "",
        "search_description": "",
    }
    data.update(fields)
    return nested_form_data(data)


def video_and_diagram_body(diagram_image):
    return [
        ("paragraph", rich_text("<p>Why we are changing how bins are collected.</p>")),
        (
            "video",
            {
                "url": "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
                "title": "Our new recycling rounds, explained",
                "caption": "",
                "transcript": rich_text("<p>Hello. From March, recycling goes weekly.</p>"),
            },
        ),
        (
            "diagram",
            {
                "image": diagram_image.pk,
                "alt_text": "Bar chart: recycling rates rose from 40% to 52% in five years.",
                "caption": "Household recycling rate by year.",
                "long_description": rich_text("<p>2021: 40%. 2025: 52%.</p>"),
                "credit": "",
                "credit_url": "",
                "licence": "ogl",
            },
        ),
    ]


def add_url(blog):
    return reverse("wagtailadmin_pages:add", args=("leaders", "blogpostpage", blog.pk))


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=(page.pk,))


def workflow_action_url(page, action):
    state = page.current_workflow_task_state
    return reverse("wagtailadmin_pages:workflow_action", args=(page.pk, action, state.pk))


def create_post(client, user, blog, title, body=None, submit=False):
    """Create a post through the admin's add view as `user`; return the response."""
    client.force_login(user)
    data = post_form(title, body)
    if submit:
        data["action-submit"] = "1"
    return client.post(add_url(blog), data)


def edit_post(client, user, page, action=None, **fields):
    """Save (or save and act, e.g. action='action-submit') through the admin's edit view."""
    page = fresh(page).get_latest_revision_as_object()  # the words as they are now, like a browser
    client.force_login(user)
    data = post_form(
        fields.pop("title", page.title),
        fields.pop("body", None),
        slug=page.slug,
        summary=fields.pop("summary", page.summary),
        **fields,
    )
    if action:
        data[action] = "1"
    return client.post(edit_url(page), data)


def editor_action(client, user, page, action, comment=None, **fields):
    """Press a workflow button in the editor's footer ("approve", "reject"), as Wagtail's
    JavaScript does: the whole form is posted (and saved first if Wagtail sees a change)."""
    extra = {} if comment is None else {"comment": comment}
    return edit_post(
        client,
        user,
        page,
        action="action-workflow-action",
        **fields,
        **{"workflow-action-name": action, "workflow-action-extra-data": json.dumps(extra)},
    )


def act(client, user, page, action, comment=""):
    """Approve or reject ("reject" = request changes) the current task through Wagtail's view."""
    client.force_login(user)
    page = Page.objects.get(pk=page.pk)
    return client.post(workflow_action_url(page, action), {"comment": comment})


def fresh(page):
    return Page.objects.get(pk=page.pk).specific


def diagram_image():
    return factories.image("Recycling chart", "recycling.svg", factories.SVG_DIAGRAM)


def refused(response):
    """Wagtail answers a refused admin request with 403, or a redirect to the dashboard (with a
    "no permission" message) or, for anonymous users, to the login page."""
    if response.status_code == 403:
        return True
    return response.status_code == 302 and (
        response.url == "/admin/" or response.url.startswith("/admin/login/")
    )


def blog_form(blog, **fields):
    """The POST body of Wagtail's page editor for a LeaderBlogPage, from its current values."""
    data = {
        "title": blog.title,
        "slug": blog.slug,
        "name": blog.name,
        "role": blog.role,
        "organisation": blog.organisation,
        "portrait": "",
        "portrait_alt_text": "",
        "biography": rich_text(""),
        "links": inline_formset([]),
        "leader": blog.leader_id or "",
        "left_office_on": blog.left_office_on.isoformat() if blog.left_office_on else "",
        "comments": inline_formset([]),
        "go_live_at": "",
        "expire_at": "",
        "seo_title": "",
        "search_description": "",
    }
    data.update(fields)
    return nested_form_data(data)


def awaiting_review(client, user):
    """The "Awaiting your review" panel of the user's Wagtail dashboard ("" when not shown)."""
    client.force_login(user)
    html = client.get("/admin/").content.decode()
    start = html.find('id="awaiting-review-section"')
    return "" if start == -1 else html[start : html.index("</section>", start)]
