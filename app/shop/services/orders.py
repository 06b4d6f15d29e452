"""Orders: placed by a customer in a rep's shop, moved through their states by the rep or HQ.

Stock is taken in the same transaction as the order by a conditional UPDATE, so concurrent
orders can never sell more than there is; cancelling, refunding or expiring gives it back. An
unpaid order holds its stock until `hold_until` (the company's `order_hold_hours`), when the
expiry job closes it, and a visitor may have at most the company's `max_open_orders` unpaid
orders open, counted with their customer row locked. Prices run through the adjusters of
app.shop.pricing. Every state change is a conditional UPDATE on the current state too: of two
racing changes one wins, the other answers 409.
"""

import secrets
from datetime import datetime, timedelta

from flask import current_app
from sqlalchemy import func, select, update

from app.core.access import ROLE_HQ, ROLE_REP, require_role
from app.core.company import company_zone, get_company
from app.core.db import local_day, lock_for_update, utcnow
from app.core.errors import Conflict, NotFound, ValidationError
from app.core.events import declare_metric, record_event, register_metrics
from app.core.notifications import notify
from app.customers import services as customers
from app.customers.models import Customer
from app.extensions import db
from app.shop import pricing
from app.shop.models import (
    CLOSED_STATUSES,
    Order,
    OrderLine,
    OrderTransition,
    Product,
    ShareToken,
)
from app.shop.payments import payment_provider
from app.shop.services import commission
from app.shop.services.catalog import bump_content_version, commission_rate_of
from app.shop.services.visits import referrer_of

STATUS_LABELS = {"pending": "待付款", "paid": "已付款", "completed": "已完成",
                 "cancelled": "已取消", "refunded": "已退款", "expired": "超时未付"}
# action -> (states it may start from, state it leads to, Chinese verb)
TRANSITIONS = {
    "pay": (("pending",), "paid", "确认收款"),
    "complete": (("paid",), "completed", "完成"),
    "cancel": (("pending",), "cancelled", "取消"),
    "refund": (("paid", "completed"), "refunded", "退款"),
    "expire": (("pending",), "expired", "超时关闭"),
}
TIMESTAMP_OF = {"paid": "paid_at", "completed": "completed_at", "cancelled": "closed_at",
                "refunded": "closed_at", "expired": "closed_at"}
SYSTEM = "system"  # the actor of what the jobs process does (an unpaid order expiring)

declare_metric("order", "订单")
declare_metric("order_paid", "付款订单")
declare_metric("order_completed", "完成订单")
declare_metric("order_cancelled", "取消订单")
declare_metric("order_refunded", "退款订单")
declare_metric("order_expired", "超时订单")
declare_metric("revenue", "成交额", "fen")
register_metrics("order_paid", lambda e: {"order_paid": 1, "revenue": e.attrs["amount"]})
register_metrics("order_refunded", lambda e: {"order_refunded": 1,
                                              "revenue": -e.attrs.get("paid_amount", 0)})


def new_order_number(now: datetime) -> str:
    return local_day(now, company_zone()).strftime("%Y%m%d") + f"{secrets.randbelow(10**10):010d}"


def _merge_items(items: list[dict]) -> dict[int, int]:
    """{product_id: quantity}, the same product on two lines added up; checks the limits."""
    if not items:
        raise ValidationError("请至少选择一件商品", fields={"items": ["不能为空"]})
    quantities: dict[int, int] = {}
    for item in items:
        quantities[item["product_id"]] = quantities.get(item["product_id"], 0) + item["quantity"]
    max_lines, max_quantity = (current_app.config["ORDER_MAX_LINES"],
                               current_app.config["ORDER_MAX_QUANTITY"])
    if len(quantities) > max_lines:
        raise ValidationError(f"一个订单最多 {max_lines} 种商品", fields={"items": ["商品过多"]})
    if any(q > max_quantity for q in quantities.values()):
        raise ValidationError(f"每种商品最多购买 {max_quantity} 件",
                              fields={"items": ["数量过多"]})
    return quantities


def _check_open_orders(customer: Customer, limit: int) -> None:
    """Raise Conflict when the visitor has `limit` unpaid orders open already.

    Their customer row stays locked until commit, so two orders of one visitor at once are
    counted one after the other.
    """
    lock_for_update(db.session, Customer, customer.id)
    open_orders = db.session.scalar(select(func.count()).select_from(Order).where(
        Order.customer_id == customer.id, Order.status == "pending"))
    if open_orders >= limit:
        raise Conflict(f"您已有 {open_orders} 个待付款订单，请先付款或取消后再下单",
                       code="too_many_open_orders")


def _shortage(product_id: int) -> str:
    """Why a product's stock could not be taken, from its row as it is now."""
    name, stock, on_sale = db.session.execute(
        select(Product.name, Product.stock, Product.on_sale).where(Product.id == product_id)
    ).one()
    if not on_sale:
        return f"「{name}」已下架"
    return f"「{name}」已售罄" if stock == 0 else f"「{name}」库存不足，仅剩 {stock} 件"


def _take_stock(quantities: dict[int, int]) -> None:
    """Take each product's quantity by a conditional UPDATE; raise Conflict naming every
    product that is short and how many are left (the request then rolls back what was taken).

    In product id order, so that two orders never wait on each other's rows (deadlock).
    """
    short: dict[str, list[str]] = {}
    for product_id in sorted(quantities):
        quantity = quantities[product_id]
        taken = db.session.execute(
            update(Product)
            .where(Product.id == product_id, Product.on_sale,
                   (Product.stock.is_(None)) | (Product.stock >= quantity))
            .values(stock=Product.stock - quantity, sold=Product.sold + quantity)
            .returning(Product.stock)
        ).first()
        if taken is None:
            short[str(product_id)] = [_shortage(product_id)]
        elif taken.stock == 0:
            bump_content_version()  # now sold out on every shop page
    if short:
        raise Conflict("；".join(message for [message] in short.values()), code="out_of_stock",
                       fields={"items": short})


def _return_stock(order: Order) -> None:
    for line in sorted(order.lines, key=lambda line: line.product_id):
        returned = db.session.execute(
            update(Product).where(Product.id == line.product_id)
            .values(stock=Product.stock + line.quantity, sold=Product.sold - line.quantity)
            .returning(Product.stock)
        ).first()
        if returned is not None and returned.stock == line.quantity:
            bump_content_version()  # back in stock


def place_order(rep, customer: Customer, *, items: list[dict], contact_name: str,
                contact_phone: str, fulfilment: str = "delivery", address: str = "",
                remark: str = "", share: ShareToken | None = None,
                promotions: dict | None = None) -> Order:
    """A customer orders from the rep's shop; prices and commission rates are copied now, and
    the price adjusters (app.shop.pricing) read their `promotions` inputs.

    Raise NotFound for a product that does not exist or is off sale, Conflict (409) when the
    visitor has too many unpaid orders or a product has too little stock; nothing is taken then.
    """
    quantities = _merge_items(items)
    promotions = promotions or {}
    pricing.check_inputs(promotions)
    products = {p.id: p for p in db.session.scalars(
        select(Product).where(Product.id.in_(quantities)))}
    missing = [pid for pid in quantities if pid not in products or not products[pid].on_sale]
    if missing:
        raise NotFound("商品不存在或已下架", fields={"items": {str(pid): ["商品不存在或已下架"]
                                                             for pid in missing}})
    if fulfilment == "delivery" and not address:
        raise ValidationError(fields={"address": ["送货上门请填写地址"]})
    company = get_company()
    _check_open_orders(customer, company.max_open_orders)
    _take_stock(quantities)
    now = utcnow()
    order = Order(number=new_order_number(now), rep_id=rep.id, customer_id=customer.id,
                  share_id=share.id if share else None,
                  referrer_id=referrer_of(share, customer) if share else customer.referrer_id,
                  status="pending", contact_name=contact_name, contact_phone=contact_phone,
                  fulfilment=fulfilment, address=address, remark=remark,
                  payment_method=payment_provider().name, placed_at=now,
                  hold_until=now + timedelta(hours=company.order_hold_hours),
                  item_count=sum(quantities.values()), total_amount=0)
    for product_id, quantity in quantities.items():
        product = products[product_id]
        order.lines.append(OrderLine(
            product_id=product_id, product_name=product.name, cover_url=product.cover_url,
            unit_price=product.price, quantity=quantity, amount=product.price * quantity,
            commission_rate_bps=commission_rate_of(product)))
    order.transitions.append(OrderTransition(from_status=None, to_status="pending",
                                             actor_kind="customer", at=now))
    db.session.add(order)
    db.session.flush()  # the adjusters may reserve for the order by its id
    draft = pricing.Draft(order.id, rep, customer, [
        pricing.DraftLine(products[pid], quantity, products[pid].price)
        for pid, quantity in quantities.items()])
    pricing.price(draft, promotions)
    pricing.record(order, draft)
    db.session.flush()
    _remember_contact(rep, customer, contact_name, contact_phone)
    record_event("order", rep=rep, customer_id=customer.id, object_type="order",
                 object_id=order.id, at=now, attrs={"amount": order.total_amount})
    notify(rep, "order_new", f"新订单 ¥{order.total_amount / 100:.2f}",
           f"{contact_name} 下单了 {order.item_count} 件商品，请尽快联系确认。",
           f"/rep/orders/{order.id}")
    return order


def _remember_contact(rep, customer: Customer, name: str, phone: str) -> None:
    """An order makes the visitor a customer of the shop, with the name they gave."""
    customer.name = customer.name or name
    customer.phone = customer.phone or phone
    customers.convert(customer, "order", attrs={"shop_rep_id": rep.id})


def transition(order: Order, action: str, actor=None, *, reason: str = "",
               reference: str | None = None) -> Order:
    """Move an order by `action` (pay, complete, cancel, refund, expire); `actor` is a rep or
    HQ user, None for the customer, or SYSTEM for the jobs process.

    Raise Conflict when the order's current state does not allow the action.
    """
    allowed_from, to_status, verb = TRANSITIONS[action]
    user = None if actor in (None, SYSTEM) else actor
    if user is not None:
        require_role(user, [ROLE_REP, ROLE_HQ])
    if action == "complete":
        pricing.check_complete(order)
    now = utcnow()
    from_status = order.status
    values = {"status": to_status, TIMESTAMP_OF[to_status]: now}
    if action == "pay":
        values["paid_amount"] = payment_provider(order.payment_method).confirm(
            order, user, reference)
        values["payment_ref"] = reference
    moved = db.session.execute(
        update(Order).where(Order.id == order.id, Order.status.in_(allowed_from)).values(values)
    ).rowcount
    if moved != 1:
        db.session.refresh(order)
        raise Conflict(f"订单{STATUS_LABELS[order.status]}，不能{verb}",
                       code="illegal_transition")
    db.session.refresh(order)
    kind = "user" if user else SYSTEM if actor == SYSTEM else "customer"
    order.transitions.append(OrderTransition(
        from_status=from_status, to_status=to_status, actor_id=user.id if user else None,
        actor_kind=kind, reason=reason, at=now))
    rep = order.rep
    event_attrs = {"amount": order.total_amount, "paid_amount": order.paid_amount,
                   "from": from_status}
    if to_status in CLOSED_STATUSES:  # only the caller whose UPDATE won gets here: once per order
        _return_stock(order)
        pricing.release(order)
    if to_status == "completed":
        commission.earn(order, now)
    if to_status == "refunded" and from_status == "completed":
        commission.reverse(order, now)
    if to_status == "paid":
        event_attrs["amount"] = order.paid_amount
    record_event(f"order_{to_status}", actor=user, rep=rep, customer_id=order.customer_id,
                 object_type="order", object_id=order.id, at=now,
                 attrs={**event_attrs, "reason": reason} if reason else event_attrs)
    if actor is None:
        notify(rep, "order_cancelled", "客户取消了订单",
               f"订单 {order.number} 已被客户取消。", f"/rep/orders/{order.id}")
    elif actor == SYSTEM and action == "expire":
        notify(rep, "order_expired", "订单超时未付，已自动关闭",
               f"订单 {order.number}：{reason}", f"/rep/orders/{order.id}")
    elif actor == SYSTEM:
        notify(rep, f"order_{to_status}", f"订单已由系统{verb}",
               f"订单 {order.number}：{reason}", f"/rep/orders/{order.id}")
    db.session.flush()
    return order


def expire_due(now: datetime) -> int:
    """Close the unpaid orders whose hold has run out, oldest first, at most
    ORDER_EXPIRE_BATCH a run (the next run takes the rest); returns how many.

    Each goes through transition(), so stock and reservations come back exactly as on a
    cancel, and an order paid or cancelled meanwhile is left alone.
    """
    due = db.session.scalars(
        select(Order).where(Order.status == "pending", Order.hold_until <= now)
        .order_by(Order.hold_until, Order.id).limit(current_app.config["ORDER_EXPIRE_BATCH"]))
    expired = 0
    for order in due.all():
        hours = round((order.hold_until - order.placed_at).total_seconds() / 3600)
        try:
            transition(order, "expire", SYSTEM,
                       reason=f"超过 {hours} 小时未付款，系统已自动关闭订单")
        except Conflict:
            continue  # paid or cancelled since it was read
        expired += 1
    return expired


def customer_order(rep, customer: Customer | None, order_id: int) -> Order:
    """One of the customer's own orders in this shop, or 404."""
    if customer is None:
        raise NotFound()
    order = db.session.scalar(select(Order).where(Order.id == order_id, Order.rep_id == rep.id,
                                                  Order.customer_id == customer.id))
    if order is None:
        raise NotFound()
    return order
