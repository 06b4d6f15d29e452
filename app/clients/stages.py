"""The seven lifecycle stages: 画像 profiled -> 触达 reached -> 兴趣 interested -> 需求 need ->
成交 deal -> 复购 repeat -> 超级 super.

What a customer does moves them forward, never back: a first contact (a follow-up, being adopted
in the radar), repeated views, claiming a coupon or joining a group-buy (marketing's verbs), a
consultation or booking, a first and a second paid order,
spend or referrals above the thresholds. The rep may set any stage by hand. Every move records
its reason in `StageChange` and is logged as a `stage_change` event of the customer's rep (no
counter), which the interaction audit lists.
"""

from datetime import datetime

from sqlalchemy import case, func, select, update

from app.clients.models import STAGES, StageChange
from app.core.access import ROLE_REP, require_role, scoped
from app.core.company import get_company
from app.core.db import utcnow
from app.core.events import event_recorded, record_event, register_metrics
from app.customers.models import Customer
from app.extensions import db
from app.org.models import User
from app.shop.models import Order

RANK = {stage: rank for rank, stage in enumerate(STAGES)}
PAID = ("paid", "completed")

register_metrics("stage_change", lambda event: {})  # logged for the audit, no figure


def stage_rank(column):
    """A stage column as its rank 0..6, in SQL (an unknown value ranks as 画像)."""
    return case(*[(column == stage, rank) for stage, rank in RANK.items()], else_=0)


def _move(customer_id: int, to_stage: str, reason: str, actor=None,
          at: datetime | None = None, forward_only: bool = True) -> bool:
    """Move the customer's stage (compare-and-set on the current one); True if it moved."""
    row = db.session.execute(select(Customer.stage, Customer.rep_id)
                             .where(Customer.id == customer_id)).one_or_none()
    if row is None:
        return False
    current, rep_id = row
    if current == to_stage or (forward_only and RANK[current] >= RANK[to_stage]):
        return False
    at = at or utcnow()
    moved = db.session.execute(
        update(Customer).where(Customer.id == customer_id, Customer.stage == current)
        .values(stage=to_stage, stage_changed_at=at)
        .execution_options(synchronize_session="fetch")).rowcount
    if moved:
        change = StageChange(customer_id=customer_id, from_stage=current, to_stage=to_stage,
                             reason=reason, actor_id=actor.id if actor else None, at=at)
        db.session.add(change)
        db.session.flush()
        record_event("stage_change", actor=actor, rep=db.session.get(User, rep_id),
                     customer_id=customer_id, object_type="stage_change", object_id=change.id,
                     at=at, attrs={"from": current, "to": to_stage, "reason": reason})
    return bool(moved)


def set_stage(actor, customer: Customer, stage: str, reason: str) -> Customer:
    """The rep sets the stage by hand, in either direction."""
    require_role(actor, [ROLE_REP])
    _move(customer.id, stage, reason, actor=actor, forward_only=False)
    db.session.refresh(customer)
    return customer


def funnel(user) -> list[dict]:
    """Customers the user may see at each stage, and how many of those at a stage got further."""
    counts = dict(db.session.execute(
        scoped(select(Customer.stage, func.count()), Customer, user).group_by(Customer.stage)
    ).all())
    rows, beyond = [], 0
    for stage in reversed(STAGES):
        reached = beyond + counts.get(stage, 0)  # at this stage or past it
        rows.append({"stage": stage, "customers": counts.get(stage, 0), "reached": reached})
        beyond = reached
    rows.reverse()
    for here, after in zip(rows, rows[1:] + [None], strict=True):
        here["conversion"] = (round(after["reached"] / here["reached"], 4)
                              if after and here["reached"] else None)
    return rows


# --- what moves a stage forward --------------------------------------------------------------

def _paid_figures(customer_id: int) -> tuple[int, int]:
    return db.session.execute(
        select(func.count(), func.coalesce(func.sum(Order.paid_amount), 0))
        .where(Order.customer_id == customer_id, Order.status.in_(PAID))).one()


@event_recorded.connect
def on_event(event) -> None:
    """Advance the customer of an event, by the rules in the module docstring."""
    customer_id = event.customer_id
    if customer_id is None:
        return
    verb, at = event.verb, event.occurred_at
    if verb in ("follow_up", "customer_new"):
        _move(customer_id, "reached", "首次联系" if verb == "follow_up" else "转为客户", at=at)
    elif verb == "visit":
        visits = db.session.scalar(select(Customer.visit_count)
                                   .where(Customer.id == customer_id))
        company = get_company()
        if visits >= company.stage_interest_visits:
            _move(customer_id, "interested", f"累计浏览 {visits} 次", at=at)
        referrer = event.attrs.get("referrer_id")
        if referrer and event.attrs.get("new"):
            brought = db.session.scalar(select(func.count())
                                        .where(Customer.referrer_id == referrer))
            if brought >= company.stage_super_referrals:
                _move(referrer, "super", f"推荐了 {brought} 位新客户", at=at)
    elif verb in ("coupon_claim", "groupbuy_join"):  # marketing's plays: a sign of interest
        _move(customer_id, "interested", "领取优惠券" if verb == "coupon_claim" else "参加拼团",
              at=at)
    elif verb in ("consultation", "booking"):
        _move(customer_id, "need", "咨询" if verb == "consultation" else "预约", at=at)
    elif verb == "order_paid":
        orders, spent = _paid_figures(customer_id)
        if spent >= get_company().stage_super_spend:
            _move(customer_id, "super", f"累计消费 ¥{spent / 100:.2f}", at=at)
        elif orders >= 2:
            _move(customer_id, "repeat", f"第 {orders} 笔付款订单", at=at)
        else:
            _move(customer_id, "deal", "首笔付款订单", at=at)
