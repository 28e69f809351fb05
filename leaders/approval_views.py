"""The page editor and the workflow action view, telling a reviewer why an approval was refused
for a missing or unready version in another language (`leaders.language_versions`), rather
than answering with a bare "permission denied"."""

from django.shortcuts import redirect
from django.urls import reverse
from wagtail.admin import messages
from wagtail.admin.views.pages.edit import EditView
from wagtail.admin.views.pages.workflow import WorkflowActionView

from .language_versions import LanguageVersionNotReady


def tell_why(request, refusal):
    """Queue the refusal's message, with a link per missing version; return the editor's URL."""
    for item in refusal.missing:
        label, url = item.link(refusal.page, request.user)
        messages.error(request, item.message(), buttons=[messages.button(url, label)])
    return reverse("wagtailadmin_pages:edit", args=(refusal.page.pk,))


class ApprovalExplainingEditView(EditView):
    def perform_workflow_action(self):
        try:
            return super().perform_workflow_action()
        except LanguageVersionNotReady as refusal:
            return redirect(tell_why(self.request, refusal))


class ApprovalExplainingWorkflowActionView(WorkflowActionView):
    def post(self, request, *args, **kwargs):
        try:
            return super().post(request, *args, **kwargs)
        except LanguageVersionNotReady as refusal:
            url = tell_why(request, refusal)
            if request.headers.get("x-requested-with") == "XMLHttpRequest":
                return self.render_modal_json(request, {"step": "success", "redirect": url})
            return redirect(url)
