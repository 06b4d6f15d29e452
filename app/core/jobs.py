"""Core's scheduled work: the daily counters check and the notification outbox."""

from datetime import timedelta

from app.core import notifications
from app.core.company import company_zone
from app.core.db import local_day, utcnow
from app.core.events import check_counters


def check_yesterdays_counters() -> dict:
    """Rebuild yesterday's counters from its events and report any drift."""
    yesterday = local_day(utcnow(), company_zone()) - timedelta(days=1)
    return check_counters(yesterday, repair=True)


def deliver_notifications() -> dict:
    """Push due outbox rows over their channels, with retry and backoff."""
    return notifications.deliver_due()
