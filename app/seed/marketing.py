"""The demo's toolbox: HQ's coupons and a group-buy, claimed and joined by the first reps'
customers through the live services, so the toolbox, the customer's pages, the timelines and
the counters show them: a group that succeeded and one that waits for its last member."""

from datetime import timedelta

from sqlalchemy import select

from app.core.db import utcnow
from app.customers.models import Customer
from app.extensions import db
from app.marketing.models import GroupMember
from app.marketing.services import coupons, groups
from app.org.models import User
from app.shop.models import Order, Product
from app.shop.services import orders

CONTACT = {"contact_phone": "13600000000", "fulfilment": "pickup"}


def _coupon(admin: User, **values):
    return coupons.create_template(admin, {
        "kind": "threshold", "amount_off": None, "percent_off": None, "max_discount": None,
        "threshold": 0, "scope": "all", "category_ids": [], "product_ids": [], "total": None,
        "per_customer": 1, "claim_from": None, "claim_until": None, "valid_from": None,
        "valid_until": None, "valid_days": 30, "description": "", "org_unit_ids": [],
        "content_kind": "activity", "scene_channel": "online", "scene_frequency": "high",
        "scene_aim": "selling", **values})


def _order(rep: User, customer: Customer, product: Product, promotions: dict) -> Order:
    return orders.place_order(rep, customer, items=[{"product_id": product.id, "quantity": 1}],
                              contact_name=customer.name or "拼团顾客", promotions=promotions,
                              **CONTACT)


def seed_marketing(admin: User, reps: list[User]) -> None:
    now = utcnow()
    welcome = _coupon(admin, name="新客满100减20", amount_off=2000, threshold=10000,
                      description="进店新客专享，全场通用")
    _coupon(admin, name="茶具95折", kind="percent", percent_off=5, max_discount=5000,
            total=500, per_customer=2, content_kind="category", scene_aim="seeding")
    tea = db.session.scalar(select(Product).where(Product.name.contains("龙井")).limit(1))
    campaign = groups.create_campaign(admin, {
        "name": "龙井双人团", "product_id": tea.id, "group_size": 2,
        "group_price": tea.price * 8 // 10, "fill_hours": 24,
        "starts_at": now - timedelta(days=3), "ends_at": now + timedelta(days=30),
        "stock": 200, "per_customer": 2, "new_customers_only": False,
        "virtual_success_pct": None, "description": "两人成团，立享 8 折",
        "org_unit_ids": [], "content_kind": "activity", "scene_channel": "online",
        "scene_frequency": "high", "scene_aim": "selling"})
    for rep in reps[:2]:
        customers = db.session.scalars(select(Customer).where(Customer.rep_id == rep.id)
                                       .order_by(Customer.id).limit(5)).all()
        for customer in customers[:3]:
            coupons.claim(rep, customer, welcome)
        if len(customers) < 5:
            continue
        leader = _order(rep, customers[3], tea, {"group_buy": {"campaign_id": campaign.id}})
        member = db.session.get(GroupMember, int(leader.discounts[0].ref))
        friend = _order(rep, customers[4], tea, {"group_buy": {"group_id": member.group_id}})
        for placed in (leader, friend):
            orders.transition(placed, "pay", rep, reference="demo")
        _order(rep, customers[0], tea, {"group_buy": {"campaign_id": campaign.id}})
    db.session.flush()
