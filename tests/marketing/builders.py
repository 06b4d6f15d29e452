"""Coupons and group-buys built through the services and committed, so HTTP requests see them."""

from datetime import timedelta

from app.core.db import utcnow
from app.marketing.services import coupons, groups
from tests.factories import ProductFactory
from tests.shop.builders import save


def coupon(actor, **values):
    """A coupon template: by default 满100减20, 100 copies, one each, valid 30 days."""
    values = {"name": values.pop("name", f"满减券{utcnow().timestamp()}"), "kind": "threshold",
              "amount_off": 2000, "percent_off": None, "max_discount": None,
              "threshold": 10000, "scope": "all", "category_ids": [], "product_ids": [],
              "total": 100, "per_customer": 1, "claim_from": None, "claim_until": None,
              "valid_from": None, "valid_until": None, "valid_days": 30, "description": "",
              "org_unit_ids": [], **values}
    template = coupons.create_template(actor, values)
    save()
    return template


def campaign(actor, product=None, **values):
    """A group-buy of a product (a new one at ¥100 unless given): 2 people at ¥80, 24 hours."""
    product = product or ProductFactory(price=10000, stock=100)
    now = utcnow()
    values = {"name": values.pop("name", f"拼团{now.timestamp()}"), "product_id": product.id,
              "group_size": 2, "group_price": 8000, "fill_hours": 24,
              "starts_at": now - timedelta(hours=1), "ends_at": now + timedelta(days=7),
              "stock": None, "per_customer": 1, "new_customers_only": False,
              "virtual_success_pct": None, "description": "", "org_unit_ids": [], **values}
    made = groups.create_campaign(actor, values)
    save()
    return made
