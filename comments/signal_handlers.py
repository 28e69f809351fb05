"""Every signal receiver of the comments app, connected once from `CommentsConfig.ready()`.

xtd's moderator (comments.rules) listens to xtd's own signals once the post model is
registered with it; after every migrate the moderators' group and the Site row are re-applied.
"""

from django.db.models.signals import post_migrate

from . import rules, setup


def register_signal_handlers():
    rules.register()
    post_migrate.connect(setup.after_migrate, dispatch_uid="comments.after_migrate")
