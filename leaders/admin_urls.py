"""Admin views registered in place of Wagtail's, at the same addresses: Wagtail offers no hook to
narrow what these show (`leaders.admin_visibility` says why each is replaced).

Included before Wagtail's admin URLs, so these match first; Wagtail's URL names still reverse to
the same addresses. Wrapped as Wagtail wraps its own: admin access required, never cached.

`translation_report_urls` are new admin views, not replacements: registered through Wagtail's
`register_admin_urls` hook (leaders.wagtail_hooks), which wraps them the same way.
"""

from django.urls import path
from django.views.decorators.cache import never_cache
from wagtail.admin.auth import require_admin_access
from wagtail.utils.urlpatterns import decorate_urlpatterns

from leaders import admin_visibility as views
from leaders.translation_report import TranslationGapsView

urlpatterns = [
    path("pages/", views.explore_root),
    path("pages/<id:parent_page_id>/", views.explore),
    path("choose-page/", views.ChooserBrowseView.as_view()),
    path("choose-page/<id:parent_page_id>/", views.ChooserBrowseView.as_view()),
    path("choose-page/chosen-multiple/", views.ChosenMultipleView.as_view()),
    path("choose-external-link/", views.ExternalLinkView.as_view()),
    path("reports/page-types-usage/", views.PageTypesUsageReportView.as_view()),
    path(
        "reports/page-types-usage/results/",
        views.PageTypesUsageReportView.as_view(results_only=True),
    ),
    path("tag-autocomplete/", views.tag_autocomplete),
    path("tag-autocomplete/<slug:app_name>/<slug:model_name>/", views.tag_autocomplete),
]

urlpatterns = decorate_urlpatterns(urlpatterns, require_admin_access)
urlpatterns = decorate_urlpatterns(urlpatterns, never_cache)

translation_report_urls = [
    path(
        "reports/translation-gaps/",
        TranslationGapsView.as_view(),
        name="leaders_translation_gaps",
    ),
    path(
        "reports/translation-gaps/results/",
        TranslationGapsView.as_view(results_only=True),
        name="leaders_translation_gaps_results",
    ),
]
