"""The demo's shop: the catalog with drawn images, every rep's shop and shelf, and weeks of
shares, visits, customers, orders and commission, written in bulk and counted like live ones."""

import random
import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import func, select, update

from app.core.company import company_zone, get_company
from app.core.db import day_bounds, local_day, utcnow
from app.core.models import ActivityEvent
from app.core.storage import get_storage
from app.customers.models import Customer
from app.extensions import db
from app.org.models import User
from app.seed.catalog import CATEGORIES, PRODUCTS
from app.seed.images import draw_avatar, draw_product_image
from app.shop.models import (
    Category,
    CommissionEntry,
    Order,
    OrderLine,
    OrderTransition,
    Product,
    ShareToken,
    ShelfItem,
    ShelfPin,
    ShopProfile,
    VisitorDay,
)
from app.shop.services.commission import line_commission

IMAGES_VERSION = 1  # bump when app.seed.images draws differently
GALLERY = 3
GREETINGS = ["欢迎光临！新品到店，有问题随时问我。",
             "您好，我是您的专属顾问，购机、换新、售后都可以找我。",
             "感谢关注，本周有以旧换新补贴，欢迎咨询～",
             "专业选购建议，门店自提或送货上门都方便。"]
CHANNELS = ["wechat", "wechat", "moments", "poster", "link"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕"
ADDRESSES = ["上海市浦东新区张杨路 500 号", "杭州市西湖区文三路 90 号",
             "广州市天河区体育西路 123 号", "深圳市南山区科技园南路 8 号",
             "上海市徐汇区漕溪北路 88 号"]


def demo_image(name: str, draw, *args) -> str:
    """Store draw(*args) under a fixed name, drawing it only if it is not stored yet."""
    key = f"demo/v{IMAGES_VERSION}/{name}"
    storage = get_storage()
    if storage.open(key) is None:
        return storage.save(draw(*args), key)
    return "/media/" + key


def add_catalog() -> list[Product]:
    categories = {}
    for spec in CATEGORIES:
        categories[spec["key"]] = Category(name=spec["name"], sort_order=spec["sort_order"])
    db.session.add_all(categories.values())
    products = []
    for order, spec in enumerate(PRODUCTS):
        art = spec["art"]
        cover = demo_image(f"{spec['key']}-0.jpg", draw_product_image, art, 800, 0)
        gallery = [demo_image(f"{spec['key']}-{v}.jpg", draw_product_image, art, 800, v)
                   for v in range(1, GALLERY + 1)]
        products.append(Product(
            category=categories[spec["category"]], name=spec["name"], subtitle=spec["subtitle"],
            cover_url=cover, gallery=gallery, detail=spec["detail"], price=spec["price"],
            list_price=spec["list_price"], stock=spec["stock"], on_sale=True,
            commission_rate_bps=spec["commission_rate_bps"], tags=spec["tags"],
            sort_order=order))
    db.session.add_all(products)
    db.session.flush()
    return products


def add_shops(reps: list[User], products: list[Product], hq_unit_id: int,
              rng: random.Random) -> dict[int, list[Product]]:
    """A profile and a shelf for every rep; HQ pins the flagship onto every shelf."""
    featured = [p for p, spec in zip(products, PRODUCTS, strict=True) if spec["featured"]]
    flagship = featured[0]
    db.session.add(ShelfPin(product_id=flagship.id, org_unit_id=hq_unit_id, featured=True))
    shelves = {}
    for number, rep in enumerate(reps):
        avatar = demo_image(f"avatar-{number % 12}.png", draw_avatar, number % 12)
        db.session.add(ShopProfile(rep_id=rep.id, display_name=f"{rep.name}的微店",
                                   avatar_url=avatar, greeting=rng.choice(GREETINGS),
                                   phone=rep.phone, version=1))
        picks = rng.sample([p for p in products if p is not flagship], rng.randint(10, 16))
        candidates = [p for p in picks if p in featured] or picks
        stars = {p.id for p in rng.sample(candidates, min(2, len(candidates)))}
        for position, product in enumerate(picks, start=1):
            db.session.add(ShelfItem(rep_id=rep.id, product_id=product.id, position=position,
                                     featured=product.id in stars))
        shelves[rep.id] = [flagship, *picks]
    db.session.flush()
    return shelves


@dataclass
class History:
    """Rows of the demo's past, gathered to be written in bulk."""

    events: list[dict] = field(default_factory=list)
    days: set = field(default_factory=set)

    def event(self, verb: str, rep: User, at: datetime, zone, **values) -> None:
        day = local_day(at, zone)
        self.days.add(day)
        self.events.append({"verb": verb, "occurred_at": at, "day": day, "rep_id": rep.id,
                            "actor_id": values.pop("actor_id", None),
                            "org_unit_id": rep.org_unit_id, "customer_id": None,
                            "object_type": None, "object_id": None, "attrs": {}, **values})


def add_shop_history(reps: list[User], shelves: dict[int, list[Product]], days: int,
                     rng: random.Random) -> set:
    """Weeks of shares, visits and orders per rep; returns the local days it touched."""
    zone = company_zone()
    now = utcnow()
    today = local_day(now, zone)
    settle_days = get_company().commission_settle_days
    history = History()
    for rep in reps:
        customers: list[Customer] = []
        diligence = rng.uniform(0.3, 1.0)
        shelf = shelves[rep.id]
        for back in range(days, -1, -1):
            day = today - timedelta(days=back)
            start, end = day_bounds(day, zone)
            span = (min(end, now) - start).total_seconds()

            def moment(start=start, span=span):
                return start + timedelta(seconds=rng.uniform(0, span))

            shares = []
            for _ in range(round(rng.randint(0, 4) * diligence)):
                product = rng.choice(shelf) if rng.random() < 0.7 else None
                share = ShareToken(token=secrets.token_urlsafe(9), rep_id=rep.id,
                                   object_type="product" if product else "shop",
                                   object_id=product.id if product else None,
                                   channel=rng.choice(CHANNELS), created_at=moment())
                db.session.add(share)
                shares.append(share)
            db.session.flush()
            for share in shares:
                history.event("share", rep, share.created_at, zone, actor_id=rep.id,
                              object_type=share.object_type, object_id=share.object_id,
                              attrs={"share_id": share.id, "channel": share.channel})
            seen_today = set()
            for _ in range(round(rng.randint(0, 14) * diligence)):
                at = moment()
                share = rng.choice(shares) if shares and rng.random() < 0.7 else None
                new = not customers or rng.random() < 0.45
                if new:
                    customer = Customer(rep_id=rep.id, anon_id=secrets.token_urlsafe(16),
                                        source_share_id=share.id if share else None,
                                        first_visit_at=at, last_visit_at=at, visit_count=0,
                                        created_at=at, updated_at=at)
                    db.session.add(customer)
                    db.session.flush()
                    customers.append(customer)
                    history.event("visitor_new", rep, at, zone, customer_id=customer.id,
                                  object_type="customer", object_id=customer.id)
                else:
                    customer = rng.choice(customers)
                customer.visit_count += 1
                customer.last_visit_at = max(customer.last_visit_at, at)
                product = rng.choice(shelf) if rng.random() < 0.6 else None
                first_today = customer.id not in seen_today
                if first_today:
                    seen_today.add(customer.id)
                    db.session.add(VisitorDay(day=day, rep_id=rep.id, customer_id=customer.id))
                history.event("visit", rep, at, zone, customer_id=customer.id,
                              object_type="product" if product else "shop",
                              object_id=product.id if product else None,
                              attrs={"share_id": share.id if share else None,
                                     "referrer_id": None, "channel": share.channel if share
                                     else None, "first_today": first_today, "new": new})
                if product is not None and rng.random() < 0.12:
                    add_order(rep, customer, product, at, now, settle_days, rng, history, zone)
    db.session.flush()
    rows = history.events
    for start in range(0, len(rows), 2000):
        db.session.execute(ActivityEvent.__table__.insert(), rows[start:start + 2000])
    return history.days


def add_order(rep: User, customer: Customer, product: Product, at: datetime, now: datetime,
              settle_days: int, rng: random.Random, history: History, zone) -> None:
    """An order at `at`, moved on as far as its age allows, with its events and commission."""
    quantity = 1 if product.price > 100000 else rng.randint(1, 3)
    rate = product.commission_rate_bps if product.commission_rate_bps is not None else \
        get_company().commission_rate_bps
    amount = product.price * quantity
    order = Order(number=local_day(at, zone).strftime("%Y%m%d") + f"{rng.randrange(10**10):010d}",
                  rep_id=rep.id, customer_id=customer.id, status="pending",
                  subtotal_amount=amount, total_amount=amount, item_count=quantity,
                  hold_until=at + timedelta(hours=get_company().order_hold_hours),
                  contact_name=customer.name or rng.choice(SURNAMES) + rng.choice(["先生", "女士"]),
                  contact_phone=f"139{rng.randrange(10**8):08d}",
                  fulfilment=rng.choice(["delivery", "pickup"]), placed_at=at,
                  created_at=at, updated_at=at)
    order.address = rng.choice(ADDRESSES) if order.fulfilment == "delivery" else ""
    order.lines.append(OrderLine(product_id=product.id, product_name=product.name,
                                 cover_url=product.cover_url, unit_price=product.price,
                                 quantity=quantity, amount=amount, net_amount=amount,
                                 commission_rate_bps=rate))
    order.transitions.append(OrderTransition(to_status="pending", actor_kind="customer", at=at))
    db.session.add(order)
    if product.stock is not None:
        product.stock = max(product.stock - quantity, 5)
    product.sold += quantity
    if customer.status != "customer":
        customer.status, customer.name = "customer", order.contact_name
        customer.phone, customer.converted_at = order.contact_phone, at
        history.event("customer_new", rep, at, zone, customer_id=customer.id,
                      object_type="customer", object_id=customer.id, attrs={"via": "order"})
    db.session.flush()
    history.event("order", rep, at, zone, customer_id=customer.id, object_type="order",
                  object_id=order.id, attrs={"amount": amount})
    age = (now - at).days
    roll = rng.random()
    if age < 1 and roll < 0.5:
        return
    if roll < 0.08:  # the customer changed their mind
        step(order, "cancelled", "closed_at", at + timedelta(hours=2), rep, history, zone)
        return
    paid_at = at + timedelta(hours=rng.randint(1, 6))
    if paid_at > now:
        return
    order.paid_amount = amount
    step(order, "paid", "paid_at", paid_at, rep, history, zone,
         {"amount": amount, "paid_amount": amount})
    done_at = paid_at + timedelta(days=rng.randint(1, 3))
    if done_at > now:
        return
    step(order, "completed", "completed_at", done_at, rep, history, zone)
    earned = line_commission(amount, rate)
    settle_at = done_at + timedelta(days=settle_days)
    settled = settle_at <= now
    entry = CommissionEntry(rep_id=rep.id, order_id=order.id, kind="earning", amount=earned,
                            status="settled" if settled else "frozen", settle_at=settle_at,
                            settled_at=settle_at if settled else None, created_at=done_at)
    db.session.add(entry)
    db.session.flush()
    history.event("commission", rep, done_at, zone, customer_id=customer.id,
                  object_type="order", object_id=order.id,
                  attrs={"amount": earned, "kind": "earning", "entry_id": entry.id})


def step(order: Order, status: str, stamp: str, at: datetime, rep: User, history: History,
         zone, attrs: dict | None = None) -> None:
    order.transitions.append(OrderTransition(from_status=order.status, to_status=status,
                                             actor_id=rep.id, actor_kind="user", at=at))
    order.status = status
    setattr(order, stamp, at)
    history.event(f"order_{status}", rep, at, zone, actor_id=rep.id,
                  customer_id=order.customer_id, object_type="order", object_id=order.id,
                  attrs={"amount": order.total_amount, "paid_amount": order.paid_amount,
                         **(attrs or {})})


def set_stages() -> None:
    """Put the demo's customers at the stage their history earned, in a few UPDATEs (the live
    rules run on events, which the bulk history does not send)."""
    paid = (select(func.count()).where(Order.customer_id == Customer.id,
                                       Order.status.in_(("paid", "completed")))
            .scalar_subquery())
    for stage, condition in (("reached", Customer.status == "customer"),
                             ("interested", Customer.visit_count >= 3),
                             ("deal", paid >= 1), ("repeat", paid >= 2)):
        db.session.execute(update(Customer).where(condition)
                           .values(stage=stage, stage_changed_at=Customer.last_visit_at)
                           .execution_options(synchronize_session=False))


def seed_shop(reps: list[User], hq_unit_id: int, days: int, rng: random.Random) -> set:
    """The whole demo shop; returns the local days whose counters need rebuilding."""
    products = add_catalog()
    shelves = add_shops(reps, products, hq_unit_id, rng)
    days_touched = add_shop_history(reps, shelves, days, rng)
    set_stages()
    return days_touched
