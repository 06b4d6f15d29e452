"""Org's scheduled work: forgetting sessions that ended."""

from datetime import date

from app.org import sessions


def prune_sessions(day: date) -> dict:
    """Delete the rows of revoked sessions and of those idle past their lifetime."""
    return {"deleted": sessions.prune()}
