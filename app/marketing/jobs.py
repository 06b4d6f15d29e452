"""Scheduled work of marketing: coupons past their validity, groups past their time."""

import logging

from app.core.db import utcnow
from app.marketing.services import coupons, groups

log = logging.getLogger(__name__)


def expire_coupons() -> int:
    """Unused coupons past their validity become expired."""
    expired = coupons.expire_due(utcnow())
    if expired:
        log.info("expired %d coupons", expired)
    return expired


def expire_groups() -> dict:
    """Open groups past their time succeed (模拟成团) or fail with their orders closed."""
    closed = groups.expire_due(utcnow())
    if any(closed.values()):
        log.info("closed groups: %s", closed)
    return closed
