"""Orders: placed by a customer in a rep's shop, moved through their states by the rep or HQ.

Stock is taken in the same transaction as the order by a conditional UPDATE, so concurrent
orders can never sell more than there is; cancelling or refunding gives it back. Every state
change is a conditional UPDATE on the current state too: of two racing changes one wins, the
other answers 409.
"""

import secrets
from datetime import datetime

from flask import current_app
from sqlalchemy import select, update

from app.core.access import ROLE_HQ, ROLE_REP, require_role
from app.core.company import company_zone
from app.core.db import local_day, utcnow
from app.core.errors import Conflict, NotFound, ValidationError
from app.core.events import declare_metric, record_event, register_metrics
from app.core.notifications import notify
from app.customers import services as customers
from app.customers.models import Customer
from app.extensions import db
from app.shop.models import Order, OrderLine, OrderTransition, Product, ShareToken
from app.shop.payments import payment_provider
from app.shop.services import commission
from app.shop.services.catalog import bump_content_version, commission_rate_of
from app.shop.services.visits import referrer_of

STATUS_LABELS = {"pending": "待付款", "paid": "已付款", "completed": "已完成",
                 "cancelled": "已取消", "refunded": "已退款"}
# action -> (states it may start from, state it leads to, Chinese verb)
TRANSITIONS = {
    "pay": (("pending",), "paid", "确认收款"),
    "complete": (("paid",), "completed", "完成"),
    "cancel": (("pending",), "cancelled", "取消"),
    "refund": (("paid", "completed"), "refunded", "退款"),
}
TIMESTAMP_OF = {"paid": "paid_at", "completed": "completed_at", "cancelled": "closed_at",
                "refunded": "closed_at"}

declare_metric("order", "订单")
declare_metric("order_paid", "付款订单")
declare_metric("order_completed", "完成订单")
declare_metric("order_cancelled", "取消订单")
declare_metric("order_refunded", "退款订单")
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


def _take_stock(product_id: int, quantity: int) -> None:
    """Raise Conflict unless the product is on sale with `quantity` in stock, then take it."""
    taken = db.session.execute(
        update(Product)
        .where(Product.id == product_id, Product.on_sale,
               (Product.stock.is_(None)) | (Product.stock >= quantity))
        .values(stock=Product.stock - quantity, sold=Product.sold + quantity)
        .returning(Product.stock)
    ).first()
    if taken is None:
        raise Conflict("库存不足或商品已下架", code="out_of_stock",
                       fields={"items": {str(product_id): ["库存不足"]}})
    if taken.stock == 0:
        bump_content_version()  # now sold out on every shop page


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
                remark: str = "", share: ShareToken | None = None) -> Order:
    """A customer orders from the rep's shop; prices and commission rates are copied now.

    Raise NotFound for a product that does not exist or is off sale, Conflict (409) when a
    product has too little stock; nothing is taken then.
    """
    quantities = _merge_items(items)
    products = {p.id: p for p in db.session.scalars(
        select(Product).where(Product.id.in_(quantities)))}
    missing = [pid for pid in quantities if pid not in products or not products[pid].on_sale]
    if missing:
        raise NotFound("商品不存在或已下架", fields={"items": {str(pid): ["商品不存在或已下架"]
                                                             for pid in missing}})
    if fulfilment == "delivery" and not address:
        raise ValidationError(fields={"address": ["送货上门请填写地址"]})
    # In product id order, so that two orders never wait on each other's rows (deadlock).
    for product_id in sorted(quantities):
        _take_stock(product_id, quantities[product_id])
    now = utcnow()
    order = Order(number=new_order_number(now), rep_id=rep.id, customer_id=customer.id,
                  share_id=share.id if share else None,
                  referrer_id=referrer_of(share, customer) if share else customer.referrer_id,
                  status="pending", contact_name=contact_name, contact_phone=contact_phone,
                  fulfilment=fulfilment, address=address, remark=remark,
                  payment_method=payment_provider().name, placed_at=now,
                  item_count=sum(quantities.values()), total_amount=0)
    for product_id, quantity in quantities.items():
        product = products[product_id]
        order.lines.append(OrderLine(
            product_id=product_id, product_name=product.name, cover_url=product.cover_url,
            unit_price=product.price, quantity=quantity, amount=product.price * quantity,
            commission_rate_bps=commission_rate_of(product)))
    order.total_amount = sum(line.amount for line in order.lines)
    order.transitions.append(OrderTransition(from_status=None, to_status="pending",
                                             actor_kind="customer", at=now))
    db.session.add(order)
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
    """Move an order by `action` (pay, complete, cancel, refund); `actor` None is the customer.

    Raise Conflict when the order's current state does not allow the action.
    """
    allowed_from, to_status, verb = TRANSITIONS[action]
    if actor is not None:
        require_role(actor, [ROLE_REP, ROLE_HQ])
    now = utcnow()
    from_status = order.status
    values = {"status": to_status, TIMESTAMP_OF[to_status]: now}
    if action == "pay":
        values["paid_amount"] = payment_provider(order.payment_method).confirm(
            order, actor, reference)
        values["payment_ref"] = reference
    moved = db.session.execute(
        update(Order).where(Order.id == order.id, Order.status.in_(allowed_from)).values(values)
    ).rowcount
    if moved != 1:
        db.session.refresh(order)
        raise Conflict(f"订单{STATUS_LABELS[order.status]}，不能{verb}",
                       code="illegal_transition")
    db.session.refresh(order)
    order.transitions.append(OrderTransition(
        from_status=from_status, to_status=to_status, actor_id=actor.id if actor else None,
        actor_kind="user" if actor else "customer", reason=reason, at=now))
    rep = order.rep
    event_attrs = {"amount": order.total_amount, "paid_amount": order.paid_amount,
                   "from": from_status}
    if to_status in ("cancelled", "refunded"):
        _return_stock(order)
    if to_status == "completed":
        commission.earn(order, now)
    if to_status == "refunded" and from_status == "completed":
        commission.reverse(order, now)
    if to_status == "paid":
        event_attrs["amount"] = order.paid_amount
    record_event(f"order_{to_status}", actor=actor, rep=rep, customer_id=order.customer_id,
                 object_type="order", object_id=order.id, at=now,
                 attrs={**event_attrs, "reason": reason} if reason else event_attrs)
    if actor is None:
        notify(rep, "order_cancelled", "客户取消了订单",
               f"订单 {order.number} 已被客户取消。", f"/rep/orders/{order.id}")
    db.session.flush()
    return order


def customer_order(rep, customer: Customer | None, order_id: int) -> Order:
    """One of the customer's own orders in this shop, or 404."""
    if customer is None:
        raise NotFound()
    order = db.session.scalar(select(Order).where(Order.id == order_id, Order.rep_id == rep.id,
                                                  Order.customer_id == customer.id))
    if order is None:
        raise NotFound()
    return order
