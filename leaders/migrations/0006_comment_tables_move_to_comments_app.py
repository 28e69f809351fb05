"""Comments leave the blog app for their own app (`comments`), keeping every row.

Step 1 of 3: the three tables take the new app's names here; `comments.0001_initial` then
takes the models into its state, and `0007` removes them from this app's state. The blog's
switch for publishing comments before review gets a name that says what it does.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("leaders", "0005_blogpostpage_date_index"),
    ]

    operations = [
        migrations.AlterModelTable(name="commentsettings", table="comments_commentsettings"),
        migrations.AlterModelTable(name="commentreport", table="comments_commentreport"),
        migrations.AlterModelTable(
            name="pendingconfirmation", table="comments_pendingconfirmation"
        ),
        migrations.RenameField(
            model_name="leaderblogpage",
            old_name="post_moderation",
            new_name="publish_comments_before_review",
        ),
    ]
