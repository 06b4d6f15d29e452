"""Limits under concurrent requests: real HTTP requests from real threads to a real server.

Stock, a visitor's open unpaid orders, retries of one Idempotency-Key and a reservation given
back when an order is cancelled twice at once. Every buyer comes from 127.0.0.1, so the order
endpoint's own rate limit is lifted where it would stop the crowd.
"""

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests
from sqlalchemy import func, select

from app.shop.models import Order, OrderLine, Product
from tests.factories import ProductFactory
from tests.shop.adjusters import releases, seats_left

BUYERS = 100
STOCK = 10
ORDER = {"contact_name": "抢购顾客", "contact_phone": "13800138000", "fulfilment": "pickup"}


@pytest.fixture
def no_order_limit(app, monkeypatch):
    monkeypatch.setitem(app.config, "PUBLIC_ORDER_LIMIT", "10000 per minute")


def buyer_session(base: str) -> requests.Session:
    """An anonymous phone: its own cookies and CSRF token."""
    session = requests.Session()
    token = session.get(f"{base}/api/v1/auth/csrf", timeout=30).json()["csrf_token"]
    session.headers["X-CSRFToken"] = token
    return session


def same_phone(session: requests.Session, copies: int) -> list[requests.Session]:
    """Sessions with one phone's cookies and CSRF token, one per thread."""
    clones = []
    for _ in range(copies):
        clone = requests.Session()
        clone.cookies.update(session.cookies)
        clone.headers.update(session.headers)
        clones.append(clone)
    return clones


def at_once(calls) -> list[requests.Response]:
    """Run the calls in threads of their own, released together."""
    start = threading.Barrier(len(calls))

    def run(call):
        start.wait(timeout=60)
        return call()

    with ThreadPoolExecutor(max_workers=len(calls)) as pool:
        return list(pool.map(run, calls))


def rep01_code(db) -> str:
    from app.org.models import User

    return db.session.scalar(select(User.shop_code).where(User.username == "rep01"))


def test_100_concurrent_orders_against_stock_10_sell_exactly_10(live_server, db,
                                                                no_order_limit):
    # given a product with 10 in stock on a rep's shop, and 100 buyers ready at once
    product_id = ProductFactory(stock=STOCK, price=9900).id
    code = rep01_code(db)
    with ThreadPoolExecutor(max_workers=16) as pool:
        sessions = list(pool.map(lambda _: buyer_session(live_server), range(BUYERS)))

    # when all of them order one at the same moment
    results = at_once([
        lambda session=session: session.post(
            f"{live_server}/api/v1/shops/{code}/orders", timeout=120,
            json={"items": [{"product_id": product_id, "quantity": 1}], **ORDER})
        for session in sessions])

    # then exactly 10 succeed, the other 90 are told it is sold out, and stock ends at 0
    statuses = sorted(response.status_code for response in results)
    assert statuses.count(201) == STOCK, statuses
    assert statuses.count(409) == BUYERS - STOCK, statuses
    assert {r.json()["error"]["code"] for r in results if r.status_code == 409} == {
        "out_of_stock"}
    db.session.expire_all()
    stocked = db.session.get(Product, product_id)
    assert (stocked.stock, stocked.sold) == (0, STOCK)
    assert db.session.scalar(select(func.count()).where(OrderLine.product_id == product_id)) \
        == STOCK


def test_parallel_retries_of_one_idempotency_key_make_one_order(live_server, db,
                                                               no_order_limit):
    # given a phone that sends its checkout ten times at once with one key
    product_id = ProductFactory(stock=STOCK).id
    code = rep01_code(db)
    phones = same_phone(buyer_session(live_server), 10)

    # when the ten copies arrive together
    results = at_once([
        lambda phone=phone: phone.post(
            f"{live_server}/api/v1/shops/{code}/orders", timeout=120,
            headers={"Idempotency-Key": "checkout-5f0e1c2d9a"},
            json={"items": [{"product_id": product_id, "quantity": 2}], **ORDER})
        for phone in phones])

    # then one order is made, and every copy is answered with it
    assert [r.status_code for r in results] == [201] * 10, [r.text for r in results]
    assert len({r.content for r in results}) == 1
    assert sum(r.headers.get("Idempotent-Replayed") == "true" for r in results) == 9
    db.session.expire_all()
    assert db.session.scalar(select(func.count()).where(OrderLine.product_id == product_id)) == 1
    assert db.session.get(Product, product_id).stock == STOCK - 2


def test_one_visitor_ordering_at_once_gets_no_more_open_orders_than_allowed(live_server, db,
                                                                            no_order_limit):
    # given a visitor known by their cookie, and the company default of 3 open unpaid orders
    product_id = ProductFactory(stock=100).id
    code = rep01_code(db)
    phone = buyer_session(live_server)
    phone.post(f"{live_server}/api/v1/shops/{code}/visits", json={}, timeout=30)

    # when they send ten orders at once
    results = at_once([
        lambda clone=clone: clone.post(
            f"{live_server}/api/v1/shops/{code}/orders", timeout=120,
            json={"items": [{"product_id": product_id, "quantity": 1}], **ORDER})
        for clone in same_phone(phone, 10)])

    # then three are placed and seven refused, and only three units are held
    statuses = sorted(r.status_code for r in results)
    assert statuses == [201] * 3 + [409] * 7, [r.text for r in results]
    assert {r.json()["error"]["code"] for r in results if r.status_code == 409} == {
        "too_many_open_orders"}
    db.session.expire_all()
    assert db.session.get(Product, product_id).stock == 97
    customers = db.session.scalars(select(Order.customer_id).join(OrderLine)
                                   .where(OrderLine.product_id == product_id)).all()
    assert len(customers) == 3 and len(set(customers)) == 1


def test_two_cancellations_at_once_release_the_reservation_once(live_server, db, adjusters):
    # given an order at the group price, holding a seat
    product_id = ProductFactory(stock=5).id
    code = rep01_code(db)
    phone = buyer_session(live_server)
    placed = phone.post(f"{live_server}/api/v1/shops/{code}/orders", timeout=30, json={
        "items": [{"product_id": product_id, "quantity": 1}], **ORDER,
        "promotions": {"group": {"seat": 1}}}).json()
    assert seats_left() == 1
    rep = buyer_session(live_server)
    signed_in = rep.post(f"{live_server}/api/v1/auth/login", timeout=30,
                         json={"login": "rep01", "password": "demo1234"})
    assert signed_in.status_code == 200
    rep.headers["X-CSRFToken"] = rep.get(f"{live_server}/api/v1/auth/csrf").json()["csrf_token"]

    # when the customer and the rep both cancel it, four times each, at the same moment
    mine = f"{live_server}/api/v1/shops/{code}/my-orders/{placed['id']}/cancel"
    staff = f"{live_server}/api/v1/orders/{placed['id']}/cancel"
    results = at_once(
        [lambda clone=clone: clone.post(mine, timeout=120) for clone in same_phone(phone, 4)]
        + [lambda clone=clone: clone.post(staff, json={"reason": "客户来电取消"}, timeout=120)
           for clone in same_phone(rep, 4)])

    # then one cancellation wins, the others are told it is cancelled already,
    # and the seat and the stock come back exactly once
    statuses = sorted(r.status_code for r in results)
    assert statuses == [200] + [409] * 7, [r.text for r in results]
    db.session.expire_all()
    assert releases() == [placed["id"]] and seats_left() == 2
    assert db.session.get(Product, product_id).stock == 5
