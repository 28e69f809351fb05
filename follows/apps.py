from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FollowsConfig(AppConfig):
    """Readers following leaders by email: the double opt-in, the page where a follower manages
    their follows, the email about each new post, and the staff counts.

    The blog domain knows nothing of this app: the forms reach leaders' pages through a template
    tag, and a post's first publication reaches it through Wagtail's `page_published` signal.
    """

    name = "follows"
    verbose_name = _("Follows")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Imported here, not at the top: receivers need the app registry to be ready.
        from .signal_handlers import register_signal_handlers

        register_signal_handlers()
