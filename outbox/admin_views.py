"""The communications team's read-only report of recent outgoing email: what was queued, sent
or given up, after how many tries and why, never to whom (the addresses are not shown).

Seen by whoever holds `outbox.view_outgoingemail` (the communications team, and superusers).
"""

import django_filters
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy

from .models import OutgoingEmail

PERMISSION = "outbox.view_outgoingemail"


class OutgoingEmailFilterSet(WagtailFilterSet):
    state = django_filters.ChoiceFilter(label=_("State"), choices=OutgoingEmail.State.choices)

    class Meta:
        model = OutgoingEmail
        fields = []


class OutgoingEmailReport(ReportView):
    page_title = _("Outgoing email")
    header_icon = "mail"
    model = OutgoingEmail
    permission_policy = ModelPermissionPolicy(OutgoingEmail)
    permission_required = "view"
    filterset_class = OutgoingEmailFilterSet
    index_url_name = "outbox_report"
    index_results_url_name = "outbox_report_results"
    paginate_by = 50
    columns = [
        Column("subject", label=_("Subject")),
        Column("state", accessor="get_state_display", label=_("State")),
        Column("attempts", label=_("Tries")),
        Column("last_error", label=_("Last error")),
        DateColumn("created_at", label=_("Added to the queue")),
        DateColumn("finished_at", label=_("Finished")),
    ]

    def get_queryset(self):
        return OutgoingEmail.objects.defer("message").order_by("-created_at", "-pk")


class OutgoingEmailMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(PERMISSION)


def menu_item():
    return OutgoingEmailMenuItem(
        _("Outgoing email"), reverse("outbox_report"), name="outgoing-email", icon_name="mail"
    )


urlpatterns = [
    path("reports/outgoing-email/", OutgoingEmailReport.as_view(), name="outbox_report"),
    path(
        "reports/outgoing-email/results/",
        OutgoingEmailReport.as_view(results_only=True),
        name="outbox_report_results",
    ),
]
