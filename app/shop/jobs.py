"""Scheduled work of the shop."""

import logging

from app.core.db import utcnow
from app.shop.services import commission, orders

log = logging.getLogger(__name__)


def settle_commission() -> int:
    """Settle commission whose refund window has passed (frozen -> settled)."""
    settled = commission.settle_due(utcnow())
    if settled:
        log.info("settled %d commission entries", settled)
    return settled


def expire_orders() -> int:
    """Close unpaid orders whose hold has run out: stock and reservations go back."""
    expired = orders.expire_due(utcnow())
    if expired:
        log.info("expired %d unpaid orders", expired)
    return expired
