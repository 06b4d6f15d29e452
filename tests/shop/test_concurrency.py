"""Stock holds under concurrent orders: real HTTP requests from real threads to a real server."""

import threading
from concurrent.futures import ThreadPoolExecutor

import requests
from sqlalchemy import func, select

from app.shop.models import OrderLine, Product
from tests.factories import ProductFactory

BUYERS = 100
STOCK = 10


def buyer_session(base: str) -> requests.Session:
    """An anonymous phone: its own cookies and CSRF token."""
    session = requests.Session()
    token = session.get(f"{base}/api/v1/auth/csrf", timeout=30).json()["csrf_token"]
    session.headers["X-CSRFToken"] = token
    return session


def test_100_concurrent_orders_against_stock_10_sell_exactly_10(live_server, db):
    # given a product with 10 in stock on a rep's shop, and 100 buyers ready at once
    from app.org.models import User

    product_id = ProductFactory(stock=STOCK, price=9900).id
    code = db.session.scalar(select(User.shop_code).where(User.username == "rep01"))
    with ThreadPoolExecutor(max_workers=16) as pool:
        sessions = list(pool.map(lambda _: buyer_session(live_server), range(BUYERS)))
    start = threading.Barrier(BUYERS)

    def order(session: requests.Session) -> tuple[int, str | None]:
        start.wait(timeout=60)
        response = session.post(f"{live_server}/api/v1/shops/{code}/orders", timeout=120, json={
            "items": [{"product_id": product_id, "quantity": 1}], "contact_name": "抢购顾客",
            "contact_phone": "13800138000", "fulfilment": "pickup"})
        body = response.json()
        return response.status_code, body.get("error", {}).get("code")

    # when all of them order one at the same moment
    with ThreadPoolExecutor(max_workers=BUYERS) as pool:
        results = list(pool.map(order, sessions))

    # then exactly 10 succeed, the other 90 are told it is sold out, and stock ends at 0
    statuses = sorted(status for status, _ in results)
    assert statuses.count(201) == STOCK, results
    assert statuses.count(409) == BUYERS - STOCK, results
    assert {code for status, code in results if status == 409} == {"out_of_stock"}
    db.session.expire_all()
    stocked = db.session.get(Product, product_id)
    assert (stocked.stock, stocked.sold) == (0, STOCK)
    assert db.session.scalar(select(func.count()).where(OrderLine.product_id == product_id)) \
        == STOCK
