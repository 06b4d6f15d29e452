"""Group-buy (拼团): HQ's campaigns, the groups customers open from a rep's link, their seats.

A seat is an order. The `group_buy` price adjuster takes it in the order's transaction: the
campaign's stock by a conditional UPDATE (`stock_left >= n`), then the group's seat by another
(`seats_taken < size`, open, not expired), so unpaid members count and a group never holds more
than its size; the N+1th joiner is told the group is full (409 `group_full`) and may open a new
one. A seat comes back when its order is cancelled or expires while the group is open.

A group succeeds once, when every seat is paid before it expires: the receiver of `order_paid`
counts the payment and moves the group by a conditional UPDATE on its state, which the expiry
job's UPDATE races for (one wins). Until then the rep cannot complete a member's order (the
adjuster's `hold`). At expiry the `groups_expire` job succeeds a group with enough seats paid
when the campaign allows 模拟成团, and otherwise fails it: every member's order is cancelled or
refunded through shop's transitions (stock, coupons and seats come back), the rep is notified
and each member sees the news on 我的拼团.

Rows are locked in one order everywhere, so PostgreSQL never meets a deadlock: a member's
order, then the product, then the group, then a coupon (a cancel, an expiry, the job), or the
customer, the product, the group, a coupon (an order being placed).
"""

from datetime import datetime, timedelta

from flask import current_app
from marshmallow import Schema, fields, validate
from marshmallow import ValidationError as SchemaError
from sqlalchemy import func, select, update

from app.core.access import ROLE_HQ, require_role
from app.core.api import MAX_BIG_ID
from app.core.db import check_name_free, lock_for_update, utcnow
from app.core.errors import Conflict, NotFound, ValidationError
from app.core.events import declare_metric, event_recorded, record_event, register_metrics
from app.core.notifications import notify
from app.extensions import db
from app.marketing.models import SEATED, BuyGroup, GroupBuy, GroupMember, GroupTransition
from app.marketing.services import audience
from app.org.models import User
from app.shop import pricing, shareables
from app.shop.models import Order, Product
from app.shop.services import orders as shop_orders

declare_metric("groupbuy_join", "参团")
declare_metric("group_open", "开团")
declare_metric("group_success", "成团")
declare_metric("group_fail", "拼团失败")
register_metrics("groupbuy_join", lambda event: {
    "groupbuy_join": 1, "group_open": 1 if event.attrs.get("leader") else 0})

FIXED_ONCE_OPENED = ("product_id", "group_size")


# --- campaigns -------------------------------------------------------------------------------

def _check(values: dict, campaign: GroupBuy | None = None) -> None:
    check_name_free(GroupBuy, values["name"], campaign.id if campaign else None)
    product = db.session.get(Product, values["product_id"])
    if product is None:
        raise ValidationError(fields={"product_id": ["商品不存在"]})
    errors = {}
    if values["group_price"] >= product.price:
        errors["group_price"] = [f"拼团价须低于售价 ¥{product.price / 100:.2f}"]
    if values["starts_at"] >= values["ends_at"]:
        errors["ends_at"] = ["结束时间须晚于开始时间"]
    if errors:
        raise ValidationError(fields=errors)


def create_campaign(actor, values: dict) -> GroupBuy:
    require_role(actor, [ROLE_HQ])
    unit_ids = values.pop("org_unit_ids", [])
    _check(values)
    campaign = GroupBuy(**values, stock_left=values.get("stock"), created_by_id=actor.id)
    db.session.add(campaign)
    db.session.flush()
    audience.set_audience(actor, campaign, unit_ids)
    return campaign


def update_campaign(actor, campaign: GroupBuy, changes: dict) -> GroupBuy:
    """Change a campaign; its product and group size stay once a group is open (409), and a
    new stock is what is left from now on, never less than nothing."""
    require_role(actor, [ROLE_HQ])
    unit_ids = changes.pop("org_unit_ids", None)
    opened = db.session.scalar(select(BuyGroup.id).where(BuyGroup.campaign_id == campaign.id)
                               .limit(1))
    fixed = [key for key in FIXED_ONCE_OPENED
             if key in changes and changes[key] != getattr(campaign, key)]
    if opened is not None and fixed:
        raise Conflict("已有人开团，不能再改商品和成团人数", code="group_buy_started",
                       fields={key: ["已有人开团，不能修改"] for key in fixed})
    _check({key: getattr(campaign, key)
            for key in ("name", "product_id", "group_price", "starts_at", "ends_at")}
           | changes, campaign)
    if "stock" in changes:
        sold = (campaign.stock or 0) - (campaign.stock_left or 0) if campaign.stock else 0
        changes["stock_left"] = None if changes["stock"] is None else max(
            changes["stock"] - sold, 0)
    for key, value in changes.items():
        setattr(campaign, key, value)
    if unit_ids is not None:
        audience.set_audience(actor, campaign, unit_ids)
    db.session.flush()
    return campaign


def campaign_closed(campaign: GroupBuy, now: datetime) -> str | None:
    if now < campaign.starts_at:
        return "活动尚未开始"
    if now >= campaign.ends_at:
        return "活动已结束"
    return None


def _share_campaign(rep, campaign_id: int | None) -> None:
    campaign = audience.shareable(GroupBuy, rep, campaign_id)
    if now_closed := campaign_closed(campaign, utcnow()):
        raise NotFound(now_closed)


def _share_group(rep, group_id: int | None) -> None:
    group = db.session.get(BuyGroup, group_id) if group_id else None
    if group is None or group.rep_id != rep.id:
        raise NotFound("拼团不存在")


def _poster(campaign: GroupBuy) -> shareables.PosterContent:
    return shareables.PosterContent(
        f"{campaign.group_size}人团 · {campaign.product.name}",
        campaign.description or campaign.product.subtitle or None,
        f"拼团价 ¥{campaign.group_price / 100:.2f}", campaign.product.cover_url)


shareables.register_shareable("group_buy", shareables.Shareable(
    _share_campaign, lambda code, campaign_id: f"/s/{code}/group-buys/{campaign_id}",
    lambda campaign_id: _poster(db.session.get(GroupBuy, campaign_id)),
    titles=shareables.column_titles(GroupBuy.id, GroupBuy.name, "拼团"), label="拼团"))
shareables.register_shareable("group", shareables.Shareable(
    _share_group, lambda code, group_id: f"/s/{code}/groups/{group_id}",
    lambda group_id: _poster(db.session.get(BuyGroup, group_id).campaign),
    titles=shareables.column_titles(BuyGroup.id, GroupBuy.name, "拼团"), label="拼团"))


# --- seats at checkout -----------------------------------------------------------------------

class GroupInputs(Schema):
    """Open a new group of a campaign, or join an open group."""

    campaign_id = fields.Integer(strict=True, validate=validate.Range(min=1, max=2**31 - 1))
    group_id = fields.Integer(strict=True, validate=validate.Range(min=1, max=MAX_BIG_ID))


def _inputs(inputs: dict) -> dict:
    try:
        data = GroupInputs().load(inputs)
    except SchemaError as error:
        raise ValidationError(fields={"promotions": {"group_buy": error.messages}}) from None
    if len(data) != 1:
        raise ValidationError(fields={"promotions": {"group_buy": [
            "开团填 campaign_id，参团填 group_id，二选一"]}})
    return data


def _refuse(code: str, message: str):
    return Conflict(message, code=code, fields={"promotions": {"group_buy": [message]}})


def _has_paid_before(customer_id: int) -> bool:
    return db.session.scalar(select(Order.id).where(
        Order.customer_id == customer_id, Order.status.in_(("paid", "completed"))).limit(1)) \
        is not None


def _take_seat(draft: pricing.Draft, campaign: GroupBuy, group: BuyGroup | None,
               quantity: int, now: datetime) -> tuple[BuyGroup, GroupMember]:
    """The campaign's units, then a seat (a new group when `group` is None); raise Conflict."""
    customer_id, opening = draft.customer.id, group is None
    seated = select(func.count()).select_from(GroupMember).where(
        GroupMember.customer_id == customer_id, GroupMember.campaign_id == campaign.id,
        GroupMember.state.in_(SEATED))  # counted with the customer's row locked by the order
    if group is not None and db.session.scalar(seated.where(GroupMember.group_id == group.id)):
        raise _refuse("group_joined", "您已在这个团里")
    if db.session.scalar(seated) >= campaign.per_customer:
        raise _refuse("group_limit", f"每人限参加 {campaign.per_customer} 个团")
    if group is not None and campaign.new_customers_only and _has_paid_before(customer_id):
        raise _refuse("group_new_only", "本团仅限新客参加")
    taken = db.session.execute(update(GroupBuy).where(
        GroupBuy.id == campaign.id,
        GroupBuy.stock_left.is_(None) | (GroupBuy.stock_left >= quantity))
        .values(stock_left=GroupBuy.stock_left - quantity)).rowcount
    if taken != 1:
        raise _refuse("group_buy_sold_out", "拼团名额已抢完")
    if group is None:
        group = BuyGroup(campaign_id=campaign.id, rep_id=draft.rep.id,
                         org_unit_id=draft.rep.org_unit_id, leader_id=customer_id, state="open",
                         size=campaign.group_size, seats_taken=1, opened_at=now,
                         expires_at=now + timedelta(hours=campaign.fill_hours))
        db.session.add(group)
        db.session.flush()
        db.session.add(GroupTransition(group_id=group.id, to_state="open", reason="开团", at=now))
    else:
        seat = db.session.execute(update(BuyGroup).where(
            BuyGroup.id == group.id, BuyGroup.state == "open", BuyGroup.expires_at > now,
            BuyGroup.seats_taken < BuyGroup.size)
            .values(seats_taken=BuyGroup.seats_taken + 1)).rowcount
        if seat != 1:
            db.session.refresh(group)
            if group.state == "open" and group.expires_at > now:
                raise _refuse("group_full", "这个团已经满了，可以开一个新团")
            raise _refuse("group_closed", "这个团已结束，可以开一个新团")
    member = GroupMember(group_id=group.id, campaign_id=campaign.id, customer_id=customer_id,
                         order_id=draft.order_id, state="held", leader=opening, joined_at=now)
    db.session.add(member)
    db.session.flush()
    return group, member


class GroupBuyAdjuster(pricing.PriceAdjuster):
    """`promotions.group_buy = {"campaign_id": ...}` opens a group, `{"group_id": ...}` joins
    one: the campaign's product at the group price, one seat per order."""

    def adjust(self, draft: pricing.Draft, inputs: dict) -> list[pricing.Discount]:
        if not inputs:
            return []
        data, now = _inputs(inputs), utcnow()
        group = None
        if "group_id" in data:
            group = db.session.get(BuyGroup, data["group_id"])
            if group is None or group.rep_id != draft.rep.id:
                raise NotFound("拼团不存在", fields={"promotions": {"group_buy": ["拼团不存在"]}})
            campaign = group.campaign
        else:
            campaign = db.session.get(GroupBuy, data["campaign_id"])
            if (campaign is None or not campaign.enabled or db.session.scalar(
                    select(GroupBuy.id).where(GroupBuy.id == campaign.id,
                                              GroupBuy.scope_clause(draft.rep))) is None):
                raise NotFound("拼团活动不存在",
                               fields={"promotions": {"group_buy": ["拼团活动不存在"]}})
            if closed := campaign_closed(campaign, now):
                raise _refuse("group_buy_closed", closed)
        if [line.product.id for line in draft.lines] != [campaign.product_id]:
            raise ValidationError("拼团订单只能购买拼团商品",
                                  fields={"items": ["只能购买拼团商品"]})
        line = draft.lines[0]
        group, member = _take_seat(draft, campaign, group, line.quantity, now)
        record_event("groupbuy_join", rep=draft.rep, customer_id=draft.customer.id,
                     object_type="group_member", object_id=member.id, at=now,
                     attrs={"group_id": group.id, "campaign_id": campaign.id,
                            "leader": member.leader})
        return [pricing.line_price(line, campaign.group_price,
                                   f"拼团价（{campaign.group_size}人团）", ref=str(member.id))]

    def release(self, order: Order, discounts) -> None:
        """The order closed: its seat comes back while the group is open; a refund after the
        group succeeded marks the member refunded (no longer shown as in the group)."""
        member = db.session.scalar(select(GroupMember).where(GroupMember.order_id == order.id))
        if member is None or member.state not in SEATED:
            return
        now, group = utcnow(), member.group
        paid = member.state == "paid"
        if group.state == "open":
            db.session.execute(update(BuyGroup).where(BuyGroup.id == group.id).values(
                seats_taken=BuyGroup.seats_taken - 1,
                seats_paid=BuyGroup.seats_paid - (1 if paid else 0)))
        member.state = "refunded" if group.state == "succeeded" and paid else "left"
        member.left_at = now
        quantity = sum(line.quantity for line in order.lines)
        db.session.execute(update(GroupBuy).where(GroupBuy.id == member.campaign_id,
                                                  GroupBuy.stock_left.is_not(None))
                           .values(stock_left=GroupBuy.stock_left + quantity))
        db.session.flush()

    def hold(self, order: Order, discounts) -> str | None:
        member = db.session.scalar(select(GroupMember).where(GroupMember.order_id == order.id))
        if member is not None and member.group.state != "succeeded":
            return "拼团尚未成团，成团后才能完成订单"
        return None


pricing.register_adjuster("group_buy", GroupBuyAdjuster())


# --- success and failure ---------------------------------------------------------------------

def _close(group: BuyGroup, to_state: str, reason: str, now: datetime,
           virtual: bool = False) -> bool:
    """Move an open group to succeeded or failed, once: True for the caller whose UPDATE won."""
    moved = db.session.execute(update(BuyGroup).where(
        BuyGroup.id == group.id, BuyGroup.state == "open")
        .values(state=to_state, closed_at=now, virtual=virtual)).rowcount
    if moved != 1:
        return False
    db.session.refresh(group)
    db.session.add(GroupTransition(group_id=group.id, from_state="open", to_state=to_state,
                                   reason=reason, at=now))
    db.session.execute(update(GroupMember).where(GroupMember.group_id == group.id)
                       .values(seen_at=None))  # news for every member's 我的拼团
    rep = db.session.get(User, group.rep_id)
    campaign = group.campaign
    record_event(f"group_{'success' if to_state == 'succeeded' else 'fail'}", rep=rep,
                 object_type="buy_group", object_id=group.id,
                 at=now, attrs={"campaign_id": campaign.id, "virtual": virtual})
    title = (f"拼团成功：{campaign.name}" if to_state == "succeeded"
             else f"拼团失败：{campaign.name}")
    notify(rep, f"group_{to_state}", title, reason, f"/rep/groups/{group.id}")
    db.session.flush()
    return True


@event_recorded.connect
def on_order_paid(event) -> None:
    """Count a member's payment; the last seat paid in time succeeds the group."""
    if event.verb != "order_paid":
        return
    member = db.session.scalar(select(GroupMember).where(GroupMember.order_id == event.object_id))
    if member is None:
        return
    if db.session.execute(update(GroupMember).where(
            GroupMember.id == member.id, GroupMember.state == "held")
            .values(state="paid")).rowcount != 1:
        return
    group = member.group
    db.session.execute(update(BuyGroup).where(BuyGroup.id == group.id)
                       .values(seats_paid=BuyGroup.seats_paid + 1))
    db.session.refresh(group)
    now = event.occurred_at
    if group.state == "open" and group.seats_paid >= group.size and group.expires_at > now:
        _close(group, "succeeded", f"{group.size} 人已付款，拼团成功", now)


def expire_due(now: datetime) -> dict:
    """Close the open groups past their time, oldest first, at most GROUP_EXPIRE_BATCH a run:
    模拟成团 where the campaign allows and enough seats are paid, else failed with every
    member's order cancelled or refunded. A group closed meanwhile is left alone."""
    due = list(db.session.scalars(
        select(BuyGroup.id).where(BuyGroup.state == "open", BuyGroup.expires_at <= now)
        .order_by(BuyGroup.expires_at, BuyGroup.id)
        .limit(current_app.config["GROUP_EXPIRE_BATCH"])))
    closed = {"succeeded": 0, "failed": 0}
    for group_id in due:
        state = _expire(group_id, now)
        if state:
            closed[state] += 1
    return closed


def _expire(group_id: int, now: datetime) -> str | None:
    member_orders = sorted(db.session.scalars(select(GroupMember.order_id).where(
        GroupMember.group_id == group_id, GroupMember.state.in_(SEATED))))
    for order_id in member_orders:  # the lock order of a cancel: orders, product, group
        lock_for_update(db.session, Order, order_id)
    group = db.session.get(BuyGroup, group_id)
    lock_for_update(db.session, Product, group.campaign.product_id)
    db.session.refresh(group)
    if group.state != "open":
        return None
    campaign = group.campaign
    pct = campaign.virtual_success_pct
    if pct and group.seats_paid * 100 >= pct * group.size:
        reason = f"{group.seats_paid}/{group.size} 人已付款，按模拟成团规则成团"
        return "succeeded" if _close(group, "succeeded", reason, now, virtual=True) else None
    hours = campaign.fill_hours
    if not _close(group, "failed", f"{hours} 小时内未凑满 {group.size} 人", now):
        return None
    for member in db.session.scalars(select(GroupMember).where(
            GroupMember.group_id == group.id, GroupMember.state.in_(SEATED))
            .order_by(GroupMember.order_id)):
        order = db.session.get(Order, member.order_id)
        if order.status == "pending":
            shop_orders.transition(order, "cancel", shop_orders.SYSTEM,
                                   reason="拼团失败，订单已取消")
        elif order.status in ("paid", "completed"):
            shop_orders.transition(order, "refund", shop_orders.SYSTEM,
                                   reason="拼团失败，已全额退款")
    return "failed"


def group_in_shop(rep, group_id: int) -> BuyGroup:
    """A group of this rep's shop, or 404 (the public group page)."""
    group = db.session.get(BuyGroup, group_id)
    if group is None or group.rep_id != rep.id:
        raise NotFound("拼团不存在")
    return group


def customer_groups(rep, customer) -> list[GroupMember]:
    """The customer's seats in this shop's groups, newest first."""
    if customer is None:
        return []
    return list(db.session.scalars(
        select(GroupMember).join(BuyGroup, BuyGroup.id == GroupMember.group_id)
        .where(GroupMember.customer_id == customer.id, BuyGroup.rep_id == rep.id)
        .order_by(GroupMember.id.desc()).limit(100)))


def mark_seen(rep, customer) -> None:
    if customer is None:
        return
    db.session.execute(update(GroupMember).where(
        GroupMember.customer_id == customer.id, GroupMember.seen_at.is_(None),
        GroupMember.group_id.in_(select(BuyGroup.id).where(BuyGroup.rep_id == rep.id)))
        .values(seen_at=utcnow()))
