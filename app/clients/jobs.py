"""Scheduled work of the customer book."""

from app.clients import services
from app.core.db import utcnow


def remind_follow_ups() -> int:
    """Notify reps of follow-ups that have come due."""
    return services.remind_due(utcnow())
