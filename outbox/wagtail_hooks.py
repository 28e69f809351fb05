from wagtail import hooks

from . import admin_views


@hooks.register("register_admin_urls")
def outgoing_email_report_urls():
    return admin_views.urlpatterns


@hooks.register("register_reports_menu_item")
def outgoing_email_report_menu_item():
    return admin_views.menu_item()
