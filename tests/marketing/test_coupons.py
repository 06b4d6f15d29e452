"""Coupons from a rep's link to an order: claim within the limits, use on one order of its
owner, checked at order time, given back once when the order closes, expired by the job."""

from datetime import timedelta

import pytest
from sqlalchemy import select

from app.core.db import clock_at, utcnow
from app.core.models import ActivityEvent
from app.extensions import db as _db
from app.marketing.jobs import expire_coupons
from app.marketing.models import CouponClaim, CouponTemplate
from app.shop.models import Order
from app.shop.services import orders
from tests.factories import CategoryFactory, ProductFactory
from tests.marketing.builders import coupon
from tests.shop.builders import share

ORDER = {"contact_name": "领券顾客", "contact_phone": "13800138000", "fulfilment": "pickup"}


def shop_url(rep) -> str:
    return f"/api/v1/shops/{rep.shop_code}"


def claim(client, rep, template, token=None):
    client.fetch_csrf()
    return client.post(f"{shop_url(rep)}/coupons/{template.id}/claims", json={"token": token})


def place(client, rep, product, coupon_id=None, quantity=1):
    body = {"items": [{"product_id": product.id, "quantity": quantity}], **ORDER}
    if coupon_id is not None:
        body["promotions"] = {"coupon": {"coupon_id": coupon_id}}
    return client.post(f"{shop_url(rep)}/orders", json=body)


@pytest.fixture
def tea(db):
    return ProductFactory(name="龙井", price=6000, stock=50)


def test_a_customer_claims_from_a_share_and_orders_with_the_discount(org, client, tea):
    # given 满100减20 shared by rep A1
    template = coupon(org.admin)
    token = share(org.rep_a1).token
    _db.session.commit()

    # when a visitor opens it, claims it and orders two teas (¥120) with it
    page = client.get(f"{shop_url(org.rep_a1)}/coupons/{template.id}")
    claimed = claim(client, org.rep_a1, template, token)
    placed = place(client, org.rep_a1, tea, claimed.json["id"], quantity=2)

    # then the page told its terms, the claim is theirs, and the order carries the discount
    assert page.status_code == 200, page.json
    assert page.json["terms"] == "满100减20" and page.json["remaining"] == 100
    assert claimed.status_code == 201, claimed.json
    assert claimed.json["state"] == "unused"
    assert placed.status_code == 201, placed.json
    assert placed.json["subtotal_amount"] == 12000
    assert placed.json["total_amount"] == 10000
    stored = _db.session.get(CouponClaim, claimed.json["id"])
    assert (stored.state, stored.order_id, stored.discount) == ("used", placed.json["id"], 2000)
    assert stored.rep_id == org.rep_a1.id and stored.share_id is not None
    mine = client.get(f"{shop_url(org.rep_a1)}/my-coupons").json
    assert [(c["id"], c["state"]) for c in mine] == [(stored.id, "used")]


def test_a_coupon_below_its_threshold_is_refused_and_nothing_is_taken(org, client, tea):
    template = coupon(org.admin)
    claimed = claim(client, org.rep_a1, template).json

    refused = place(client, org.rep_a1, tea, claimed["id"])  # ¥60 < ¥100

    assert refused.status_code == 409, refused.json
    assert refused.json["error"]["code"] == "coupon_unusable"
    assert "还差 ¥40.00" in refused.json["error"]["message"]
    _db.session.expire_all()
    assert _db.session.get(CouponClaim, claimed["id"]).state == "unused"
    assert _db.session.scalar(select(Order.id)) is None
    assert _db.session.get(type(tea), tea.id).stock == 50


def test_another_customers_coupon_is_not_found(org, client, app, tea):
    template = coupon(org.admin, kind="amount", amount_off=500, threshold=0)
    theirs = claim(client, org.rep_a1, template).json
    stranger = app.test_client()
    stranger.fetch_csrf()

    response = place(stranger, org.rep_a1, tea, theirs["id"])

    assert response.status_code == 404, response.json
    assert response.json["error"]["fields"] == {"promotions": {"coupon": ["优惠券不存在"]}}


def test_cancelling_gives_the_coupon_back_once_and_an_expired_one_stays_expired(
        org, client, tea):
    template = coupon(org.admin, kind="amount", amount_off=500, threshold=0, valid_days=1)
    claimed = claim(client, org.rep_a1, template).json
    placed = place(client, org.rep_a1, tea, claimed["id"]).json

    cancelled = client.post(f"{shop_url(org.rep_a1)}/my-orders/{placed['id']}/cancel")
    again = client.post(f"{shop_url(org.rep_a1)}/my-orders/{placed['id']}/cancel")

    assert cancelled.status_code == 200 and again.status_code == 409
    _db.session.expire_all()
    stored = _db.session.get(CouponClaim, claimed["id"])
    assert (stored.state, stored.order_id, stored.discount) == ("unused", None, 0)
    returns = _db.session.scalars(select(ActivityEvent.verb).where(
        ActivityEvent.object_type == "coupon_claim")).all()
    assert sorted(returns) == ["coupon_claim", "coupon_return", "coupon_use"]
    # and an order placed with it that expires after the coupon did leaves it expired
    second = place(client, org.rep_a1, tea, claimed["id"]).json
    order = _db.session.get(Order, second["id"])
    with clock_at(utcnow() + timedelta(days=2)):
        orders.transition(order, "expire", orders.SYSTEM, reason="超时")
        _db.session.commit()
    assert _db.session.get(CouponClaim, claimed["id"]).state == "expired"


def test_percent_off_is_capped_and_scope_limits_what_it_applies_to(org, client):
    drinks = CategoryFactory(name="饮品")
    tea = ProductFactory(name="茶", price=20000, stock=9, category=drinks)
    chips = ProductFactory(name="薯片", price=5000, stock=9)
    template = coupon(org.admin, kind="percent", amount_off=None, percent_off=20,
                      max_discount=3000, threshold=0, scope="categories",
                      category_ids=[drinks.id])
    claimed = claim(client, org.rep_a1, template).json

    placed = client.post(f"{shop_url(org.rep_a1)}/orders", json={
        "items": [{"product_id": tea.id, "quantity": 1}, {"product_id": chips.id, "quantity": 1}],
        "promotions": {"coupon": {"coupon_id": claimed["id"]}}, **ORDER})

    # 20% of the tea's ¥200 is ¥40, capped at ¥30; the chips pay full price
    assert placed.status_code == 201, placed.json
    assert placed.json["total_amount"] == 25000 - 3000
    lines = {line["product_id"]: line["net_amount"] for line in placed.json["lines"]}
    assert lines == {tea.id: 17000, chips.id: 5000}


def test_the_limit_per_customer_and_the_total_hold(org, client, app, tea):
    template = coupon(org.admin, total=2, per_customer=1)
    first = claim(client, org.rep_a1, template)
    second = claim(client, org.rep_a1, template)
    other = app.test_client()
    third = claim(other, org.rep_a1, template)
    last = claim(app.test_client(), org.rep_a1, template)

    assert first.status_code == 201
    assert (second.status_code, second.json["error"]["code"]) == (409, "coupon_limit")
    assert third.status_code == 201
    assert (last.status_code, last.json["error"]["code"]) == (409, "coupon_sold_out")
    _db.session.expire_all()
    assert _db.session.get(CouponTemplate, template.id).claimed == 2


def test_the_job_expires_unused_coupons_once(org, client, tea):
    template = coupon(org.admin, valid_days=1)
    claim(client, org.rep_a1, template)
    with clock_at(utcnow() + timedelta(days=1, seconds=1)):
        assert expire_coupons() == 1
        assert expire_coupons() == 0
    _db.session.commit()
    assert _db.session.scalar(select(CouponClaim.state)) == "expired"


def test_quote_tells_which_coupons_apply_best_first(org, client, tea):
    small = coupon(org.admin, name="小券", kind="amount", amount_off=300, threshold=0)
    big = coupon(org.admin, name="大券")
    claim(client, org.rep_a1, small)
    claim(client, org.rep_a1, big)

    quotes = client.post(f"{shop_url(org.rep_a1)}/my-coupons/quote",
                         json={"items": [{"product_id": tea.id, "quantity": 1}]}).json

    assert [(q["name"], q["applies"], q["saving"]) for q in quotes] == [
        ("小券", True, 300), ("大券", False, 0)]
    assert quotes[1]["reason"] == "还差 ¥40.00 可用此券"


def test_a_refund_gives_back_only_the_coupon_the_order_used(org, client, tea):
    # given two coupons of one customer, one used on a paid order
    first = coupon(org.admin, name="甲券", kind="amount", amount_off=500, threshold=0)
    second = coupon(org.admin, name="乙券", kind="amount", amount_off=800, threshold=0)
    used = claim(client, org.rep_a1, first).json
    kept = claim(client, org.rep_a1, second).json
    placed = place(client, org.rep_a1, tea, used["id"]).json
    order = _db.session.get(Order, placed["id"])
    orders.transition(order, "pay", org.rep_a1)
    _db.session.commit()
    assert _db.session.get(CouponClaim, kept["id"]).state == "unused"  # the other is untouched

    # when the rep refunds it
    orders.transition(order, "refund", org.rep_a1, reason="顾客退货")
    _db.session.commit()

    # then the coupon it used is usable again, once, and the other never moved
    _db.session.expire_all()
    assert _db.session.get(CouponClaim, used["id"]).state == "unused"
    assert _db.session.get(CouponClaim, kept["id"]).state == "unused"
    returns = _db.session.scalars(select(ActivityEvent.object_id).where(
        ActivityEvent.verb == "coupon_return")).all()
    assert returns == [used["id"]]


def test_staff_read_who_claimed_a_coupon_through_their_scope(org, client, as_rep, as_hq, tea):
    # given a visitor who claimed 满100减20 from rep A1's shop and ordered with it
    template = coupon(org.admin)
    claimed = claim(client, org.rep_a1, template).json
    place(client, org.rep_a1, tea, claimed["id"], quantity=2)

    # when the rep and HQ list the coupon's claims
    mine = as_rep.get(f"/api/v1/coupons/{template.id}/claims")
    used = as_hq.get(f"/api/v1/coupons/{template.id}/claims", query_string={"state": "used"})

    # then each sees the claim with the customer it made, by the name they ordered with
    assert mine.status_code == 200, mine.json
    assert used.status_code == 200, used.json
    for answer in (mine, used):
        (row,) = answer.json["items"]
        assert (row["id"], row["state"], row["rep_id"]) == (claimed["id"], "used", org.rep_a1.id)
        assert row["customer_label"] == ORDER["contact_name"]
    assert as_hq.get(f"/api/v1/coupons/{template.id}/claims",
                     query_string={"state": "unused"}).json["items"] == []
