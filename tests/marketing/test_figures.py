"""The figures of coupons and group-buys: per play by rep, and HQ's by content plan and by
the role of the products the plays sold, each number exact on a small scenario."""

from sqlalchemy import select

from app.extensions import db as _db
from app.marketing.models import BuyGroup
from app.shop.models import Order
from app.shop.services import orders
from tests.factories import ProductFactory
from tests.marketing.builders import campaign, coupon

ORDER = {"contact_name": "顾客", "contact_phone": "13800138000", "fulfilment": "pickup"}


def place(client, rep, product, promotions, quantity=1):
    client.fetch_csrf()
    response = client.post(f"/api/v1/shops/{rep.shop_code}/orders", json={
        "items": [{"product_id": product.id, "quantity": quantity}], "promotions": promotions,
        **ORDER})
    assert response.status_code == 201, response.json
    return response.json


def pay(order_id, rep):
    orders.transition(_db.session.get(Order, order_id), "pay", rep)
    _db.session.commit()


def test_coupon_group_and_content_figures_are_exact(app, org, db, as_hq):
    hit = ProductFactory(price=10000, stock=50, role="hit")
    traffic = ProductFactory(price=20000, stock=50, role="traffic")
    template = coupon(org.admin, content_kind="activity", scene_aim="selling")
    made = campaign(org.admin, product=traffic, group_size=2, content_kind="product")
    a, b, c = app.test_client(), app.test_client(), app.test_client()
    for phone, rep in ((a, org.rep_a1), (b, org.rep_a1), (c, org.rep_b1)):
        phone.fetch_csrf()
        phone.post(f"/api/v1/shops/{rep.shop_code}/coupons/{template.id}/claims", json={})
    claim_a = a.get(f"/api/v1/shops/{org.rep_a1.shop_code}/my-coupons").json[0]["id"]
    used = place(a, org.rep_a1, hit, {"coupon": {"coupon_id": claim_a}}, quantity=2)
    pay(used["id"], org.rep_a1)  # ¥200 less ¥20: ¥180 paid
    leader = place(b, org.rep_a1, traffic, {"group_buy": {"campaign_id": made.id}})
    group_id = _db.session.scalar(select(BuyGroup.id))
    friend = place(c, org.rep_a1, traffic, {"group_buy": {"group_id": group_id}})
    pay(leader["id"], org.rep_a1)
    pay(friend["id"], org.rep_a1)  # two at the group price ¥80: it succeeds

    coupons = as_hq.get(f"/api/v1/coupons/{template.id}/figures").json
    groups = as_hq.get(f"/api/v1/group-buys/{made.id}/figures").json
    plays = as_hq.get("/api/v1/marketing/figures").json

    assert coupons["totals"] == {"claimed": 3, "used": 1, "discount": 2000, "revenue": 18000}
    assert {(r["rep_id"], r["claimed"], r["used"]) for r in coupons["reps"]} == {
        (org.rep_a1.id, 2, 1), (org.rep_b1.id, 1, 0)}
    assert groups["totals"] == {"opened": 1, "succeeded": 1, "failed": 0, "members": 2,
                                "revenue": 16000}
    content = {(r["play"], r["dimension"], r["key"]): (r["count"], r["done"], r["revenue"])
               for r in plays["content"]}
    assert content[("coupon", "content_kind", "activity")] == (3, 1, 18000)
    assert content[("coupon", "scene_aim", "selling")] == (3, 1, 18000)
    assert content[("group_buy", "content_kind", "product")] == (1, 1, 16000)
    roles = {(r["play"], r["role"]): (r["orders"], r["revenue"]) for r in plays["roles"]}
    assert roles == {("coupon", "hit"): (1, 18000), ("group_buy", "traffic"): (2, 16000)}
    # a boss of branch B sees only the claim made through rep B1's link
    boss_b = app.test_client().sign_in_as(org.boss_b)
    theirs = boss_b.get(f"/api/v1/coupons/{template.id}/figures").json
    assert theirs["totals"] == {"claimed": 1, "used": 0, "discount": 0, "revenue": 0}
    assert boss_b.get("/api/v1/marketing/figures").json["roles"] == []
