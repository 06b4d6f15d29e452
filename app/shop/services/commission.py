"""The commission ledger: earned on completion, frozen for the refund window, then settled.

Entries are never edited except for the frozen -> settled move; a refund after completion
writes a reversing entry with the negative amount.
"""

from datetime import datetime, timedelta
from decimal import Decimal

from sqlalchemy import case, distinct, func, select, update

from app.core.access import scoped
from app.core.company import get_company
from app.core.events import declare_metric, record_event, register_metrics
from app.extensions import db
from app.org.models import OrgUnit, User
from app.shop.models import CommissionEntry, Order

declare_metric("commission", "提成", "fen")
register_metrics("commission", lambda e: {"commission": e.attrs["amount"]})


def line_commission(amount: int, rate_bps: int) -> int:
    """Commission on one line in fen, rounded half up."""
    return (amount * rate_bps + 5000) // 10000


def earn(order: Order, now: datetime) -> CommissionEntry:
    """The rep's earning on a completed order: each line's rate times what was paid for it
    (its share of the total, after every discount)."""
    amount = sum(line_commission(line.net_amount, line.commission_rate_bps)
                 for line in order.lines)
    entry = CommissionEntry(
        rep_id=order.rep_id, order_id=order.id, kind="earning", amount=amount,
        status="frozen", created_at=now,
        settle_at=now + timedelta(days=get_company().commission_settle_days))
    db.session.add(entry)
    db.session.flush()
    record_event("commission", rep=order.rep, customer_id=order.customer_id,
                 object_type="order", object_id=order.id, at=now,
                 attrs={"amount": amount, "kind": "earning", "entry_id": entry.id})
    return entry


def reverse(order: Order, now: datetime) -> CommissionEntry | None:
    """Cancel an order's earning with a negative entry (in the earning's state: a frozen
    earning's reversal settles with it, a settled one's is deducted at once)."""
    earning = db.session.scalar(select(CommissionEntry).where(
        CommissionEntry.order_id == order.id, CommissionEntry.kind == "earning"))
    if earning is None:
        return None
    reversal = CommissionEntry(
        rep_id=earning.rep_id, order_id=order.id, kind="reversal", amount=-earning.amount,
        status=earning.status, settle_at=earning.settle_at, created_at=now,
        settled_at=now if earning.status == "settled" else None)
    db.session.add(reversal)
    db.session.flush()
    record_event("commission", rep=order.rep, customer_id=order.customer_id,
                 object_type="order", object_id=order.id, at=now,
                 attrs={"amount": reversal.amount, "kind": "reversal",
                        "entry_id": reversal.id})
    return reversal


def settle_due(now: datetime) -> int:
    """Settle every frozen entry whose settle time has come; returns how many."""
    return db.session.execute(
        update(CommissionEntry)
        .where(CommissionEntry.status == "frozen", CommissionEntry.settle_at <= now)
        .values(status="settled", settled_at=now)
    ).rowcount


def summary(user) -> dict:
    """Frozen, settled and total commission the user may see (own, subtree, all)."""
    query = select(
        func.coalesce(func.sum(case((CommissionEntry.status == "frozen",
                                     CommissionEntry.amount), else_=0)), 0),
        func.coalesce(func.sum(case((CommissionEntry.status == "settled",
                                     CommissionEntry.amount), else_=0)), 0),
    )
    frozen, settled = db.session.execute(scoped(query, CommissionEntry, user)).one()
    return {"frozen": int(frozen), "settled": int(settled), "total": int(frozen + settled)}


SETTLEMENT_HEADER = ["员工账号", "员工姓名", "组织", "订单数", "提成收入(元)", "退款冲回(元)",
                     "应发提成(元)"]
DETAIL_HEADER = ["结算时间", "员工账号", "员工姓名", "订单号", "类型", "金额(元)"]


def yuan(fen: int) -> Decimal:
    """Exact yuan: a number in Excel (so the sheet adds up), "12.30" in CSV."""
    return (Decimal(fen) / 100).quantize(Decimal("0.01"))


def settlement_sheets(start: datetime, end: datetime, zone) -> dict[str, list[list]]:
    """The settlement sheet of [start, end): per rep what settled in the period, and the lines."""
    settled_in = (CommissionEntry.status == "settled", CommissionEntry.settled_at >= start,
                  CommissionEntry.settled_at < end)
    earning = func.sum(case((CommissionEntry.kind == "earning", CommissionEntry.amount),
                            else_=0))
    reversal = func.sum(case((CommissionEntry.kind == "reversal", CommissionEntry.amount),
                             else_=0))
    per_rep = db.session.execute(
        select(User.username, User.name, OrgUnit.name,
               func.count(distinct(CommissionEntry.order_id)), earning, reversal)
        .join(User, User.id == CommissionEntry.rep_id).join(OrgUnit, OrgUnit.id == User.org_unit_id)
        .where(*settled_in).group_by(User.username, User.name, OrgUnit.name)
        .order_by(User.username))
    summary_rows = [SETTLEMENT_HEADER]
    for username, name, unit, count, earned, reversed_ in per_rep:
        summary_rows.append([username, name, unit, count, yuan(earned), yuan(reversed_),
                             yuan(earned + reversed_)])
    details = [DETAIL_HEADER]
    for entry, username, name, number in db.session.execute(
            select(CommissionEntry, User.username, User.name, Order.number)
            .join(User, User.id == CommissionEntry.rep_id)
            .join(Order, Order.id == CommissionEntry.order_id)
            .where(*settled_in).order_by(CommissionEntry.settled_at, CommissionEntry.id)):
        details.append([entry.settled_at.astimezone(zone).strftime("%Y-%m-%d %H:%M"), username,
                        name, number, "提成" if entry.kind == "earning" else "退款冲回",
                        yuan(entry.amount)])
    return {"结算汇总": summary_rows, "结算明细": details}
