"""The nightly snapshot of the customer book: per rep, how many customers had each stage,
peak stage, RFM segment, flag and tag, and how many were stale (models.CustomerSnapshot).

Taken after the RFM run (segments and flags are that night's), in one set-based statement per
dimension, so the boss view reads a few thousand rows instead of counting customers at
request time. A day's snapshot replaces any earlier one of that day: running it twice writes
the same rows.

The funnel reads the peak stage: the highest stage a customer ever reached, from the recorded
stage changes (or their stage now, if higher), so a customer set back by hand still counts as
having got there. Customers who reached stage k are those whose peak is k or beyond.
"""

from datetime import date

from sqlalchemy import String, case, cast, delete, func, insert, literal, select

from app.clients.models import (
    STAGES,
    CustomerFlag,
    CustomerRfm,
    CustomerSnapshot,
    CustomerTag,
    StageChange,
)
from app.clients.services import stale_clause
from app.clients.stages import stage_rank
from app.customers.models import Customer
from app.extensions import db
from app.org.models import User

COLUMNS = ["day", "rep_id", "org_unit_id", "dimension", "key", "count"]


def _peak_stage():
    """A customer's peak stage as its name, in SQL."""
    peaks = (select(StageChange.customer_id,
                    func.max(stage_rank(StageChange.to_stage)).label("rank"))
             .group_by(StageChange.customer_id).subquery("peaks"))
    now = stage_rank(Customer.stage)
    rank = case((func.coalesce(peaks.c.rank, -1) > now, peaks.c.rank), else_=now)
    return peaks, case(*[(rank == index, stage) for index, stage in enumerate(STAGES)])


def _dimensions():
    """(dimension, key expression, how the customers are joined or narrowed) of each count."""
    peaks, peak = _peak_stage()
    return [
        ("total", literal("all"), lambda query: query),
        ("stage", Customer.stage, lambda query: query),
        ("peak", peak, lambda query: query.outerjoin(peaks,
                                                     peaks.c.customer_id == Customer.id)),
        ("segment", CustomerRfm.segment,
         lambda query: query.join(CustomerRfm, CustomerRfm.customer_id == Customer.id)),
        ("flag", CustomerFlag.flag,
         lambda query: query.join(CustomerFlag, CustomerFlag.customer_id == Customer.id)),
        ("tag", cast(CustomerTag.tag_id, String),
         lambda query: query.join(CustomerTag, CustomerTag.customer_id == Customer.id)),
        ("stale", literal("stale"), lambda query: query.where(stale_clause())),
    ]


def take_snapshot(day: date) -> dict:
    """Count the customer book per rep for `day`, replacing that day's snapshot; returns the
    rows written per dimension."""
    db.session.execute(delete(CustomerSnapshot).where(CustomerSnapshot.day == day))
    written = {}
    for dimension, key, narrow in _dimensions():
        rows = narrow(select(literal(day, CustomerSnapshot.day.type), Customer.rep_id,
                             User.org_unit_id, literal(dimension), key, func.count())
                      .select_from(Customer).join(User, User.id == Customer.rep_id))
        written[dimension] = db.session.execute(insert(CustomerSnapshot).from_select(
            COLUMNS, rows.group_by(Customer.rep_id, User.org_unit_id, key))).rowcount
    db.session.flush()
    return {"day": day.isoformat(), "rows": written}
