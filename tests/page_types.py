"""Every kind of page a reader can reach, for the checks that visit them all (axe, Nu)."""

from django.utils import timezone

POST_WITH_VIDEO_AND_DIAGRAM = "/leaders/amira-hassan/video-and-diagram/"
WELSH_POST_WITH_VIDEO_AND_DIAGRAM = "/cy/arweinwyr/amira-hassan/fideo-a-diagram/"
# Pages that show a form, and so set the CSRF cookie: every live post carries the comment form.
FORM_PAGES = {
    "report-form",
    "report-form-errors",
    "post-video-diagram",
    "post-svg-diagram",
    "comment-form-errors",
    "welsh-post-video-diagram",
    "welsh-comment-form-errors",
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
        *welsh_page_types(),
    ]


def welsh_page_types():
    """The Welsh pages of each kind (the demo's Welsh tree, and the post with a video and a
    chart translated; the statement pages keep their Welsh slugs)."""
    today = timezone.localdate()
    blog = "/cy/arweinwyr/amira-hassan/"
    return [
        ("welsh-home", "/cy/"),
        ("welsh-directory", "/cy/arweinwyr/"),
        ("welsh-blog", blog),
        ("welsh-post-video-diagram", WELSH_POST_WITH_VIDEO_AND_DIAGRAM),
        ("welsh-comment-form-errors", WELSH_POST_WITH_VIDEO_AND_DIAGRAM),
        ("welsh-month-archive", f"{blog}{today:%Y/%m}/"),
        ("welsh-leader-tag", f"{blog}tag/tryloywder/"),
        ("welsh-topic", "/cy/tags/tryloywder/"),
        ("welsh-search", "/cy/search/?q=cyllideb"),
        ("welsh-not-yet-translated", "/cy/arweinwyr/marcus-bell/what-residents-told-us/"),
        ("welsh-not-found", "/cy/dim-tudalen-fel-hon/"),
        ("welsh-accessibility-statement", "/cy/hygyrchedd/"),
        ("welsh-privacy-notice", "/cy/preifatrwydd/"),
        ("welsh-cookies", "/cy/cwcis/"),
        ("welsh-comment-policy", "/cy/polisi-sylwadau/"),
    ]
