"""Step 3 of 3 of the move of the comment models: this app forgets them (no table changes)."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("leaders", "0006_comment_tables_move_to_comments_app"),
        ("comments", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name="CommentSettings"),
                migrations.DeleteModel(name="CommentReport"),
                migrations.DeleteModel(name="PendingConfirmation"),
            ],
        ),
    ]
