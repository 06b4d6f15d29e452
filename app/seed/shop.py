"""The demo's shop: HQ's catalog with drawn images, every rep's shop and shelf, and weeks of
shares, visits, orders and their steps played through the shop's services (app.seed.timeline),
so stock, commission, stages, tags and counters follow from them as they would live."""

import random
from dataclasses import dataclass, field
from datetime import timedelta

from sqlalchemy import func, select

from app.clients import services as clients
from app.clients.models import Tag
from app.core.db import utcnow
from app.core.errors import Conflict
from app.core.storage import get_storage
from app.customers.models import Customer
from app.customers.services import new_anon_id
from app.extensions import db
from app.org.models import OrgUnit, User
from app.seed.catalog import CATEGORIES, PRODUCTS
from app.seed.images import draw_avatar, draw_product_image
from app.seed.timeline import BROWSE_HOURS, WORK_HOURS, Timeline
from app.shop.models import Order, Product, ShareToken
from app.shop.services import catalog, orders, shelves, visits

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
RECENT_SHARES = 8  # the links of a rep still going round
FIRST_ORDER_TAG = "首单"


def demo_image(name: str, draw, *args) -> str:
    """Store draw(*args) under a fixed name, drawing it only if it is not stored yet."""
    key = f"demo/v{IMAGES_VERSION}/{name}"
    storage = get_storage()
    if storage.open(key) is None:
        return storage.save(draw(*args), key)
    return "/media/" + key


def add_catalog(admin: User, hq: OrgUnit) -> list[Product]:
    """HQ's categories and products, and the flagship pinned onto every shelf."""
    categories = {spec["key"]: catalog.create_category(admin, spec["name"], spec["sort_order"])
                  for spec in CATEGORIES}
    products = []
    for order, spec in enumerate(PRODUCTS):
        art = spec["art"]
        cover = demo_image(f"{spec['key']}-0.jpg", draw_product_image, art, 800, 0)
        gallery = [demo_image(f"{spec['key']}-{v}.jpg", draw_product_image, art, 800, v)
                   for v in range(1, GALLERY + 1)]
        products.append(catalog.create_product(
            admin, category_id=categories[spec["category"]].id, name=spec["name"],
            subtitle=spec["subtitle"], cover_url=cover, gallery=gallery, detail=spec["detail"],
            price=spec["price"], list_price=spec["list_price"], stock=spec["stock"],
            on_sale=True, commission_rate_bps=spec["commission_rate_bps"], tags=spec["tags"],
            sort_order=order))
    flagship = next(p for p, spec in zip(products, PRODUCTS, strict=True) if spec["featured"])
    catalog.pin_product(admin, flagship, hq, featured=True)
    return products


@dataclass
class RepShop:
    """One rep's shop as the demo plays it: what they show and share, and who came."""

    rep: User
    diligence: float  # 0.3 (quiet) .. 1.0 (busy)
    shelf: list[Product]
    shares: list[ShareToken] = field(default_factory=list)
    visitors: list[tuple[int, str]] = field(default_factory=list)  # (customer id, anon id)
    forwards: dict[int, str] = field(default_factory=dict)  # customer id -> their link
    buyers: list[int] = field(default_factory=list)  # customers who paid: they bring friends


def open_shops(reps: list[User], products: list[Product], rng: random.Random) -> list[RepShop]:
    """A profile and a shelf for every rep, through the shelf services."""
    featured = [p for p, spec in zip(products, PRODUCTS, strict=True) if spec["featured"]]
    flagship = featured[0]
    shops = []
    for number, rep in enumerate(reps):
        avatar = demo_image(f"avatar-{number % 12}.png", draw_avatar, number % 12)
        shelves.update_profile(rep, {"display_name": f"{rep.name}的微店", "avatar_url": avatar,
                                     "greeting": rng.choice(GREETINGS), "phone": rep.phone})
        picks = rng.sample([p for p in products if p is not flagship], rng.randint(10, 16))
        candidates = [p for p in picks if p in featured] or picks
        stars = {p.id for p in rng.sample(candidates, min(2, len(candidates)))}
        for product in picks:
            shelves.add_to_shelf(rep, product.id, featured=product.id in stars)
        shops.append(RepShop(rep, rng.uniform(0.3, 1.0), [flagship, *picks]))
    return shops


def plan_shop(timeline: Timeline, shops: list[RepShop]) -> None:
    """Every rep's shares and every visit of their links, day by day."""
    rng = timeline.rng
    for day in timeline.days():
        for shop in shops:
            for moment in timeline.moments(day, round(rng.randint(0, 4) * shop.diligence),
                                           WORK_HOURS):
                timeline.at(moment, share, timeline, shop)
            for moment in timeline.moments(day, round(rng.randint(0, 11) * shop.diligence),
                                           BROWSE_HOURS):
                timeline.at(moment, visit, timeline, shop)


def share(timeline: Timeline, shop: RepShop) -> None:
    rng = timeline.rng
    product = rng.choice(shop.shelf) if rng.random() < 0.7 else None
    made = visits.create_share(shop.rep, "product" if product else "shop",
                               product.id if product else None, rng.choice(CHANNELS))
    shop.shares = [*shop.shares[-(RECENT_SHARES - 1):], made]


def visit(timeline: Timeline, shop: RepShop) -> None:
    """Someone opens one of the rep's links: a returning visitor, a friend a buyer sent, or a
    new visitor; now and then they order what they look at."""
    rng = timeline.rng
    roll = rng.random()
    link = rng.choice(shop.shares).token if shop.shares and rng.random() < 0.7 else None
    if shop.visitors and roll >= 0.45:
        _, anon_id = rng.choice(shop.visitors)
    else:
        anon_id = new_anon_id()
        if shop.buyers and roll < 0.08:
            link = shop.forwards[rng.choice(shop.buyers)]
    product = rng.choice(shop.shelf) if rng.random() < 0.6 else None
    seen = visits.record_visit(shop.rep, anon_id=anon_id, token=link,
                               object_type="product" if product else "shop",
                               object_id=product.id if product else None)
    if seen.new_visitor:
        shop.visitors.append((seen.customer.id, anon_id))
    shop.forwards[seen.customer.id] = seen.forward.token
    if product is not None and rng.random() < 0.12:
        timeline.at(utcnow() + timedelta(minutes=rng.randint(2, 30)), place_order, timeline,
                    shop, seen.customer.id, product.id, link)


def place_order(timeline: Timeline, shop: RepShop, customer_id: int, product_id: int,
                link: str | None) -> None:
    """The customer orders; most pay the rep within hours, a few change their mind, and an
    order of the last day may still wait for payment."""
    rng = timeline.rng
    customer, product = db.session.get(Customer, customer_id), db.session.get(Product, product_id)
    fulfilment = rng.choice(["delivery", "pickup"])
    try:
        order = orders.place_order(
            shop.rep, customer,
            items=[{"product_id": product.id,
                    "quantity": 1 if product.price > 100000 else rng.randint(1, 3)}],
            contact_name=customer.name or rng.choice(SURNAMES) + rng.choice(["先生", "女士"]),
            contact_phone=customer.phone or f"139{rng.randrange(10**8):08d}",
            fulfilment=fulfilment,
            address=rng.choice(ADDRESSES) if fulfilment == "delivery" else "",
            share=visits.token_of(shop.rep, link))
    except Conflict:
        return  # sold out: the customer leaves
    now, roll = utcnow(), rng.random()
    if timeline.now - now < timedelta(days=1) and roll < 0.5:
        return
    if roll < 0.08:
        timeline.at(now + timedelta(hours=2), move, timeline, shop, order.id, "cancel")
    else:
        timeline.at(now + timedelta(hours=rng.randint(1, 6)), move, timeline, shop, order.id,
                    "pay")


def move(timeline: Timeline, shop: RepShop, order_id: int, action: str) -> None:
    """One step of an order (the customer cancels, the rep does the rest), and the next."""
    rng, now = timeline.rng, utcnow()
    order = db.session.get(Order, order_id)
    if action == "cancel":
        orders.transition(order, "cancel", None, reason="顾客取消")
        return
    orders.transition(order, action, shop.rep)
    if action == "pay":
        if order.customer_id not in shop.buyers:
            shop.buyers.append(order.customer_id)
            if rng.random() < 0.6:
                timeline.at(now + timedelta(hours=rng.randint(1, 4)), tag_first_order, shop,
                            order.customer_id)
        timeline.at(now + timedelta(days=rng.randint(1, 3)), move, timeline, shop, order_id,
                    "complete")
    elif action == "complete" and rng.random() < 0.03:
        timeline.at(now + timedelta(days=rng.randint(1, 5)), move, timeline, shop, order_id,
                    "refund")


def tag_first_order(shop: RepShop, customer_id: int) -> None:
    """The rep marks a first purchase (the strategy library has advice for 首单)."""
    tag = db.session.scalar(select(Tag).where(Tag.name == FIRST_ORDER_TAG).limit(1))
    paid = db.session.scalar(select(func.count()).where(
        Order.customer_id == customer_id, Order.status.in_(("paid", "completed"))))
    if tag is not None and paid == 1:
        clients.add_tag(shop.rep, db.session.get(Customer, customer_id), tag)
