"""Supervision's scheduled work: the daily report."""

from app.core.db import utcnow
from app.supervision import report


def send_daily_reports() -> dict:
    """Write each boss's daily report once their report time has passed (once per day)."""
    return report.send_due(utcnow())
