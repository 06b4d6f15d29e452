"""Scheduled work of the customer book."""

from app.clients import rfm, rules, services, snapshots
from app.core.db import utcnow


def remind_follow_ups() -> int:
    """Notify reps of follow-ups that have come due."""
    return services.remind_due(utcnow())


def compute_segments(day) -> dict:
    """Nightly: every customer's RFM values and segment, and the risk and potential flags."""
    now = utcnow()
    return {**rfm.compute_segments(now), "flags": rfm.compute_flags(now)}


def apply_auto_tags(day) -> dict:
    """Nightly: every enabled auto-tag rule over every customer, set-based."""
    return rules.run_all(utcnow())


def snapshot_customers(day) -> dict:
    """Nightly, after the RFM run: the customer book counted per rep (stage, peak stage,
    segment, flag, tag, stale) for the boss view's insight."""
    return snapshots.take_snapshot(day)
