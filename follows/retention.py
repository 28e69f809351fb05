"""Personal data of following: the daily purge and erasure on request."""

from datetime import timedelta

from django.utils import timezone

from .conf import option
from .models import ConsentRequest, Follower


def purge() -> dict:
    """Unconfirmed follows (and unconfirmed requests of confirmed followers) older than the
    confirmation period: nobody agreed to them, so nothing of them is kept."""
    cutoff = timezone.now() - timedelta(days=option("CONFIRMATION_DAYS"))
    followers, _ = Follower.objects.filter(confirmed_at=None, created_at__lt=cutoff).delete()
    requests, _ = ConsentRequest.objects.filter(confirmed_at=None, requested_at__lt=cutoff).delete()
    return {"followers": followers, "requests": requests}


def erase(email: str) -> int:
    """Delete an address's follows, consent records and deliveries; the number of rows gone."""
    count, _ = Follower.objects.filter(email__iexact=email.strip()).delete()
    return count
