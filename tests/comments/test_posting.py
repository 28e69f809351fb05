"""A citizen's comment: posted, confirmed by email, held, approved, visible; replies and closure."""

import pytest
from django.core import mail

from leaders.commenting.models import PendingConfirmation

from .conftest import comments_on, confirmation_link, submit


@pytest.mark.django_db
def test_anonymous_comment_waits_for_email_confirmation_then_for_a_moderator(client, post_a):
    response = submit(client, post_a)

    assert response.status_code == 200
    assert "Check your email" in response.content.decode()
    assert not comments_on(post_a).exists()
    assert PendingConfirmation.objects.count() == 1
    assert mail.outbox[-1].to == ["carys@residents.example"]

    response = client.get(confirmation_link(mail.outbox))

    assert response.status_code == 200
    assert "will appear once a moderator approves it" in response.content.decode()
    comment = comments_on(post_a).get()
    assert comment.is_public is False
    assert "A fair question" not in client.get(post_a.url).content.decode()
