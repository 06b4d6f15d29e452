"""Per product per rep per day: opens of the product page and what was sold of it
(models.ProductDay), kept on write in the event's transaction.

A receiver of `core.events.event_recorded` bumps the day's row by an atomic upsert: a visit of
a product page is an open; a paid order counts once for each product on it, with its units
and each line's net amount (its share of what was paid) as revenue; a refund takes that
revenue back (the order stays counted, as `order_paid` does). `check_product_days()` rebuilds
a day from its events and the orders' lines and reports drift, as `check_counters()` does.
"""

import logging
from collections import defaultdict
from datetime import date

from sqlalchemy import delete, func, select

from app.core.db import upsert
from app.core.events import event_recorded
from app.core.models import ActivityEvent
from app.extensions import db
from app.shop.models import OrderLine, ProductDay

log = logging.getLogger(__name__)

VALUES = ("opens", "orders", "units", "revenue")
SALE_VERBS = {"order_paid": 1, "order_refunded": -1}  # revenue in, revenue back

CellKey = tuple[int, int, int]  # rep_id, org_unit_id, product_id


def _lines(order_ids):
    return (select(OrderLine.order_id, OrderLine.product_id, OrderLine.quantity,
                   OrderLine.net_amount).where(OrderLine.order_id.in_(order_ids)))


def _sale(verb: str, quantity: int, net_amount: int) -> dict[str, int]:
    if verb == "order_paid":
        return {"orders": 1, "units": quantity, "revenue": net_amount}
    return {"revenue": -net_amount}


@event_recorded.connect
def on_event(event) -> None:
    """Bump the product rows an event moves (see the module docstring)."""
    if event.rep_id is None:
        return
    if event.verb == "visit" and event.object_type == "product":
        deltas = {event.object_id: {"opens": 1}}
    elif event.verb in SALE_VERBS and event.object_type == "order":
        deltas = {product_id: _sale(event.verb, quantity, net_amount)
                  for _, product_id, quantity, net_amount
                  in db.session.execute(_lines([event.object_id]))}
    else:
        return
    rows = [{"day": event.day, "rep_id": event.rep_id, "org_unit_id": event.org_unit_id,
             "product_id": product_id, **dict.fromkeys(VALUES, 0), **values}
            for product_id, values in deltas.items()]
    upsert(db.session, ProductDay, rows, keys=["day", "rep_id", "org_unit_id", "product_id"],
           increment=list(VALUES))


def product_days_from_events(day: date) -> dict[CellKey, dict[str, int]]:
    """Recompute a day's product rows from its events (and the lines of their orders)."""
    cells: dict[CellKey, dict[str, int]] = defaultdict(lambda: dict.fromkeys(VALUES, 0))
    of_day = (ActivityEvent.day == day, ActivityEvent.rep_id.is_not(None))
    opens = (select(ActivityEvent.rep_id, ActivityEvent.org_unit_id, ActivityEvent.object_id,
                    func.count())
             .where(*of_day, ActivityEvent.verb == "visit",
                    ActivityEvent.object_type == "product")
             .group_by(ActivityEvent.rep_id, ActivityEvent.org_unit_id,
                       ActivityEvent.object_id))
    for rep_id, org_unit_id, product_id, count in db.session.execute(opens):
        cells[(rep_id, org_unit_id, product_id)]["opens"] += count
    lines = _lines(select(ActivityEvent.object_id).where(
        *of_day, ActivityEvent.verb.in_(list(SALE_VERBS)),
        ActivityEvent.object_type == "order")).subquery()
    sales = (select(ActivityEvent.rep_id, ActivityEvent.org_unit_id, ActivityEvent.verb,
                    lines.c.product_id, lines.c.quantity, lines.c.net_amount)
             .join(lines, lines.c.order_id == ActivityEvent.object_id)
             .where(*of_day, ActivityEvent.verb.in_(list(SALE_VERBS)),
                    ActivityEvent.object_type == "order"))
    for rep_id, org_unit_id, verb, product_id, quantity, net_amount in db.session.execute(sales):
        cell = cells[(rep_id, org_unit_id, product_id)]
        for name, value in _sale(verb, quantity, net_amount).items():
            cell[name] += value
    return {key: values for key, values in cells.items() if any(values.values())}


def _stored(day: date) -> dict[CellKey, dict[str, int]]:
    return {(row.rep_id, row.org_unit_id, row.product_id):
            {name: getattr(row, name) for name in VALUES}
            for row in db.session.scalars(select(ProductDay).where(ProductDay.day == day))}


def check_product_days(day: date, repair: bool = True) -> dict:
    """Compare a day's product rows with its events, report drift and (by default) rebuild."""
    expected, stored = product_days_from_events(day), _stored(day)
    empty = dict.fromkeys(VALUES, 0)
    drift = []
    for key in sorted(set(expected) | set(stored)):
        have, want = stored.get(key, empty), expected.get(key, empty)
        if have != want:
            rep_id, org_unit_id, product_id = key
            drift.append({"rep_id": rep_id, "org_unit_id": org_unit_id,
                          "product_id": product_id, "stored": have, "expected": want})
    if drift:
        log.warning("product day drift on %s: %d cells", day, len(drift))
        if repair:
            rebuild_product_days(day, expected)
    return {"day": day.isoformat(), "cells": len(expected), "drift": drift, "repaired": repair}


def rebuild_product_days(day: date,
                         expected: dict[CellKey, dict[str, int]] | None = None) -> int:
    """Replace a day's product rows with the values recomputed from its events."""
    expected = product_days_from_events(day) if expected is None else expected
    db.session.execute(delete(ProductDay).where(ProductDay.day == day))
    rows = [{"day": day, "rep_id": rep_id, "org_unit_id": org_unit_id, "product_id": product_id,
             **values} for (rep_id, org_unit_id, product_id), values in expected.items()]
    for start in range(0, len(rows), 1000):
        db.session.execute(ProductDay.__table__.insert(), rows[start:start + 1000])
    return len(rows)
