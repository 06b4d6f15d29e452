"""Group-buy: a seat per order, success once every seat is paid in time, failure at expiry
with the orders closed and everything given back, 模拟成团, and the customer's pages."""

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from app.core.db import clock_at, utcnow
from app.core.models import Notification
from app.extensions import db as _db
from app.marketing.jobs import expire_groups
from app.marketing.models import BuyGroup, CouponClaim, GroupBuy, GroupMember, GroupTransition
from app.shop.models import Order, Product
from app.shop.services import orders
from tests.marketing.builders import campaign, coupon

ORDER = {"contact_name": "拼团顾客", "contact_phone": "13800138000", "fulfilment": "pickup"}


def shop_url(rep) -> str:
    return f"/api/v1/shops/{rep.shop_code}"


def phone(app):
    client = app.test_client()
    client.fetch_csrf()
    return client


def join(client, rep, product, *, campaign_id=None, group_id=None, coupon_id=None):
    promotions = {"group_buy": {"campaign_id": campaign_id} if campaign_id
                  else {"group_id": group_id}}
    if coupon_id:
        promotions["coupon"] = {"coupon_id": coupon_id}
    return client.post(f"{shop_url(rep)}/orders", json={
        "items": [{"product_id": product.id, "quantity": 1}], "promotions": promotions,
        **ORDER})


def pay(order_id, rep):
    orders.transition(_db.session.get(Order, order_id), "pay", rep)
    _db.session.commit()


@pytest.fixture
def offer(org, db):
    made = campaign(org.admin, group_size=3)
    return made, made.product


def test_three_orders_fill_a_group_and_paying_them_all_succeeds_it_once(org, app, offer):
    made, product = offer
    leader, friend, third, late = phone(app), phone(app), phone(app), phone(app)

    opened = join(leader, org.rep_a1, product, campaign_id=made.id)
    group_id = _db.session.scalar(select(BuyGroup.id))
    joined = [join(c, org.rep_a1, product, group_id=group_id) for c in (friend, third)]
    refused = join(late, org.rep_a1, product, group_id=group_id)

    assert opened.status_code == 201, opened.json
    assert opened.json["total_amount"] == 8000
    assert [r.status_code for r in joined] == [201, 201]
    assert (refused.status_code, refused.json["error"]["code"]) == (409, "group_full")
    page = late.get(f"{shop_url(org.rep_a1)}/groups/{group_id}").json["group"]
    assert (page["seats_left"], page["joinable"], page["state"]) == (0, False, "open")
    assert len(page["members"]) == 3 and page["members"][0]["leader"]

    # the rep cannot complete a member's order before the group succeeds
    pay(opened.json["id"], org.rep_a1)
    with pytest.raises(Exception, match="成团后才能完成"):
        orders.transition(_db.session.get(Order, opened.json["id"]), "complete", org.rep_a1)
    _db.session.rollback()
    for response in joined:
        pay(response.json["id"], org.rep_a1)

    group = _db.session.get(BuyGroup, group_id)
    _db.session.refresh(group)
    assert (group.state, group.seats_paid) == ("succeeded", 3)
    assert _db.session.scalar(select(func.count()).select_from(GroupTransition).where(
        GroupTransition.to_state == "succeeded")) == 1
    orders.transition(_db.session.get(Order, opened.json["id"]), "complete", org.rep_a1)
    _db.session.commit()
    mine = leader.get(f"{shop_url(org.rep_a1)}/my-groups").json
    assert [(m["state"], m["group"]["state"], m["unseen"]) for m in mine] == [
        ("paid", "succeeded", True)]


def test_a_cancelled_members_seat_comes_back_while_the_group_is_open(org, app, offer):
    made, product = offer
    leader, friend, other = phone(app), phone(app), phone(app)
    join(leader, org.rep_a1, product, campaign_id=made.id)
    group_id = _db.session.scalar(select(BuyGroup.id))
    placed = join(friend, org.rep_a1, product, group_id=group_id).json

    friend.post(f"{shop_url(org.rep_a1)}/my-orders/{placed['id']}/cancel")
    page = other.get(f"{shop_url(org.rep_a1)}/groups/{group_id}").json["group"]

    assert (page["seats_taken"], page["seats_left"], len(page["members"])) == (1, 2, 1)
    assert _db.session.scalar(select(GroupMember.state).where(
        GroupMember.order_id == placed["id"])) == "left"


def test_an_unfilled_group_fails_at_expiry_with_orders_closed_and_all_given_back(
        org, app, offer):
    made, product = offer
    template = coupon(org.admin, kind="amount", amount_off=500, threshold=0)
    leader, friend = phone(app), phone(app)
    leader.post(f"{shop_url(org.rep_a1)}/coupons/{template.id}/claims", json={})
    claim_id = _db.session.scalar(select(CouponClaim.id))
    first = join(leader, org.rep_a1, product, campaign_id=made.id, coupon_id=claim_id).json
    group_id = _db.session.scalar(select(BuyGroup.id))
    second = join(friend, org.rep_a1, product, group_id=group_id).json
    pay(second["id"], org.rep_a1)
    assert first["total_amount"] == 7500  # the group price, then the coupon

    with clock_at(utcnow() + timedelta(hours=25)):
        assert expire_groups() == {"succeeded": 0, "failed": 1}
        assert expire_groups() == {"succeeded": 0, "failed": 0}  # the second run: nothing
        _db.session.commit()

    _db.session.expire_all()
    assert _db.session.get(BuyGroup, group_id).state == "failed"
    assert _db.session.get(Order, first["id"]).status == "cancelled"
    refunded = _db.session.get(Order, second["id"])
    assert refunded.status == "refunded"
    assert refunded.transitions[-1].reason == "拼团失败，已全额退款"
    assert _db.session.get(Product, product.id).stock == 100
    assert _db.session.get(CouponClaim, claim_id).state == "unused"
    assert {m.state for m in _db.session.scalars(select(GroupMember))} == {"left"}
    assert _db.session.scalar(select(func.count()).select_from(Notification).where(
        Notification.kind == "group_failed", Notification.recipient_id == org.rep_a1.id)) == 1
    mine = friend.get(f"{shop_url(org.rep_a1)}/my-groups").json
    assert [(m["group"]["state"], m["unseen"]) for m in mine] == [("failed", True)]
    friend.post(f"{shop_url(org.rep_a1)}/my-groups/seen")
    assert not friend.get(f"{shop_url(org.rep_a1)}/my-groups").json[0]["unseen"]


def test_virtual_success_at_expiry_needs_the_share_of_seats_paid(org, app, db):
    made = campaign(org.admin, group_size=3, virtual_success_pct=60)
    product = made.product
    a, b = phone(app), phone(app)
    first = join(a, org.rep_a1, product, campaign_id=made.id).json
    group_id = _db.session.scalar(select(BuyGroup.id))
    second = join(b, org.rep_a1, product, group_id=group_id).json
    pay(first["id"], org.rep_a1)
    pay(second["id"], org.rep_a1)

    with clock_at(utcnow() + timedelta(hours=25)):
        assert expire_groups() == {"succeeded": 1, "failed": 0}
        _db.session.commit()

    group = _db.session.get(BuyGroup, group_id)
    assert (group.state, group.virtual) == ("succeeded", True)


def test_a_payment_after_expiry_does_not_succeed_the_group(org, app, db):
    made = campaign(org.admin, group_size=2)
    a, b = phone(app), phone(app)
    first = join(a, org.rep_a1, made.product, campaign_id=made.id).json
    group_id = _db.session.scalar(select(BuyGroup.id))
    second = join(b, org.rep_a1, made.product, group_id=group_id).json
    pay(first["id"], org.rep_a1)

    with clock_at(utcnow() + timedelta(hours=24, seconds=1)):
        pay(second["id"], org.rep_a1)
        assert _db.session.get(BuyGroup, group_id).state == "open"
        expire_groups()
        _db.session.commit()

    assert _db.session.get(BuyGroup, group_id).state == "failed"
    assert {o.status for o in _db.session.scalars(select(Order))} == {"refunded"}


def test_new_customers_only_and_the_limit_per_customer(org, app, db):
    made = campaign(org.admin, group_size=3, new_customers_only=True)
    leader, buyer = phone(app), phone(app)
    join(leader, org.rep_a1, made.product, campaign_id=made.id)
    group_id = _db.session.scalar(select(BuyGroup.id))
    again = join(leader, org.rep_a1, made.product, group_id=group_id)
    old = buyer.post(f"{shop_url(org.rep_a1)}/orders", json={
        "items": [{"product_id": made.product.id, "quantity": 1}], **ORDER}).json
    pay(old["id"], org.rep_a1)

    refused = join(buyer, org.rep_a1, made.product, group_id=group_id)

    assert again.json["error"]["code"] == "group_joined"
    assert (refused.status_code, refused.json["error"]["code"]) == (409, "group_new_only")


def test_a_refunded_member_is_not_shown_in_the_succeeded_group(org, app, db):
    made = campaign(org.admin, group_size=2)
    a, b = phone(app), phone(app)
    first = join(a, org.rep_a1, made.product, campaign_id=made.id).json
    group_id = _db.session.scalar(select(BuyGroup.id))
    second = join(b, org.rep_a1, made.product, group_id=group_id).json
    pay(first["id"], org.rep_a1)
    pay(second["id"], org.rep_a1)

    orders.transition(_db.session.get(Order, second["id"]), "refund", org.rep_a1)
    _db.session.commit()

    page = a.get(f"{shop_url(org.rep_a1)}/groups/{group_id}").json
    assert page["group"]["state"] == "succeeded" and len(page["group"]["members"]) == 1
    assert page["me"] == {"state": "paid", "order_id": first["id"]}
    assert b.get(f"{shop_url(org.rep_a1)}/groups/{group_id}").json["me"]["state"] == "refunded"
    assert _db.session.get(GroupBuy, made.id).stock_left is None


def test_campaign_stock_runs_out(org, app, db):
    made = campaign(org.admin, group_size=5, stock=1)
    a, b = phone(app), phone(app)
    join(a, org.rep_a1, made.product, campaign_id=made.id)

    refused = join(b, org.rep_a1, made.product, campaign_id=made.id)

    assert (refused.status_code, refused.json["error"]["code"]) == (409, "group_buy_sold_out")
