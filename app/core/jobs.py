"""Core's scheduled work: the daily counters check, the notification outbox, the kept
idempotent responses and the exports."""

from datetime import date, timedelta

from app.core import exports, idempotency, notifications
from app.core.db import utcnow
from app.core.events import check_counters


def check_counters_of_the_day_before(day: date) -> dict:
    """Rebuild the counters of the day before the run day from its events; report any drift."""
    return check_counters(day - timedelta(days=1), repair=True)


def deliver_notifications() -> dict:
    """Push due outbox rows over their channels, with retry and backoff."""
    return notifications.deliver_due()


def prune_idempotency_keys() -> int:
    """Forget the responses kept for retries once their 24 hours are over."""
    return idempotency.prune(utcnow())


def run_exports() -> dict:
    """Write the queued exports (each commits its own steps, so its progress shows)."""
    return exports.run_queued()


def prune_exports() -> dict:
    """Delete expired export files and exports older than a month."""
    return exports.prune()
