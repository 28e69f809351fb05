from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommentsConfig(AppConfig):
    """Citizens' comments on blog posts: the form, the confirmation by email, the rules that
    hold or refuse a comment, the moderation screens and the data-retention commands.

    Built on django-comments-xtd's models with views of our own (docs/decisions.md). The blog
    domain knows nothing of this app: comment counts reach listings through a Wagtail hook and
    the comments section reaches a post through a template tag.
    """

    name = "comments"
    verbose_name = _("Comments")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Imported here, not at the top: receivers need the app registry to be ready.
        from .signal_handlers import register_signal_handlers

        register_signal_handlers()
