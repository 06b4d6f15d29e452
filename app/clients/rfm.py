"""RFM segments and the risk and potential flags, computed nightly in set-based statements.

For each customer with a paid order in the window (default 365 days): R = whole days since the
last paid order, F = paid orders in the window, M = paid amount in the window. Each is scored
high or low against the mean over those customers: F and M are high at or above their mean,
R is high (recent) at or below its mean. The three scores name one of eight segments
(models.SEGMENTS). Customers without a paid order in the window have no segment.
"""

from datetime import UTC, datetime, timedelta

from sqlalchemy import (
    BigInteger,
    Column,
    DateTime,
    Integer,
    MetaData,
    Table,
    and_,
    case,
    delete,
    func,
    insert,
    literal,
    or_,
    select,
)

from app.clients.models import (
    FLAGS,
    SEGMENTS,
    CustomerFlag,
    CustomerRfm,
    SegmentChange,
    StageChange,
)
from app.clients.stages import stage_rank
from app.core.company import get_company
from app.core.db import whole_days_between
from app.customers.models import Customer
from app.extensions import db
from app.shop.models import Order

PAID = ("paid", "completed")


# The window's figures per customer, written once per run: orders are scanned one time, and the
# means, the history and the new rows all read this small table. Temporary: per connection, and
# created and dropped inside the job's transaction (a failed run's rollback removes it too).
_figures = Table("rfm_figures", MetaData(),
                 Column("customer_id", BigInteger, primary_key=True),
                 Column("r", Integer), Column("f", Integer), Column("m", BigInteger),
                 prefixes=["TEMPORARY"])


def _collect(now: datetime, window_days: int) -> None:
    """Fill the figures table: (customer, R, F, M) for every customer with a paid order in the
    window."""
    # UTCDateTime stores naive UTC: compute against naive UTC.
    utc_now = now.astimezone(UTC).replace(tzinfo=None)
    naive_now = literal(utc_now, DateTime)
    start = literal(utc_now - timedelta(days=window_days), DateTime)
    db.session.execute(insert(_figures).from_select(["customer_id", "r", "f", "m"], select(
        Order.customer_id, whole_days_between(naive_now, func.max(Order.paid_at)),
        func.count(), func.sum(Order.paid_amount))
        .where(Order.status.in_(PAID), Order.paid_at >= start, Order.paid_at <= naive_now)
        .group_by(Order.customer_id)))


def _segment(mean_r, mean_f, mean_m):
    """The segment of a figures row as a SQL CASE, against the means."""
    figures = _figures.c
    r_high, f_high, m_high = (figures.r <= mean_r, figures.f >= mean_f, figures.m >= mean_m)
    return case(*[(and_(r_high if r else ~r_high, f_high if f else ~f_high,
                        m_high if m else ~m_high), name)
                  for (r, f, m), name in SEGMENTS.items()])


def compute_segments(now: datetime) -> dict:
    """Recompute every customer's RFM values and segment; log the segment changes."""
    window = get_company().rfm_window_days
    connection = db.session.connection()
    _figures.drop(connection, checkfirst=True)
    _figures.create(connection)
    _collect(now, window)
    figures, old = _figures.c, CustomerRfm
    means = db.session.execute(
        select(func.avg(figures.r), func.avg(figures.f), func.avg(figures.m))).one()
    segment = _segment(*means) if means[1] is not None else literal(None)
    at = literal(now, SegmentChange.at.type)
    # History first, while customer_rfm still holds the previous run.
    db.session.execute(insert(SegmentChange).from_select(
        ["customer_id", "from_segment", "to_segment", "recency_days", "frequency",
         "monetary", "at"],
        select(figures.customer_id, old.segment, segment, figures.r, figures.f,
               figures.m, at)
        .outerjoin(old, old.customer_id == figures.customer_id)
        .where(or_(old.segment.is_(None), old.segment != segment))
        .order_by(figures.customer_id)))  # history ids in customer order, on both databases
    db.session.execute(insert(SegmentChange).from_select(
        ["customer_id", "from_segment", "at"],
        select(old.customer_id, old.segment, at).where(~select(figures.customer_id).where(
            figures.customer_id == old.customer_id).exists()).order_by(old.customer_id)))
    db.session.execute(delete(CustomerRfm))
    db.session.execute(insert(CustomerRfm).from_select(
        ["customer_id", "recency_days", "frequency", "monetary", "segment", "computed_at"],
        select(figures.customer_id, figures.r, figures.f, figures.m, segment,
               literal(now, CustomerRfm.computed_at.type))))
    db.session.flush()
    _figures.drop(connection)
    scored = db.session.scalar(select(func.count()).select_from(CustomerRfm))
    return {"scored": scored, "window_days": window}


def compute_flags(now: datetime) -> dict:
    """Recompute 渐退出 (fading) and 高潜力 (high potential) for every customer, set-based.

    Fading: paid amount of the last period fell by the company's flag_change_percent or more
    against the period before; high potential: it rose by as much, or the stage climbed
    flag_stage_steps in flag_stage_days. A customer with nothing paid in the period before has
    no trend. Every flag stores the amounts paid in both periods (a climber's too).
    """
    company = get_company()
    days, percent = company.flag_period_days, company.flag_change_percent
    steps, stage_days = company.flag_stage_steps, company.flag_stage_days
    utc_now = now.astimezone(UTC).replace(tzinfo=None)
    recent_start = literal(utc_now - timedelta(days=days), DateTime)
    recent = case((Order.paid_at >= recent_start, Order.paid_amount), else_=0)
    previous = case((Order.paid_at < recent_start, Order.paid_amount), else_=0)
    trend = (select(Order.customer_id.label("customer_id"),
                    func.sum(recent).label("recent"), func.sum(previous).label("previous"))
             .where(Order.status.in_(PAID),
                    Order.paid_at >= literal(utc_now - timedelta(days=2 * days), DateTime),
                    Order.paid_at <= literal(utc_now, DateTime))
             .group_by(Order.customer_id).subquery("trend"))
    stamp = literal(now, CustomerFlag.computed_at.type)
    columns = ["customer_id", "flag", "recent_amount", "previous_amount", "reason",
               "computed_at"]
    db.session.execute(delete(CustomerFlag))
    for flag, moved, words in (
            ("fading", trend.c.recent * 100 <= trend.c.previous * (100 - percent), "下降"),
            ("high_potential", trend.c.recent * 100 >= trend.c.previous * (100 + percent),
             "上升")):
        db.session.execute(insert(CustomerFlag).from_select(columns, select(
            trend.c.customer_id, literal(flag), trend.c.recent, trend.c.previous,
            literal(f"近 {days} 天付款金额较此前 {days} 天{words} {percent}% 以上"), stamp)
            .where(trend.c.previous > 0, moved)))
    climbed_from = (select(StageChange.customer_id,
                           func.min(stage_rank(StageChange.from_stage)).label("low"))
                    .where(StageChange.at >= literal(now - timedelta(days=stage_days),
                                                     StageChange.at.type))
                    .group_by(StageChange.customer_id).subquery("climbed"))
    db.session.execute(insert(CustomerFlag).from_select(columns, select(
        Customer.id, literal("high_potential"), func.coalesce(trend.c.recent, 0),
        func.coalesce(trend.c.previous, 0),
        literal(f"{stage_days} 天内客户阶段上升 {steps} 级以上"), stamp)
        .join(climbed_from, climbed_from.c.customer_id == Customer.id)
        .outerjoin(trend, trend.c.customer_id == Customer.id)
        .where(stage_rank(Customer.stage) - climbed_from.c.low >= steps,
               ~select(CustomerFlag.customer_id).where(
                   CustomerFlag.customer_id == Customer.id,
                   CustomerFlag.flag == "high_potential").exists())))
    db.session.flush()
    counts = dict(db.session.execute(select(CustomerFlag.flag, func.count())
                                     .group_by(CustomerFlag.flag)).all())
    return {flag: counts.get(flag, 0) for flag in FLAGS}
