"""The limits of coupons and group-buys under real parallel requests to a real server: a
template's total and a customer's limit, one coupon on one order, a group's size, one payment
confirmed twice, and the last payment racing the expiry job."""

import threading
import time
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from app.core.db import utcnow
from app.marketing.jobs import expire_groups
from app.marketing.models import BuyGroup, CouponClaim, CouponTemplate, GroupMember, GroupTransition
from app.org.models import User
from app.shop.models import Order
from tests.factories import ProductFactory
from tests.marketing.builders import campaign, coupon
from tests.shop.test_concurrency import ORDER, at_once, buyer_session, same_phone

pytestmark = pytest.mark.usefixtures("no_order_limit")


@pytest.fixture
def no_order_limit(app, monkeypatch):
    monkeypatch.setitem(app.config, "PUBLIC_ORDER_LIMIT", "10000 per minute")
    monkeypatch.setitem(app.config, "PUBLIC_WRITE_LIMIT", "10000 per minute")


@pytest.fixture
def shop(live_server, db):
    """rep01's shop on the live server, HQ's admin, and a signed-in rep01 session."""
    rep = db.session.scalar(select(User).where(User.username == "rep01"))
    admin = db.session.scalar(select(User).where(User.role == "hq_admin"))
    session = buyer_session(live_server)
    assert session.post(f"{live_server}/api/v1/auth/login", timeout=30, json={
        "login": "rep01", "password": "demo1234"}).status_code == 200
    session.headers["X-CSRFToken"] = session.get(
        f"{live_server}/api/v1/auth/csrf", timeout=30).json()["csrf_token"]
    return rep, admin, f"{live_server}/api/v1/shops/{rep.shop_code}", session


def phones(live_server, count: int) -> list:
    with __import__("concurrent.futures").futures.ThreadPoolExecutor(16) as pool:
        return list(pool.map(lambda _: buyer_session(live_server), range(count)))


def known_phone(live_server, url: str):
    """A visitor with their cookie, so every copy of them is one customer."""
    phone = buyer_session(live_server)
    assert phone.post(f"{url}/visits", json={}, timeout=30).status_code == 200
    return phone


def test_200_claims_of_a_100_coupon_template_make_exactly_100(live_server, db, shop):
    rep, admin, url, _ = shop
    template_id = coupon(admin, total=100).id
    buyers = phones(live_server, 200)

    results = at_once([lambda s=s: s.post(f"{url}/coupons/{template_id}/claims", json={},
                                          timeout=120) for s in buyers])

    statuses = sorted(r.status_code for r in results)
    assert statuses == [201] * 100 + [409] * 100, [r.text for r in results if r.status_code > 409]
    assert {r.json()["error"]["code"] for r in results if r.status_code == 409} == {
        "coupon_sold_out"}
    db.session.expire_all()
    assert db.session.get(CouponTemplate, template_id).claimed == 100
    assert db.session.scalar(select(func.count()).select_from(CouponClaim).where(
        CouponClaim.template_id == template_id)) == 100


def test_50_parallel_claims_by_one_customer_with_limit_1_make_1(live_server, db, shop):
    rep, admin, url, _ = shop
    template_id = coupon(admin, total=None, per_customer=1).id
    copies = same_phone(known_phone(live_server, url), 50)

    results = at_once([lambda s=s: s.post(f"{url}/coupons/{template_id}/claims", json={},
                                          timeout=120) for s in copies])

    statuses = sorted(r.status_code for r in results)
    assert statuses == [201] + [409] * 49, [r.text for r in results if r.status_code > 409]
    assert {r.json()["error"]["code"] for r in results if r.status_code == 409} == {
        "coupon_limit"}
    db.session.expire_all()
    assert db.session.scalar(select(func.count()).select_from(CouponClaim).where(
        CouponClaim.template_id == template_id)) == 1


def test_10_parallel_orders_with_one_coupon_only_one_succeeds(live_server, db, shop):
    rep, admin, url, _ = shop
    product_id = ProductFactory(price=20000, stock=100).id
    template_id = coupon(admin).id
    phone = known_phone(live_server, url)
    claim_id = phone.post(f"{url}/coupons/{template_id}/claims", json={}, timeout=30).json()["id"]
    db.session.commit()

    results = at_once([lambda s=s: s.post(f"{url}/orders", timeout=120, json={
        "items": [{"product_id": product_id, "quantity": 1}], **ORDER,
        "promotions": {"coupon": {"coupon_id": claim_id}}}) for s in same_phone(phone, 10)])

    statuses = sorted(r.status_code for r in results)
    # the visitor's open unpaid orders are limited too (3): the coupon refuses the rest first
    assert statuses.count(201) == 1, [r.text for r in results]
    assert all(r.json()["error"]["code"] in ("coupon_unusable", "too_many_open_orders")
               for r in results if r.status_code == 409)
    db.session.expire_all()
    used = db.session.get(CouponClaim, claim_id)
    placed = next(r.json() for r in results if r.status_code == 201)
    assert (used.state, used.order_id) == ("used", placed["id"])
    assert db.session.scalar(select(func.count()).select_from(Order).where(
        Order.customer_id == used.customer_id)) == 1


def test_30_joiners_on_a_group_of_3_fill_exactly_3_seats(live_server, db, shop):
    rep, admin, url, _ = shop
    made = campaign(admin, group_size=3)
    product_id, campaign_id = made.product_id, made.id
    leader = buyer_session(live_server)
    opened = leader.post(f"{url}/orders", timeout=30, json={
        "items": [{"product_id": product_id, "quantity": 1}], **ORDER,
        "promotions": {"group_buy": {"campaign_id": campaign_id}}})
    assert opened.status_code == 201, opened.text
    group_id = db.session.scalar(select(BuyGroup.id).where(BuyGroup.campaign_id == campaign_id))
    joiners = phones(live_server, 30)

    results = at_once([lambda s=s: s.post(f"{url}/orders", timeout=120, json={
        "items": [{"product_id": product_id, "quantity": 1}], **ORDER,
        "promotions": {"group_buy": {"group_id": group_id}}}) for s in joiners])

    statuses = sorted(r.status_code for r in results)
    assert statuses == [201] * 2 + [409] * 28, [r.text for r in results if r.status_code > 409]
    assert {r.json()["error"]["code"] for r in results if r.status_code == 409} == {"group_full"}
    db.session.expire_all()
    group = db.session.get(BuyGroup, group_id)
    assert group.seats_taken == 3
    assert db.session.scalar(select(func.count()).select_from(GroupMember).where(
        GroupMember.group_id == group_id)) == 3
    # and one of those told it is full opens a new group with one tap
    refused = next(s for s, r in zip(joiners, results, strict=True) if r.status_code == 409)
    again = refused.post(f"{url}/orders", timeout=30, json={
        "items": [{"product_id": product_id, "quantity": 1}], **ORDER,
        "promotions": {"group_buy": {"campaign_id": campaign_id}}})
    assert again.status_code == 201, again.text


def _group_of_two(live_server, db, shop, fill_hours: int = 24):
    rep, admin, url, staff = shop
    made = campaign(admin, group_size=2, fill_hours=fill_hours)
    placed = []
    for key in ("campaign_id", "group_id"):
        value = made.id if key == "campaign_id" else db.session.scalar(
            select(BuyGroup.id).where(BuyGroup.campaign_id == made.id))
        response = buyer_session(live_server).post(f"{url}/orders", timeout=30, json={
            "items": [{"product_id": made.product_id, "quantity": 1}], **ORDER,
            "promotions": {"group_buy": {key: value}}})
        assert response.status_code == 201, response.text
        placed.append(response.json()["id"])
    group_id = db.session.scalar(select(BuyGroup.id).where(BuyGroup.campaign_id == made.id))
    return group_id, placed, staff


def test_a_payment_confirmed_twice_in_parallel_moves_once_and_succeeds_once(live_server, db,
                                                                           shop):
    group_id, (first, last), staff = _group_of_two(live_server, db, shop)
    base = live_server + "/api/v1/orders"
    assert staff.post(f"{base}/{first}/pay", json={}, timeout=30).status_code == 200

    results = at_once([lambda s=s: s.post(f"{base}/{last}/pay", json={}, timeout=120)
                       for s in same_phone(staff, 8)])

    assert sorted(r.status_code for r in results) == [200] + [409] * 7, [r.text for r in results]
    db.session.expire_all()
    group = db.session.get(BuyGroup, group_id)
    assert (group.state, group.seats_paid) == ("succeeded", 2)
    assert db.session.scalar(select(func.count()).select_from(GroupTransition).where(
        GroupTransition.group_id == group_id, GroupTransition.to_state == "succeeded")) == 1


def test_the_last_payment_racing_the_expiry_job_closes_the_group_once(live_server, db, shop,
                                                                     app):
    group_id, (first, last), staff = _group_of_two(live_server, db, shop)
    base = live_server + "/api/v1/orders"
    assert staff.post(f"{base}/{first}/pay", json={}, timeout=30).status_code == 200
    # the group ends in a moment: the payment and the job arrive together around it
    db.session.execute(BuyGroup.__table__.update().where(BuyGroup.id == group_id).values(
        expires_at=utcnow() + timedelta(milliseconds=300)))
    db.session.commit()
    start = threading.Barrier(2)

    def job():
        start.wait()
        time.sleep(0.3)
        with app.app_context():
            from app.extensions import db as job_db

            expire_groups()
            job_db.session.commit()

    runner = threading.Thread(target=job)
    runner.start()
    start.wait()
    time.sleep(0.28)
    paid = staff.post(f"{base}/{last}/pay", json={}, timeout=60)
    runner.join(timeout=60)

    db.session.expire_all()
    group = db.session.get(BuyGroup, group_id)
    closes = db.session.scalars(select(GroupTransition.to_state).where(
        GroupTransition.group_id == group_id, GroupTransition.from_state == "open")).all()
    statuses = {db.session.get(Order, order_id).status for order_id in (first, last)}
    assert len(closes) == 1 and closes[0] == group.state
    if group.state == "succeeded":
        assert paid.status_code == 200 and statuses == {"paid"}
    else:
        assert group.state == "failed"
        assert statuses <= {"refunded", "cancelled"}, (paid.status_code, statuses)
