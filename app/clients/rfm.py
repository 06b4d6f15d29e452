"""RFM segments, computed nightly in a few set-based statements.

For each customer with a paid order in the window (default 365 days): R = whole days since the
last paid order, F = paid orders in the window, M = paid amount in the window. Each is scored
high or low against the mean over those customers: F and M are high at or above their mean,
R is high (recent) at or below its mean. The three scores name one of eight segments
(models.SEGMENTS). Customers without a paid order in the window have no segment.
"""

from datetime import UTC, datetime, timedelta

from flask import current_app
from sqlalchemy import (
    DateTime,
    and_,
    case,
    delete,
    func,
    insert,
    literal,
    or_,
    select,
)

from app.clients.models import SEGMENTS, CustomerRfm, SegmentChange
from app.core.db import whole_days_between
from app.extensions import db
from app.shop.models import Order

PAID = ("paid", "completed")


def _scores(now: datetime, window_days: int):
    """A select of (customer_id, recency_days, frequency, monetary, segment) for every customer
    with a paid order in the window, or None when nobody has one."""
    # UTCDateTime stores naive UTC: compute against naive UTC.
    utc_now = now.astimezone(UTC).replace(tzinfo=None)
    naive_now = literal(utc_now, DateTime)
    start = literal(utc_now - timedelta(days=window_days), DateTime)
    paid = (select(Order.customer_id.label("customer_id"),
                   whole_days_between(naive_now, func.max(Order.paid_at)).label("r"),
                   func.count().label("f"),
                   func.sum(Order.paid_amount).label("m"))
            .where(Order.status.in_(PAID), Order.paid_at >= start, Order.paid_at <= naive_now)
            .group_by(Order.customer_id)
            .subquery("paid"))
    mean_r, mean_f, mean_m = db.session.execute(
        select(func.avg(paid.c.r), func.avg(paid.c.f), func.avg(paid.c.m))).one()
    if mean_f is None:
        return None
    r_high, f_high, m_high = (paid.c.r <= mean_r, paid.c.f >= mean_f, paid.c.m >= mean_m)
    segment = case(*[(and_(r_high if r else ~r_high, f_high if f else ~f_high,
                           m_high if m else ~m_high), name)
                     for (r, f, m), name in SEGMENTS.items()])
    return select(paid.c.customer_id, paid.c.r, paid.c.f, paid.c.m, segment.label("segment"))


def compute_segments(now: datetime) -> dict:
    """Recompute every customer's RFM values and segment; log the segment changes."""
    window = current_app.config["RFM_WINDOW_DAYS"]
    scores = _scores(now, window)
    old = CustomerRfm
    if scores is not None:
        new = scores.subquery("new")
        # History first, while customer_rfm still holds the previous run.
        changed = (select(new.c.customer_id, old.segment, new.c.segment, new.c.r, new.c.f,
                          new.c.m, literal(now, SegmentChange.at.type))
                   .outerjoin(old, old.customer_id == new.c.customer_id)
                   .where(or_(old.segment.is_(None), old.segment != new.c.segment)))
        db.session.execute(insert(SegmentChange).from_select(
            ["customer_id", "from_segment", "to_segment", "recency_days", "frequency",
             "monetary", "at"], changed))
        dropped = select(old.customer_id, old.segment, literal(now, SegmentChange.at.type)) \
            .where(old.customer_id.not_in(select(new.c.customer_id)))
    else:
        dropped = select(old.customer_id, old.segment, literal(now, SegmentChange.at.type))
    db.session.execute(insert(SegmentChange).from_select(
        ["customer_id", "from_segment", "at"], dropped))
    db.session.execute(delete(CustomerRfm))
    if scores is not None:
        db.session.execute(insert(CustomerRfm).from_select(
            ["customer_id", "recency_days", "frequency", "monetary", "segment", "computed_at"],
            select(*scores.subquery("s").c, literal(now, CustomerRfm.computed_at.type))))
    db.session.flush()
    scored = db.session.scalar(select(func.count()).select_from(CustomerRfm))
    return {"scored": scored, "window_days": window}
