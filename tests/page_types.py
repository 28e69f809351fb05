"""Every kind of page a reader can reach, for the checks that visit them all (axe, Nu)."""

from django.utils import timezone

POST_WITH_VIDEO_AND_DIAGRAM = "/leaders/amira-hassan/video-and-diagram/"
# Pages that show a form, and so set the CSRF cookie: every live post carries the comment form.
FORM_PAGES = {
    "report-form",
    "report-form-errors",
    "post-video-diagram",
    "post-svg-diagram",
    "comment-form-errors",
}


def page_types():
    """(name, path) for every kind of page a reader can reach."""
    today = timezone.localdate()
    return [
        ("home", "/"),
        ("directory", "/leaders/"),
        ("leader-blog", "/leaders/amira-hassan/"),
        ("post-video-diagram", POST_WITH_VIDEO_AND_DIAGRAM),
        ("post-svg-diagram", "/leaders/marcus-bell/response-times-explained/"),
        ("comment-form-errors", POST_WITH_VIDEO_AND_DIAGRAM),
        ("year-archive", f"/leaders/amira-hassan/{today:%Y}/"),
        ("month-archive", f"/leaders/amira-hassan/{today:%Y/%m}/"),
        ("leader-tag", "/leaders/amira-hassan/tag/transparency/"),
        ("topic", "/tags/transparency/"),
        ("topics", "/tags/"),
        ("feeds", "/feeds/"),
        ("search-results", "/search/?q=budget"),
        ("search-empty", "/search/?q=zzzz"),
        ("not-found", "/no-such-page/"),
        ("accessibility-statement", "/accessibility/"),
        ("privacy-notice", "/privacy/"),
        ("cookies", "/cookies/"),
        ("comment-policy", "/comment-policy/"),
        ("report-form", "/accessibility/report/"),
        ("report-form-errors", "/accessibility/report/"),
        ("report-sent", "/accessibility/report/sent/"),
        ("welsh-home", "/cy/"),
        ("welsh-search", "/cy/search/?q=budget"),
    ]
