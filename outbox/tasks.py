"""The background task the worker (`manage.py db_worker --backend background`) runs for each
queued email."""

from django_tasks import task

from .delivery import deliver

# The task backend of the site's background work: a database queue run by the worker. Wagtail's
# own tasks keep the default backend, which runs them at once.
BACKEND = "background"


@task(backend=BACKEND)
def send_email(email_id: int) -> None:
    deliver(
        email_id, retry=lambda run_after: send_email.using(run_after=run_after).enqueue(email_id)
    )
