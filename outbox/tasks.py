"""The background task the worker (`manage.py db_worker`) runs for each queued email."""

from django_tasks import task

from .delivery import deliver


@task()
def send_email(email_id: int) -> None:
    deliver(
        email_id, retry=lambda run_after: send_email.using(run_after=run_after).enqueue(email_id)
    )
