"""Step 2 of 3 of the move of the comment models from `leaders`: the tables were renamed by
`leaders.0006`; this app takes the models into its state, their content types (and so every
permission granted on them), and the audit-log entries of moderation actions."""

import django.db.models.deletion
from django.db import migrations, models

MODELS = ["commentsettings", "commentreport", "pendingconfirmation"]
LOG_ACTIONS = ["approve", "remove", "restore", "reply", "erase"]


def adopt_content_types_and_log_entries(apps, schema_editor):
    content_types = apps.get_model("contenttypes", "ContentType")
    content_types.objects.filter(app_label="leaders", model__in=MODELS).update(
        app_label="comments"
    )
    log_entries = apps.get_model("wagtailcore", "ModelLogEntry")
    for action in LOG_ACTIONS:
        log_entries.objects.filter(action=f"leaders.comment.{action}").update(
            action=f"comments.{action}"
        )


def return_content_types_and_log_entries(apps, schema_editor):
    content_types = apps.get_model("contenttypes", "ContentType")
    content_types.objects.filter(app_label="comments", model__in=MODELS).update(
        app_label="leaders"
    )
    log_entries = apps.get_model("wagtailcore", "ModelLogEntry")
    for action in LOG_ACTIONS:
        log_entries.objects.filter(action=f"comments.{action}").update(
            action=f"leaders.comment.{action}"
        )


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("django_comments_xtd", "0008_auto_20200920_2037"),
        ("leaders", "0006_comment_tables_move_to_comments_app"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
            migrations.CreateModel(
                name='CommentSettings',
                fields=[
                    ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                    ('paused', models.BooleanField(default=False, help_text='For a pre-election period: every comment form is replaced by the message.', verbose_name='pause all commenting')),
                    ('paused_message', models.TextField(blank=True, default='Commenting is paused across the site during the pre-election period. You can still read every post and the comments already published.', verbose_name='message while paused')),
                    ('close_after_days', models.PositiveIntegerField(blank=True, help_text="Comments close this many days after a post's date. Leave empty to keep open.", null=True, verbose_name='close comments after (days)')),
                    ('hold_words', models.TextField(blank=True, help_text='One word or phrase per line, in English or Welsh. A comment that contains one is always held for review.', verbose_name='hold list')),
                    ('deny_words', models.TextField(blank=True, help_text='One word or phrase per line, in English or Welsh. A comment that contains one is refused and not stored.', verbose_name='deny list')),
                ],
                options={
                    'verbose_name': 'comment settings',
                },
            ),
            migrations.CreateModel(
                name='CommentReport',
                fields=[
                    ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                    ('reason', models.CharField(choices=[('abusive', 'Abusive or offensive'), ('personal', "Shares someone's personal information"), ('spam', 'Spam or advertising'), ('campaigning', 'Party political campaigning'), ('other', 'Something else')], max_length=20, verbose_name='reason')),
                    ('details', models.TextField(blank=True, max_length=1000, verbose_name='details')),
                    ('created_at', models.DateTimeField(auto_now_add=True, db_index=True)),
                    ('resolved_at', models.DateTimeField(blank=True, db_index=True, null=True)),
                    ('comment', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='reports', to='django_comments_xtd.xtdcomment')),
                ],
                options={
                    'verbose_name': 'comment report',
                    'ordering': ['-created_at'],
                },
            ),
            migrations.CreateModel(
                name='PendingConfirmation',
                fields=[
                    ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                    ('token_hash', models.CharField(max_length=64, unique=True)),
                    ('parent_id', models.PositiveIntegerField(default=0)),
                    ('user_name', models.CharField(max_length=50)),
                    ('user_email', models.EmailField(max_length=254)),
                    ('comment', models.TextField()),
                    ('followup', models.BooleanField(default=False)),
                    ('ip_address', models.GenericIPAddressField(blank=True, null=True, unpack_ipv4=True)),
                    ('created_at', models.DateTimeField(auto_now_add=True, db_index=True)),
                    ('confirmed_at', models.DateTimeField(blank=True, null=True)),
                    ('page', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='leaders.blogpostpage')),
                    ('stored_comment', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='django_comments_xtd.xtdcomment')),
                ],
                options={
                    'verbose_name': 'comment awaiting email confirmation',
                },
            ),
            ],
        ),
        migrations.RunPython(
            adopt_content_types_and_log_entries, return_content_types_and_log_entries
        ),
    ]
