"""The background task that sends new-post emails (run by `manage.py db_worker --backend
background`)."""

from django_tasks import task

from . import sending


# The site's background work goes to the database queue the worker runs (outbox.tasks).
@task(backend="background")
def deliver_new_posts():
    """Fan out new announcements, send every due email, and come back when the next one is due
    (a retry after backoff, or the end of the wait for a translation). Safe to run twice at
    once: each email is claimed by exactly one run."""
    sending.run()
    # A backend that runs tasks at once (the tests') cannot defer: there the caller runs it again.
    if (due := sending.next_due()) is not None and deliver_new_posts.get_backend().supports_defer:
        deliver_new_posts.using(run_after=due).enqueue()
