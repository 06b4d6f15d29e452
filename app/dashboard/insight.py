"""Customer insight (客户洞察) for a scope: the tag distribution by tag group, the seven-stage
funnel, the RFM segments, the flagged and stale customers, and the product ranking.

Every figure reads a rollup: the customer book's figures the latest nightly snapshot
(`clients.snapshots`: customers per rep per stage, segment, flag, tag), the flagged lists the
nightly flags, and the product ranking the per-day product rows kept on write
(`shop.product_days`) summed over the period. Nothing here counts customers, events or orders.

A scope is an org unit's subtree (or the whole company): the snapshot's rows carry the rep's
unit at the snapshot, as the customer list reads the customers of the reps now in a subtree.
Each figure carries `filter`, the customer list's query (GET /customers) that opens the
customers behind it.
"""

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from app.clients.models import (
    FLAGS,
    SEGMENTS,
    STAGES,
    CustomerFlag,
    CustomerSnapshot,
    TagGroup,
)
from app.core.access import subtree_ids, subtree_user_ids
from app.customers.models import Customer
from app.dashboard.periods import Period
from app.extensions import db
from app.org.models import OrgUnit, User
from app.shop.models import Product, ProductDay

FLAGGED_TOP = 5
PRODUCT_SORTS = ("orders", "opens", "revenue")


def _unit_filter(unit: OrgUnit | None) -> dict:
    return {} if unit is None else {"unit_id": unit.id}


def latest_snapshot_day() -> date | None:
    return db.session.scalar(select(func.max(CustomerSnapshot.day)))


def snapshot_counts(unit: OrgUnit | None, day: date | None) -> dict[tuple[str, str], int]:
    """(dimension, key) -> customers of the scope at the snapshot of `day`."""
    if day is None:
        return {}
    query = (select(CustomerSnapshot.dimension, CustomerSnapshot.key,
                    func.sum(CustomerSnapshot.count))
             .where(CustomerSnapshot.day == day)
             .group_by(CustomerSnapshot.dimension, CustomerSnapshot.key))
    if unit is not None:
        query = query.where(CustomerSnapshot.org_unit_id.in_(subtree_ids(unit)))
    return {(dimension, key): int(count) for dimension, key, count in db.session.execute(query)}


def funnel(counts: dict[tuple[str, str], int], scope: dict) -> list[dict]:
    """The seven stages: customers at each now, and those who ever reached it (their peak stage
    is it or beyond); conversion is the share of those who reached a stage that reached the
    next one (None for the last stage, or when nobody reached this one)."""
    rows, reached = [], 0
    for stage in reversed(STAGES):
        reached += counts.get(("peak", stage), 0)
        rows.append({"stage": stage, "customers": counts.get(("stage", stage), 0),
                     "reached": reached, "filter": {**scope, "stage": stage}})
    rows.reverse()
    for here, after in zip(rows, rows[1:] + [None], strict=True):
        here["conversion"] = (round(after["reached"] / here["reached"], 4)
                              if after is not None and here["reached"] else None)
    return rows


def tag_groups(counts: dict[tuple[str, str], int], scope: dict) -> list[dict]:
    """Every group of the vocabulary with its tags in order, each with its customers."""
    groups = db.session.scalars(select(TagGroup).options(selectinload(TagGroup.tags))
                                .order_by(TagGroup.sort_order, TagGroup.id))
    return [{"id": group.id, "name": group.name,
             "tags": [{"id": tag.id, "name": tag.name, "color": tag.color,
                       "customers": counts.get(("tag", str(tag.id)), 0),
                       "filter": {**scope, "tag_ids": [tag.id]}} for tag in group.tags]}
            for group in groups]


def flagged(unit: OrgUnit | None, flag: str, limit: int = FLAGGED_TOP) -> list[dict]:
    """The scope's customers carrying the nightly flag, the largest change of spending first."""
    query = (select(CustomerFlag, Customer, User.name)
             .join(Customer, Customer.id == CustomerFlag.customer_id)
             .join(User, User.id == Customer.rep_id)
             .where(CustomerFlag.flag == flag)
             .order_by(func.abs(CustomerFlag.recent_amount - CustomerFlag.previous_amount).desc(),
                       CustomerFlag.customer_id).limit(limit))
    if unit is not None:
        query = query.where(Customer.rep_id.in_(subtree_user_ids(unit)))
    return [{"customer": customer, "rep_name": rep_name, "reason": row.reason,
             "recent_amount": row.recent_amount, "previous_amount": row.previous_amount}
            for row, customer, rep_name in db.session.execute(query)]


def customer_insight(unit: OrgUnit | None) -> dict:
    """The customer book's figures of the scope at the latest snapshot."""
    day = latest_snapshot_day()
    counts = snapshot_counts(unit, day)
    scope = _unit_filter(unit)
    total = counts.get(("total", "all"), 0)
    segments = [{"segment": segment, "customers": counts.get(("segment", segment), 0),
                 "filter": {**scope, "segment": segment}} for segment in SEGMENTS.values()]
    return {
        "day": day, "unit_id": unit.id if unit else None, "customers": total,
        "tag_groups": tag_groups(counts, scope),
        "funnel": funnel(counts, scope),
        "segments": segments,
        "unsegmented": total - sum(row["customers"] for row in segments),
        "flags": [{"flag": flag, "customers": counts.get(("flag", flag), 0),
                   "filter": {**scope, "flag": flag}, "top": flagged(unit, flag)}
                  for flag in FLAGS],
        "stale": {"customers": counts.get(("stale", "stale"), 0),
                  "filter": {**scope, "stale": True}},
    }


def conversion(orders: int, opens: int) -> float | None:
    """Paid orders per product-page open (None without an open)."""
    return round(orders / opens, 4) if opens else None


def product_ranking(unit: OrgUnit | None, period: Period, sort: str = "orders",
                    limit: int = 20) -> dict:
    """The scope's products over the period from opens to paid orders, best first by `sort`
    (then by the others), with the conversion; `totals` sums every product."""
    sums = {name: func.sum(getattr(ProductDay, name)).label(name)
            for name in ("opens", "orders", "units", "revenue")}
    query = (select(ProductDay.product_id, *sums.values())
             .where(ProductDay.day.between(period.start, period.end))
             .group_by(ProductDay.product_id))
    if unit is not None:
        query = query.where(ProductDay.org_unit_id.in_(subtree_ids(unit)))
    cells = query.subquery("cells")
    order = [cells.c[sort]] + [cells.c[name] for name in PRODUCT_SORTS if name != sort]
    ranked = db.session.execute(
        select(cells, Product.name, Product.cover_url)
        .join(Product, Product.id == cells.c.product_id)
        .order_by(*(column.desc() for column in order), cells.c.product_id).limit(limit))
    totals = db.session.execute(select(*(func.coalesce(func.sum(cells.c[name]), 0)
                                         for name in sums))).one()
    scope = _unit_filter(unit)
    products = [{"product_id": row.product_id, "name": row.name, "cover_url": row.cover_url,
                 "opens": int(row.opens), "orders": int(row.orders), "units": int(row.units),
                 "revenue": int(row.revenue), "conversion": conversion(row.orders, row.opens),
                 "filter": {**scope, "product_id": row.product_id}} for row in ranked]
    totals = dict(zip(sums, (int(value) for value in totals), strict=True))
    return {"period": period.as_dict(), "unit_id": unit.id if unit else None,
            "products": products,
            "totals": {**totals, "conversion": conversion(totals["orders"], totals["opens"])}}
